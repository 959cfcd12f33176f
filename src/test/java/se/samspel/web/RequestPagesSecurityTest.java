package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * The request pages' forbidden paths over real HTTP: forms without the CSRF token, acting on a
 * request one does not take part in, acting without holding the step, and acting on a stale page.
 * Each time the answer says no and the request, read back through the API, has not changed.
 */
@QuarkusTest
class RequestPagesSecurityTest {

  private static final String CSRF = "r".repeat(43);

  /** A browser of a logged-in person: the token cookie and the CSRF cookie, no redirects. */
  private static RequestSpecification page(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC);
  }

  private static Response post(String login, String path, Map<String, String> form) {
    return page(login).formParams(form).post(path);
  }

  /** The requests a test made; withdrawn afterwards so no other test finds them waiting. */
  private final List<String> made = new ArrayList<>();

  @AfterEach
  void withdrawWhatIsStillOpen() {
    made.forEach(RequestPagesSecurityTest::withdrawIfOpen);
  }

  static void withdrawIfOpen(String id) {
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"note\":\"test done\"}")
        .post("/api/requests/" + id + "/withdraw");
  }

  private String submitDialogue() {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Sidtest "
                    + UUID.randomUUID()
                    + "\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    made.add(id);
    return id;
  }

  private static Map<String, Object> stateOf(String id) {
    return as("politiker").get("/api/requests/" + id).then().statusCode(200).extract().path("$");
  }

  @Test
  void a_decision_without_the_csrf_token_is_refused_and_nothing_changes() {
    String id = submitDialogue();
    Map<String, Object> before = stateOf(id);

    Response response =
        post("fc-buf", "/att-besluta/" + id + "/godkann", Map.of("version", "0", "note", "x"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.asString()).contains("Formuläret har gått ut");

    Response wrong =
        post(
            "fc-buf",
            "/att-besluta/" + id + "/avsla",
            Map.of("_csrf", "x".repeat(43), "reason", "Nej"));
    assertThat(wrong.statusCode()).isEqualTo(403);

    assertThat(stateOf(id)).isEqualTo(before);
    assertThat(stateOf(id).get("status")).isEqualTo("AWAITING_DECISION");
  }

  @Test
  void a_contact_form_without_the_csrf_token_sends_nothing() {
    long before = mineTotal();
    Response response =
        post(
            "politiker",
            "/kontakta",
            Map.of(
                "action", "skicka",
                "target", "POS-LARARE-1",
                "kind", "DIALOGUE",
                "subject", "Utan token"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(mineTotal()).isEqualTo(before);

    // The same form with the token is sent and answered with 303 to the request's page.
    Response sent =
        post(
            "politiker",
            "/kontakta",
            Map.of(
                "_csrf", CSRF,
                "action", "skicka",
                "target", "POS-LARARE-1",
                "kind", "DIALOGUE",
                "subject", "Med token"));
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.header("Location")).matches(".*/arenden/[0-9a-f-]{36}\\?klart=skickat");
    made.add(sent.header("Location").replaceAll(".*/arenden/([0-9a-f-]{36}).*", "$1"));
    assertThat(mineTotal()).isEqualTo(before + 1);
  }

  @Test
  void acting_on_a_request_one_does_not_take_part_in_is_not_found_and_nothing_changes() {
    String id = submitDialogue();
    Map<String, Object> before = stateOf(id);

    // Amira Ali, an assistant nurse in elderly care, is not on this request's route.
    for (String path :
        new String[] {
          "/arenden/" + id + "/aterkalla",
          "/arenden/" + id + "/klar",
          "/att-besluta/" + id + "/godkann",
          "/att-besluta/" + id + "/avsla",
          "/att-besluta/" + id + "/omdirigera"
        }) {
      Response response =
          post(
              "medarbetare",
              path,
              Map.of(
                  "_csrf",
                  CSRF,
                  "confirm",
                  "ja",
                  "reason",
                  "Jag tycker inte det",
                  "forum",
                  "KSAU"));
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.asString()).as(path).contains("Felkod 404");
    }
    assertThat(page("medarbetare").get("/arenden/" + id).statusCode()).isEqualTo(404);
    assertThat(page("medarbetare").get("/arenden/inte-ett-id").statusCode()).isEqualTo(404);
    assertThat(stateOf(id)).isEqualTo(before);
  }

  @Test
  void a_politician_cannot_approve_and_another_politician_cannot_even_see_it() {
    String id = submitDialogue();
    Map<String, Object> before = stateOf(id);

    // The requester takes part in the request but does not hold the department head's step.
    Response own =
        post(
            "politiker",
            "/att-besluta/" + id + "/godkann",
            Map.of("_csrf", CSRF, "manager", "POS-REKTOR-1"));
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(own.asString()).contains("Du har inte behörighet");

    // Another politician does not take part in it at all.
    Response other =
        post("oppositionsrad", "/att-besluta/" + id + "/godkann", Map.of("_csrf", CSRF));
    assertThat(other.statusCode()).isEqualTo(404);

    // Nor may the department head withdraw the politician's request.
    Response withdraw =
        post("fc-buf", "/arenden/" + id + "/aterkalla", Map.of("_csrf", CSRF, "confirm", "ja"));
    assertThat(withdraw.statusCode()).isEqualTo(403);

    assertThat(stateOf(id).get("status")).isEqualTo("AWAITING_DECISION");
    assertThat(stateOf(id).get("version")).isEqualTo(before.get("version"));
  }

  @Test
  void a_decision_on_a_page_someone_else_has_acted_on_since_is_a_conflict_shown_as_it_is_now() {
    String id = submitDialogue();
    int seen = ((Number) stateOf(id).get("version")).intValue();
    // Someone else (the same post, through the API) approves first.
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);

    Response response =
        post(
            "fc-buf",
            "/att-besluta/" + id + "/avsla",
            Map.of("_csrf", CSRF, "version", Integer.toString(seen), "reason", "För sent"));
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.asString()).contains("Någon annan hann före", "Godkänt");
    assertThat(stateOf(id).get("status")).isEqualTo("APPROVED");
  }

  @Test
  void a_decline_without_a_reason_is_422_and_keeps_the_request_waiting() {
    String id = submitDialogue();
    Response response =
        post("fc-buf", "/att-besluta/" + id + "/avsla", Map.of("_csrf", CSRF, "reason", "  "));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.asString())
        .contains("role=\"alert\"", "href=\"#decline-reason\"", "aria-invalid=\"true\"");
    assertThat(stateOf(id).get("status")).isEqualTo("AWAITING_DECISION");
  }

  private static long mineTotal() {
    return ((Number) as("politiker").get("/api/requests/mine").then().extract().path("total"))
        .longValue();
  }
}
