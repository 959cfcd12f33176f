package se.samspel.routing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/** {@code GET /api/contact-options}: what the caller may ask for under the policy in force. */
@QuarkusTest
class ContactOptionsApiTest {

  @Test
  void a_politician_is_offered_the_kinds_kungsor_decides_for_politicians_with_on_or_off_duty() {
    as("politiker")
        .get("/api/contact-options")
        .then()
        .statusCode(200)
        .body("policy.key", equalTo("kungsor"))
        .body("kinds", hasItems("DIALOGUE", "SITE_VISIT_SPONTANEOUS", "STEER_INDIVIDUAL_CASE"))
        .body("kinds", not(hasItem("STAFF_PROBLEM")))
        .body("contexts", contains("ON_DUTY", "OFF_DUTY"))
        .body("questions", contains("WHAT", "HOW", "UNCLEAR", "PROPOSAL"))
        // Kungsör has no exception for a stated purpose, and a promise is only ever reported.
        .body("flags", not(hasItem("PURPOSE_STATED")))
        .body("flags", not(hasItem("PROMISE_OF_ACTION")));
  }

  @Test
  void a_staff_member_is_offered_problems_and_acute_matters_and_their_circumstances() {
    as("medarbetare")
        .get("/api/contact-options")
        .then()
        .statusCode(200)
        .body("kinds", hasItems("STAFF_PROBLEM", "ACUTE_MATTER"))
        .body("kinds", not(hasItem("SITE_VISIT_SPONTANEOUS")))
        .body("flags", contains("CONCERNS_NEAREST_MANAGER", "STRATEGIC"));
  }

  @Test
  void without_a_token_it_is_401_and_for_someone_the_organisation_does_not_know_403() {
    anonymous()
        .get("/api/contact-options")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("unauthenticated"));
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.forLogin("nobody-we-know"))
        .get("/api/contact-options")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
  }
}
