package se.samspel.web.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samspel.support.SubmittedRequests;
import se.samspel.support.Tokens;

/**
 * "Snabbt beslut fattat" on the request's page (Kungsör, <i>Allas ansvar tillsammans är att</i>:
 * "Respektera våra olika uppdrag och hierarkin men ha förståelse för att det kan uppkomma akuta
 * situationer som kräver snabba beslut. Då ska berörd ansvarig informeras utan dröjsmål."): shown
 * to whoever may act on an acute matter's waiting step, and to no one else; the Riktlinje page
 * shows the clause with its passage.
 */
@QuarkusTest
class QuickDecisionPageTest {

  private static final String CSRF = "q".repeat(43);

  private static RequestSpecification browser(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF);
  }

  private static String submit(String login, String json) {
    return SubmittedRequests.submitted(login, json);
  }

  private static String acute() {
    return submit(
        "medarbetare",
        "{\"kind\":\"ACUTE_MATTER\",\"subject\":\"Sidtest " + UUID.randomUUID() + "\"}");
  }

  private static String page(String login, String id) {
    return browser(login).get("/arenden/" + id).then().statusCode(200).extract().asString();
  }

  private static String status(String id) {
    return as("medarbetare").get("/api/requests/" + id).then().extract().path("status");
  }

  @Test
  void the_unit_manager_sees_the_form_and_a_quick_decision_closes_the_matter_with_a_notice() {
    String id = acute();
    String form = "action=\"/arenden/" + id + "/snabbt-beslut\"";
    assertThat(page("enhetschef", id)).contains(form).contains("Snabbt beslut fattat");
    // The requester follows the request but does not hold its step: no form.
    assertThat(page("medarbetare", id)).doesNotContain(form);

    Response done =
        browser("enhetschef")
            .contentType(ContentType.URLENC)
            .formParams(Map.of("_csrf", CSRF, "note", "Lokalen stängd, personalen flyttad"))
            .post("/arenden/" + id + "/snabbt-beslut");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.header("Location")).endsWith("/arenden/" + id + "?klart=snabbt-beslut");
    String after =
        browser("enhetschef")
            .get("/arenden/" + id + "?klart=snabbt-beslut")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(after)
        .contains("Du fattade ett snabbt beslut i")
        .contains("Nivån ovanför dig har informerats")
        .contains("Lokalen stängd, personalen flyttad (informed POS-SOF-AO-CH)")
        .doesNotContain(form);
    assertThat(status(id)).isEqualTo("COMPLETED");
  }

  @Test
  void someone_on_the_route_who_does_not_hold_the_step_is_refused_and_nothing_changes() {
    String id = acute();
    Response refused =
        browser("medarbetare")
            .contentType(ContentType.URLENC)
            .formParams(Map.of("_csrf", CSRF, "note", "Jag bestämmer"))
            .post("/arenden/" + id + "/snabbt-beslut");
    assertThat(refused.statusCode()).isEqualTo(403);
    Response outsider =
        browser("larare")
            .contentType(ContentType.URLENC)
            .formParams(Map.of("_csrf", CSRF, "note", "Jag bestämmer"))
            .post("/arenden/" + id + "/snabbt-beslut");
    assertThat(outsider.statusCode()).isEqualTo(404);
    assertThat(status(id)).isEqualTo("AWAITING_ACTION");
  }

  @Test
  void a_request_whose_rule_allows_no_quick_decision_shows_no_form() {
    // KUN-STAFF-PROBLEM: the principal handles it, but the guideline speaks of quick decisions
    // only in acute matters.
    String id =
        submit(
            "larare",
            "{\"kind\":\"STAFF_PROBLEM\"," + "\"subject\":\"Sidtest " + UUID.randomUUID() + "\"}");
    String page = page("rektor", id);
    assertThat(page).contains("/att-besluta/" + id + "/los").doesNotContain("snabbt-beslut");
    as("larare")
        .contentType(ContentType.JSON)
        .body("{\"note\":\"test done\"}")
        .post("/api/requests/" + id + "/withdraw");
  }

  @Test
  void the_guideline_page_shows_the_quick_decision_clause_with_its_passage() {
    String html = browser("larare").get("/riktlinje").then().statusCode(200).extract().asString();
    int acute = html.indexOf("id=\"KUN-ACUTE\"");
    assertThat(acute).isPositive();
    String rule = html.substring(acute, html.indexOf("</article>", acute));
    assertThat(rule)
        .contains("Snabbt beslut")
        .contains("närmaste chef, räknat från den som fattade beslutet")
        .contains("Då ska berörd ansvarig informeras utan dröjsmål.")
        .contains("Allas ansvar tillsammans är att");
  }
}
