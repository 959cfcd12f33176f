package se.samspel.web.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.EscalationListApiTest;
import se.samspel.support.Tokens;

/**
 * "Ta ärendet" on the request's page: the holder of the waiting step takes the matter, and the page
 * then shows who took it, when, and the new deadline, in Swedish and English, to everyone who may
 * read the request. No one else can take it.
 */
@QuarkusTest
class TakeMatterPageTest {

  private static final String CSRF = "t".repeat(43);
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private static RequestSpecification browser(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF);
  }

  private static String teachersProblem() {
    return as("larare")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Sidtest " + UUID.randomUUID() + "\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String page(String login, String address) {
    return browser(login).get(address).then().statusCode(200).extract().asString();
  }

  private static Response take(String login, String id) {
    return browser(login)
        .contentType(ContentType.URLENC)
        .formParams(Map.of("_csrf", CSRF))
        .post("/arenden/" + id + "/ta");
  }

  private static Response takeFromTheList(String login, String id) {
    return browser(login)
        .contentType(ContentType.URLENC)
        .formParams(Map.of("_csrf", CSRF))
        .post("/eskaleringar/" + id + "/ta");
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
  void the_holder_takes_the_matter_and_the_page_shows_who_when_and_the_new_deadline() {
    String id = teachersProblem();
    String form = "action=\"/arenden/" + id + "/ta\"";
    assertThat(page("rektor", "/arenden/" + id)).contains(form).contains("Ta ärendet");
    assertThat(page("larare", "/arenden/" + id)).doesNotContain(form).doesNotContain("togs av");

    Response taken = take("rektor", id);
    assertThat(taken.statusCode()).isEqualTo(303);
    assertThat(taken.header("Location")).endsWith("/arenden/" + id + "?klart=taget");

    JsonPath request = as("larare").get("/api/requests/" + id).then().extract().jsonPath();
    String when = shown(Instant.parse(request.getString("waiting.acknowledgedAt")), sv());
    String due = shown(Instant.parse(request.getString("waiting.dueAt")), sv());
    String after = page("rektor", "/arenden/" + id + "?klart=taget");
    assertThat(after)
        .contains("role=\"status\"")
        .contains("Du har tagit ärendet")
        .contains("Ärendet togs av Eva Sjöberg " + when + ".")
        .contains("Ny tidsgräns: " + due + ".")
        .contains("Taget av Eva Sjöberg, " + when)
        .doesNotContain(form);

    // Everyone who may read the request sees it: the requester and the manager above.
    for (String reader : new String[] {"larare", "verksamhetschef"}) {
      assertThat(page(reader, "/arenden/" + id))
          .as(reader)
          .contains("Ärendet togs av Eva Sjöberg " + when + ".")
          .contains("Ny tidsgräns: " + due + ".");
    }
    // … in English too.
    String english =
        browser("larare")
            .cookie("samspel_lang", "en")
            .get("/arenden/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(english)
        .contains("Eva Sjöberg took the matter on " + shown(taken(request), Locale.ENGLISH) + ".")
        .contains(
            "New deadline: "
                + shown(Instant.parse(request.getString("waiting.dueAt")), Locale.ENGLISH)
                + ".");
    // An address typed by hand cannot make the page claim the reader took it.
    assertThat(page("larare", "/arenden/" + id + "?klart=taget"))
        .doesNotContain("Du har tagit ärendet");
  }

  private static Instant taken(JsonPath request) {
    return Instant.parse(request.getString("waiting.acknowledgedAt"));
  }

  private static Locale sv() {
    return Locale.forLanguageTag("sv-SE");
  }

  @Test
  void taking_a_matter_already_taken_shows_the_page_again_as_a_conflict() {
    String id = teachersProblem();
    assertThat(take("rektor", id).statusCode()).isEqualTo(303);

    Response again = take("rektor", id);

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("text/html");
    assertThat(again.asString()).contains("Ärendet togs av Eva Sjöberg");
  }

  @Test
  void no_one_but_the_holder_takes_the_matter_and_a_refusal_changes_nothing() {
    String id = teachersProblem();

    // Readers who do not hold the step are refused; others do not learn the request exists.
    assertThat(take("larare", id).statusCode()).isEqualTo(403);
    assertThat(take("verksamhetschef", id).statusCode()).isEqualTo(403);
    assertThat(take("enhetschef", id).statusCode()).isEqualTo(404);
    // Without the form's token, or not signed in, nothing is taken either.
    assertThat(
            browser("rektor")
                .contentType(ContentType.URLENC)
                .formParams(Map.of("_csrf", "x".repeat(43)))
                .post("/arenden/" + id + "/ta")
                .statusCode())
        .isEqualTo(403);
    Response anonymous =
        given()
            .redirects()
            .follow(false)
            .cookie("samspel_csrf", CSRF)
            .contentType(ContentType.URLENC)
            .formParams(Map.of("_csrf", CSRF))
            .post("/arenden/" + id + "/ta");
    assertThat(anonymous.statusCode()).isIn(303, 401);

    JsonPath request = as("larare").get("/api/requests/" + id).then().extract().jsonPath();
    assertThat(request.getBoolean("waiting.acknowledged")).isFalse();
    assertThat(request.getList("history.event")).doesNotContain("ACKNOWLEDGED");
  }

  @Test
  void taken_from_the_escalation_list_the_row_says_by_whom_and_a_second_take_changes_nothing() {
    String id = teachersProblem();
    Response taken = takeFromTheList("rektor", id);
    assertThat(taken.statusCode()).isEqualTo(303);
    assertThat(taken.header("Location")).endsWith("/eskaleringar?klart=taget&arende=" + id);
    assertThat(page("rektor", "/eskaleringar?klart=taget&arende=" + id))
        .contains("Du har tagit ärendet")
        .contains("href=\"/arenden/" + id + "\"");
    Map<String, Object> item = EscalationListApiTest.itemOf("rektor", id);
    assertThat(item.get("taken")).extracting("by.name").isEqualTo("Eva Sjöberg");

    // A second click (another tab) is no error page: the list says it was already taken.
    Response again = takeFromTheList("rektor", id);
    assertThat(again.statusCode()).isEqualTo(303);
    assertThat(again.header("Location")).endsWith("/eskaleringar?klart=redan-taget&arende=" + id);
    assertThat(page("rektor", "/eskaleringar?klart=redan-taget&arende=" + id))
        .contains("Ärendet kunde inte tas");
    // A notice's request link is only ever a request id.
    assertThat(page("rektor", "/eskaleringar?klart=taget&arende=%22%3E%3Cscript%3E"))
        .doesNotContain("<script>")
        .doesNotContain("href=\"/arenden/\"");
  }
}
