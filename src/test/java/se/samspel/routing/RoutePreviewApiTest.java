package se.samspel.routing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutePreviewApiTest {

  @Test
  void a_politician_sees_that_a_dialogue_with_a_teacher_goes_via_the_department_head() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ROUTE"))
        .body("policy.key", equalTo("kungsor"))
        .body("rule.id", equalTo("KUN-POLITICIAN-DIALOGUE"))
        .body("rule.section", equalTo("Förtroendevalda"))
        .body(
            "rule.quote",
            startsWith("Regeln är att alltid först ha kontakt med förvaltningschefen"))
        .body("requester.id", equalTo("POS-BUN-LED-POL"))
        .body("hops", hasSize(2))
        .body("hops.position.id", contains("POS-FC-BUF", "POS-REKTOR-1"))
        .body("hops.action", contains("APPROVE", "ARRANGE"))
        .body("hops[0].holder.name", equalTo("Lars Ek"))
        .body("hops[0].ruleId", equalTo("KUN-POLITICIAN-DIALOGUE"));
  }

  @Test
  void a_unit_or_a_person_can_be_the_target() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"unit\":\"U-SKOLA-1\"},\"kind\":\"SITE_VISIT_COORDINATED\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("target.id", equalTo("POS-REKTOR-1"))
        .body("hops[0].position.id", equalTo("POS-FC-BUF"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"person\":\"P-LARARE\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("target.id", equalTo("POS-LARARE-1"));
  }

  @Test
  void free_and_forbidden_contacts_are_answers_with_their_rule() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"context\":\"OFF_DUTY\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("FREE"))
        .body("rule.id", equalTo("KUN-POLITICIAN-OFF-DUTY"))
        .body("hops", hasSize(0));
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"STEER_INDIVIDUAL_CASE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("NOT_PERMITTED"))
        .body("rule.quote", containsString("enskilt ärende"));
  }

  @Test
  void a_journalists_contact_can_be_registered_by_staff() {
    as("kommunikator")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"JOURNALIST\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"MEDIA_INQUIRY\",\"question\":\"HOW\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("requesterExternal", equalTo("JOURNALIST"))
        .body("hops[0].position.id", equalTo("POS-REKTOR-1"))
        .body("hops[0].action", equalTo("ANSWER"));
  }

  @Test
  void bad_descriptions_are_400_problems_naming_the_field() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"COFFEE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].reason", containsString("DIALOGUE"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"DIALOGUE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("target"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\",\"unit\":\"U-BUF\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("target"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"requesterPosition\":\"POS-KD\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("requesterPosition"));
  }

  @Test
  void an_unknown_target_is_a_404_naming_the_field() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-NOPE\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(404)
        .body("errors[0].field", equalTo("target.position"));
  }

  @Test
  void a_preview_requires_a_login() {
    anonymous()
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(401);
  }
}
