package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;

/**
 * A staff member's problem passes its deadline (the clock is moved) and shows on the escalation
 * page of the managers above; the manager it waits on escalates it by hand, in Chromium.
 */
@QuarkusTest
class EscalationBrowserTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @TestHTTPResource("/")
  URL base;

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

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

  private static Instant dueOf(String id) {
    return Instant.parse(
        as("larare")
            .get("/api/requests/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("waiting.dueAt"));
  }

  @Test
  void an_overdue_problem_shows_for_the_managers_above_and_can_be_escalated_by_hand() {
    String id = teachersProblem("Ventilationen i sal 12 fungerar inte");
    clock.setTo(dueOf(id).plusSeconds(3600));

    // Overdue, not yet swept: the principal it waits on sees it among the overdue, marked so. The
    // stuck and overdue requests other tests left in the shared database may come first and fill
    // the first page.
    browser.login("rektor").go("/eskaleringar");
    String row = rowOnSomePage(id);
    assertThat(row).contains("Ventilationen i sal 12", "Försenat", "Väntar på dig");
    // Overdue first: other tests' requests in the shared database may be older, but every row
    // above this one is overdue or stuck at the top too.
    List<WebElement> rows = browser.all("tbody tr");
    int at = 0;
    while (at < rows.size() && !rows.get(at).getAttribute("id").equals("esk-" + id)) {
      at++;
    }
    assertThat(at).as("row of %s", id).isLessThan(rows.size());
    assertThat(rows.subList(0, at))
        .allSatisfy(r -> assertThat(r.getText()).containsAnyOf("Försenat", "toppen av kedjan"));
    browser.assertAccessible().assertFitsPhone();

    // The sweep climbs it to the head of primary schools, for whom it now waits: with a new
    // deadline, no longer overdue, so the overdue and stuck requests other tests left in the shared
    // database come first and may push it to a later page.
    sweeper.sweep();
    browser.logout().login("verksamhetschef").go("/eskaleringar");
    assertThat(rowOnSomePage(id))
        .contains("Ventilationen i sal 12", "Väntar på dig", "Eskalerat en gång", "kvar");
    browser.assertAccessible().screenshot("eskaleringar");

    // Escalating by hand needs a reason; the missing one is announced next to the field.
    browser.clickThrough("#esk-" + id + " a.button--secondary");
    browser.clickThrough("form.form button[type=submit]");
    assertThat(browser.find("[role=alert]").getText()).contains("Skriv varför");
    assertThat(browser.find("#reason").getAttribute("aria-invalid")).isEqualTo("true");
    browser.assertAccessible().assertFitsPhone();
    browser.find("#reason").sendKeys("Kräver beslut om nytt ventilationsaggregat");
    browser.clickThrough("form.form button[type=submit]");
    assertThat(browser.find("[role=status]").getText()).contains("eskalerat till nästa nivå");

    // It now waits on the department head, and still shows below for the head of schools: no
    // longer overdue, so other tests' overdue requests in the shared database may come first and
    // push it to a later page.
    assertThat(rowOnSomePage(id)).contains("Väntar på din medarbetare");
    browser.logout().login("fc-buf").go("/eskaleringar");
    assertThat(rowOnSomePage(id)).contains("Väntar på dig", "Eskalerat 2 gånger");
    browser.clickThrough("#esk-" + id + " form button");
    assertThat(browser.find("[role=status]").getText()).contains("Du har tagit ärendet");
    // The notice leads to the request taken, where the acknowledgement and new deadline show.
    browser.clickThrough("[role=status] a");
    assertThat(browser.path()).isEqualTo("/arenden/" + id);
    assertThat(browser.pageText()).contains("Ventilationen i sal 12");
  }

  /** The text of the request's row, following the list's "next page" links until it shows. */
  private String rowOnSomePage(String id) {
    for (int page = 1; page <= 20; page++) {
      if (!browser.all("#esk-" + id).isEmpty()) {
        return browser.text("#esk-" + id);
      }
      List<WebElement> next = browser.all("a[rel=next]");
      if (next.isEmpty()) {
        break;
      }
      browser.clickThrough("a[rel=next]");
    }
    throw new AssertionError("no row for " + id + " on any page of " + browser.path());
  }

  @Test
  void people_outside_the_chain_do_not_see_it() {
    String id = teachersProblem("Schemat håller inte");
    clock.setTo(dueOf(id).plusSeconds(3600));
    browser.login("enhetschef").go("/eskaleringar");
    assertThat(browser.all("#esk-" + id)).isEmpty();
    browser.go("/eskaleringar/" + id + "/eskalera");
    assertThat(browser.pageText()).contains("Sidan eller ärendet finns inte");
  }
}
