package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.notification.application.NotificationDispatcher;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.support.ImportDocuments;
import se.samspel.support.MovableClock;

/**
 * A request's page in Chromium, reached the way people reach it: from the link of a notification
 * mail, through the sign-in; and "Ta ärendet" on it, after which everyone who reads the request
 * sees who took it, when, and the new deadline; and a requester an organisation import has retired
 * since, still named on the page and marked as having left.
 */
@QuarkusTest
class RequestPageBrowserTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final Pattern LINK = Pattern.compile("Öppna ärendet: (\\S+)");

  @TestHTTPResource("/")
  URL base;

  @Inject MovableClock clock;
  @Inject NotificationDispatcher dispatcher;
  @Inject OrganisationDirectory directory;
  @Inject MockMailbox mailbox;

  Browser browser;

  @BeforeEach
  void aTuesdayMorningAheadOfNow() {
    // Ahead of the real time, so the tokens the login page signs by this clock are still valid
    // for the server, which checks their expiry by the real time.
    LocalDate tuesday =
        LocalDate.now(SWEDEN).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    clock.setTo(tuesday.atTime(9, 0).atZone(SWEDEN).toInstant());
    browser = Browser.open(base.toString());
  }

  @AfterEach
  void close() {
    browser.close();
    clock.reset();
  }

  private static String teachersProblem(String subject) {
    return as("larare")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"" + subject + "\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The path of the link in the mail that told {@code login} about {@code request}. */
  private String mailedLinkPath(String login, String request) {
    String email = directory.current().personByLogin(login).orElseThrow().email().orElseThrow();
    for (int i = 0; i < 20 && mails(email, request).isEmpty(); i++) {
      dispatcher.dispatchPending();
    }
    List<Mail> mails = mails(email, request);
    assertThat(mails).as("mails to %s about %s", login, request).isNotEmpty();
    Matcher link = LINK.matcher(mails.get(0).getText());
    assertThat(link.find()).isTrue();
    return URI.create(link.group(1)).getRawPath();
  }

  private List<Mail> mails(String email, String request) {
    List<Mail> sent = mailbox.getMailsSentTo(email);
    return sent == null
        ? List.of()
        : sent.stream().filter(m -> m.getText().contains(request)).toList();
  }

  /** A moment as the pages show it, in the municipality's zone: "2 december 2026 09:00". */
  private static String shown(Instant moment, Locale locale) {
    ZonedDateTime local = moment.atZone(SWEDEN);
    return local
            .toLocalDate()
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
        + " "
        + local.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  @Test
  void the_link_of_a_mail_leads_through_the_sign_in_to_the_request_itself() {
    String id = teachersProblem("Trasig projektor i sal 4");
    String link = mailedLinkPath("rektor", id);
    // The mail names the request's municipality (issue 16), and so does every step after it.
    assertThat(link).isEqualTo("/9901/arenden/" + id);

    browser.go(link);
    assertThat(browser.path()).isEqualTo("/9901/logga-in?next=%2F9901%2Farenden%2F" + id);
    browser.assertAccessible();
    browser.find("#login").sendKeys("rektor");
    browser.clickThrough("form.form button[type=submit]");

    assertThat(browser.path()).isEqualTo("/9901/arenden/" + id);
    assertThat(browser.text("h1")).isEqualTo("Trasig projektor i sal 4");
  }

  @Test
  void the_principal_takes_the_matter_and_everyone_on_it_sees_who_when_and_the_new_deadline() {
    String id = teachersProblem("Ojämn värme i idrottshallen");
    String take = "form[action='/arenden/" + id + "/ta']";

    browser.login("rektor").go("/arenden/" + id);
    assertThat(browser.all(take)).hasSize(1);
    assertThat(browser.all(".now .taken")).isEmpty();
    browser.assertAccessible();

    browser.clickThrough(take + " button");

    JsonPath request = as("larare").get("/api/requests/" + id).then().extract().jsonPath();
    Instant when = Instant.parse(request.getString("waiting.acknowledgedAt"));
    Instant due = Instant.parse(request.getString("waiting.dueAt"));
    Locale swedish = Locale.forLanguageTag("sv-SE");
    assertThat(when).isEqualTo(clock.instant());
    assertThat(browser.path()).isEqualTo("/arenden/" + id + "?klart=taget");
    assertThat(browser.find("[role=status]").getText())
        .contains("Du har tagit ärendet ”Ojämn värme i idrottshallen”.")
        .contains("Ny tidsgräns: " + shown(due, swedish) + ".");
    assertThat(browser.text(".now .taken"))
        .isEqualTo(
            "Ärendet togs av Eva Sjöberg "
                + shown(when, swedish)
                + ". Ny tidsgräns: "
                + shown(due, swedish)
                + ".");
    assertThat(browser.all(take)).isEmpty();
    browser.assertAccessible().assertFitsPhone().screenshot("arende-taget");

    // The teacher who raised it sees the same, in Swedish and in English.
    browser.logout().login("larare").go("/arenden/" + id);
    assertThat(browser.text(".now .taken")).startsWith("Ärendet togs av Eva Sjöberg");
    assertThat(browser.all(take)).isEmpty();
    browser.clickThrough("a[hreflang=en]");
    assertThat(browser.path()).isEqualTo("/arenden/" + id);
    assertThat(browser.text(".now .taken"))
        .isEqualTo(
            "Eva Sjöberg took the matter on "
                + shown(when, Locale.ENGLISH)
                + ". New deadline: "
                + shown(due, Locale.ENGLISH)
                + ".");
    browser.assertAccessible();
  }

  private static void importOrganisation(OrganisationImportRequest document) {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(document))
        .post("/api/organisation/import")
        .then()
        .statusCode(200);
  }

  @Test
  void a_requester_who_has_left_is_still_named_on_the_page_and_marked_as_having_left() {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Läsfrämjande arbete\","
                    + "\"purpose\":\"Underlag inför budgetdialogen\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    browser.login("fc-buf").go("/arenden/" + id);
    assertThat(browser.text("ol.timeline"))
        .contains("Skickat – Maria Berg")
        .doesNotContain("slutat");

    // Maria Berg leaves: the import no longer lists her, and her offices are left vacant.
    importOrganisation(ImportDocuments.demoWithout("P-POL"));
    try {
      browser.go("/arenden/" + id);
      assertThat(browser.text("ol.timeline")).contains("Skickat – Maria Berg (har slutat)");
      assertThat(browser.pageText()).contains("Maria Berg (har slutat)");
      browser.assertAccessible().screenshot("arende-har-slutat");
      browser.clickThrough("a[hreflang=en]");
      assertThat(browser.text("ol.timeline")).contains("Maria Berg (has left)");
    } finally {
      importOrganisation(ImportDocuments.demo());
    }
  }
}
