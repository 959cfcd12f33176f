package se.samspel.routing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.samspel.routing.api.ContactOptionsResource;
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
        .body("flags", contains("CONCERNS_NEAREST_MANAGER", "STRATEGIC"))
        .body(
            "kindsWithoutTarget", contains("STAFF_PROBLEM", "ACUTE_MATTER", "SUSPECTED_WRONGDOING"))
        .body("byKind.find { it.kind == 'STAFF_PROBLEM' }.asksTarget", equalTo(false))
        .body(
            "byKind.find { it.kind == 'STAFF_PROBLEM' }.flags",
            contains("CONCERNS_NEAREST_MANAGER"))
        .body("byKind.find { it.kind == 'CITIZEN_CONTACT' }", equalTo(null));
  }

  @Test
  void the_contracts_example_is_what_the_demos_staff_member_is_really_offered() throws Exception {
    String answer =
        as("medarbetare").get("/api/contact-options").then().statusCode(200).extract().asString();
    ObjectMapper json = new ObjectMapper();
    ObjectNode real = (ObjectNode) json.readTree(answer);
    ObjectNode example = (ObjectNode) json.readTree(ContactOptionsResource.EXAMPLE);
    // Other tests upload versions of the policy; the rest of the answer does not depend on it.
    ((ObjectNode) real.get("policy")).remove("version");
    ((ObjectNode) example.get("policy")).remove("version");
    org.assertj.core.api.Assertions.assertThat(real).isEqualTo(example);
  }

  @Test
  void a_problem_names_no_one_and_goes_to_the_staff_members_nearest_manager() {
    as("medarbetare")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"STAFF_PROBLEM\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ROUTE"))
        .body("rule.id", equalTo("KUN-STAFF-PROBLEM"))
        .body("hops.position.id", contains("POS-SOF-AO-EC-1"));
    String id =
        as("medarbetare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Schemat går inte ihop\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .body("hops.position.id", contains("POS-SOF-AO-EC-1"))
            .body("target", equalTo(null))
            .extract()
            .path("id");
    // Leave no open work behind on the demo's unit manager for other tests.
    as("medarbetare")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/withdraw")
        .then()
        .statusCode(200);
  }

  @Test
  void a_target_named_for_a_problem_is_whom_it_concerns_never_whom_it_goes_to() {
    String id =
        as("medarbetare")
            .contentType(ContentType.JSON)
            .body(
                "{\"kind\":\"STAFF_PROBLEM\",\"target\":{\"position\":\"POS-FC-BUF\"},"
                    + "\"subject\":\"Om en förvaltningschef\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .body("target.id", equalTo("POS-FC-BUF"))
            .body("targetRouted", equalTo(false))
            .body("hops.position.id", contains("POS-SOF-AO-EC-1"))
            .extract()
            .path("id");
    String page =
        io.restassured.RestAssured.given()
            .cookie("samspel_token", Tokens.forLogin("medarbetare"))
            .get("/arenden/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(page)
        .contains("<dt>Gäller</dt>")
        .doesNotContain("<dt>Vill nå</dt>");
    as("medarbetare")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/withdraw")
        .then()
        .statusCode(200);
  }

  @Test
  void a_kind_decided_by_whom_it_is_for_without_a_target_is_400_naming_the_field() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"DIALOGUE\",\"subject\":\"Läsfrämjande\"}")
        .post("/api/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("target"))
        .body("errors[0].reason", containsString("kindsWithoutTarget"));
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
