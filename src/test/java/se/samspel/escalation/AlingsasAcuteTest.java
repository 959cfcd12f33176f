package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.samspel.support.AlingsasGuideline;

/**
 * Alingsås has no passage on acute matters, nor on quick decisions: "Keep what Alingsås says where
 * it differs" (issue 13). Its guideline keeps no acute rule of its own, so an acute matter gets
 * Alingsås's own answer, that it has no rule for it; and a quick decision, which Kungsör's <i>Allas
 * ansvar tillsammans är att</i> allows ("akuta situationer som kräver snabba beslut. Då ska berörd
 * ansvarig informeras utan dröjsmål."), is refused on an Alingsås request.
 */
@QuarkusTest
@TestProfile(AlingsasGuideline.class)
class AlingsasAcuteTest {

  @Test
  void an_acute_matter_has_no_rule_in_alingsas() {
    as("medarbetare")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-SOF-AO-EC-1\"},\"kind\":\"ACUTE_MATTER\","
                + "\"subject\":\"Vattenläcka\"}")
        .post("/api/requests")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("no-rule"));
  }

  @Test
  void a_quick_decision_is_refused_on_an_alingsas_request_and_nothing_changes() {
    // ALI-STAFF-PROBLEM: the nearest manager handles it, as in Kungsör, but without a quick
    // decision in the guideline.
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\"," + "\"subject\":\"Arbetsmiljön\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(as("larare").get("/api/requests/" + id).then().extract().<String>path("rule.id"))
        .isEqualTo("ALI-STAFF-PROBLEM");
    as("rektor")
        .contentType(ContentType.JSON)
        .body("{\"note\":\"Beslut fattat\"}")
        .post("/api/requests/" + id + "/quick-decision")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("quick-decision-not-in-guideline"));
    assertThat(as("larare").get("/api/requests/" + id).then().extract().<String>path("status"))
        .isEqualTo("AWAITING_ACTION");
    // The page offers no such form either.
    assertThat(
            io.restassured.RestAssured.given()
                .cookie("samspel_token", se.samspel.support.Tokens.forLogin("rektor"))
                .get("/arenden/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .doesNotContain("snabbt-beslut");
  }
}
