package se.samspel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.support.Fixtures;

@QuarkusTest
class PolicyApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Inject PolicyCatalog catalog;

  @Test
  void both_shipped_policies_are_listed_and_the_configured_one_is_active() {
    as("larare")
        .get("/api/policies")
        .then()
        .statusCode(200)
        .body("key", hasItems("kungsor", "alingsas"))
        .body("find { it.key == 'alingsas' }.active", equalTo(false))
        .body("findAll { it.active }.key", equalTo(List.of("kungsor")));
  }

  @Test
  void the_active_policy_shows_its_provenance_and_every_rule_with_its_quote() {
    as("politiker")
        .get("/api/policies/active")
        .then()
        .statusCode(200)
        .body("key", equalTo("kungsor"))
        .body("provenance.adoptedBy", equalTo("Kommunfullmäktige"))
        .body("provenance.caseNumber", equalTo("KS 2022/508"))
        .body("provenance.decisionDate", equalTo("2023-03-13"))
        .body("provenance.validTo", equalTo("2027-03-13"))
        .body("rules.size()", greaterThan(20))
        .body(
            "rules.find { it.id == 'KUN-POLITICIAN-DIALOGUE' }.section", equalTo("Förtroendevalda"))
        .body(
            "rules.find { it.id == 'KUN-POLITICIAN-DIALOGUE' }.route.position",
            hasItem("DEPARTMENT_HEAD_OF_TARGET"));
  }

  @Test
  void an_inactive_policy_stays_readable_with_its_dissent() {
    as("kd")
        .get("/api/policies/alingsas/versions/1")
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("provenance.paragraph", equalTo("§ 146"))
        .body("provenance.caseNumber", equalTo("2022.499 KS"))
        .body("provenance.dissents[0]", startsWith("Martin Lindberg (V) och Anna Hansson (MP)"));
    as("kd").get("/api/policies/alingsas/versions/999").then().statusCode(404);
    as("kd").get("/api/policies/alingsas/versions/one").then().statusCode(400);
  }

  @Test
  void reading_policies_needs_a_login_and_uploading_needs_an_administrator() throws Exception {
    anonymous().get("/api/policies/active").then().statusCode(401);
    as("kd")
        .contentType(ContentType.JSON)
        .body(Fixtures.resource("policies/kungsor-2023.json"))
        .post("/api/policies")
        .then()
        .statusCode(403);
  }

  @Test
  void an_invalid_upload_lists_every_problem_and_stores_nothing() throws Exception {
    int versionsBefore = as("kd").get("/api/policies").then().extract().path("size()");
    ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    ArrayNode rules = (ArrayNode) doc.get("rules");
    ((ObjectNode) rules.get(0).get("when")).putArray("requester").add("ANY_POLITICAN");
    ((ObjectNode) rules.get(2)).remove("source");
    rules.add(rules.get(rules.size() - 1).deepCopy()); // the same rule again: unreachable
    ((ObjectNode) rules.get(rules.size() - 1)).put("id", "KUN-COPY");
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(doc.toString())
        .post("/api/policies")
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("policy-invalid"))
        .body(
            "errors.field",
            hasItems(
                "rules[0].when.requester[0]",
                "rules[2].source",
                "rules[" + (rules.size() - 1) + "].when"));
    as("kd").get("/api/policies").then().body("size()", equalTo(versionsBefore));
  }

  @Test
  void malformed_policy_json_is_a_400() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"key\":\"kungsor\",\"rules\":[{\"id\":\"A\",\"colour\":\"red\"}]}")
        .post("/api/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rules[0].colour"));
  }

  /**
   * A new version becomes active from its valid-from date; a request keeps the version it was
   * routed under, while new requests are routed under the new one.
   */
  @Test
  void a_request_keeps_its_policy_version_after_a_new_one_is_uploaded() throws Exception {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Före\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    int routedUnder =
        as("politiker").get("/api/requests/" + id).then().extract().path("policy.version");

    // The same guideline, updated: a new note and a rule's title reworded.
    ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    ((ArrayNode) doc.get("provenance").get("notes")).add("Aktualiserad " + System.nanoTime() + ".");
    int uploaded =
        asAdministrator()
            .contentType(ContentType.JSON)
            .body(doc.toString())
            .post("/api/policies")
            .then()
            .statusCode(201)
            .body("active", equalTo(true))
            .extract()
            .path("version");
    assertThat(uploaded).isGreaterThan(routedUnder);

    as("politiker")
        .get("/api/requests/" + id)
        .then()
        .body("policy.version", equalTo(routedUnder))
        .body("rule.id", equalTo("KUN-POLITICIAN-DIALOGUE"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Efter\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .body("policy.version", equalTo(uploaded));
    as("kd")
        .get("/api/policies/kungsor/versions/" + routedUnder)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));

    // A version valid only from a future date is stored but does not become active yet.
    ((ObjectNode) doc.get("provenance")).put("validFrom", "2026-12-24");
    ((ObjectNode) doc.get("provenance")).put("decisionDate", "2026-12-01");
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(doc.toString())
        .post("/api/policies")
        .then()
        .statusCode(201)
        .body("active", equalTo(false));
    as("kd").get("/api/policies/active").then().body("version", equalTo(uploaded));

    // A restart stores the shipped files again only if their content is new: the upload stays.
    int versions = as("kd").get("/api/policies").then().extract().path("size()");
    catalog.storeShippedPolicies();
    as("kd").get("/api/policies").then().body("size()", equalTo(versions));
    as("kd").get("/api/policies/active").then().body("version", equalTo(uploaded));
  }
}
