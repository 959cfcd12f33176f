package se.samspel.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.support.Fixtures;

/**
 * The policy endpoints show how a waiting step climbs, as they show the rules: each step with its
 * citation, and for a version that states no section the reporting lines it climbs by, marked as
 * the default.
 */
@QuarkusTest
class PolicyEscalationApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void the_active_policy_shows_its_escalation_section_with_its_citations() {
    as("larare")
        .get("/api/policies/active")
        .then()
        .statusCode(200)
        .body("key", equalTo("kungsor"))
        .body("escalation.reportingLinesDefault", equalTo(false))
        .body("escalation.source.section", equalTo("Medarbetare"))
        .body(
            "escalation.source.quote",
            startsWith("Medarbetaren ska i första hand tala med närmaste chef"))
        .body("escalation.retired", equalTo("KD"))
        .body("escalation.vacant", equalTo("PASS_OVER"))
        .body("escalation.ladder.size()", equalTo(3))
        .body("escalation.ladder[0].from", equalTo(List.of("ANY_EMPLOYEE")))
        .body("escalation.ladder[0].to", equalTo("NEAREST_MANAGER"))
        .body("escalation.ladder[0].source.section", equalTo("Kommunikation i akuta frågor"))
        .body(
            "escalation.ladder[0].source.quote",
            startsWith("Medarbetare kontaktar enhetschef som kontaktar förvaltningschef"))
        .body("escalation.ladder[1].from", equalTo(List.of("KSO")))
        .body("escalation.ladder[1].to", equalTo("TOP"))
        .body("escalation.ladder[1].source", nullValue())
        .body("escalation.ladder[2].from", equalTo(List.of("ANY_POLITICIAN")))
        .body("escalation.ladder[2].except", equalTo(List.of("KSO")))
        .body("escalation.ladder[2].to", equalTo("KSO"))
        .body("escalation.ladder[2].source.section", equalTo("Fördelning av ansvar och roller"));
  }

  @Test
  void an_older_version_shows_the_section_it_was_shipped_with() {
    as("kd")
        .get("/api/policies/alingsas/versions/1")
        .then()
        .statusCode(200)
        .body("escalation.reportingLinesDefault", equalTo(false))
        .body("escalation.source.section", equalTo("Ansvarsfördelning"))
        .body("escalation.ladder[0].source.section", equalTo("Arbetsmiljöansvar"));
  }

  @Test
  void a_version_without_a_section_shows_the_reporting_lines_as_the_default() throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    doc.remove("escalation");
    doc.put("key", "utan-eskalering");

    int version =
        asAdministrator()
            .contentType(ContentType.JSON)
            .body(doc.toString())
            .post("/api/policies")
            .then()
            .statusCode(201)
            // The upload answers with the same view, the default included.
            .body("escalation.reportingLinesDefault", equalTo(true))
            .extract()
            .path("version");

    as("politiker")
        .get("/api/policies/utan-eskalering/versions/" + version)
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("escalation.reportingLinesDefault", equalTo(true))
        .body("escalation.source", nullValue())
        .body(
            "escalation.ladder.from",
            equalTo(List.of(List.of("ANY_EMPLOYEE"), List.of("KSO"), List.of("ANY_POLITICIAN"))))
        .body("escalation.ladder.to", equalTo(List.of("NEAREST_MANAGER", "TOP", "KSO")))
        .body("escalation.ladder.findAll { it.source != null }.size()", equalTo(0))
        .body("escalation.retired", equalTo("KD"))
        .body("escalation.vacant", equalTo("PASS_OVER"));
  }

  /** The OpenAPI document describes the section and shows it in the example of the answer. */
  @Test
  void the_api_document_describes_the_escalation_section() {
    JsonPath doc =
        given()
            .accept(ContentType.JSON)
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String section = "components.schemas.EscalationSectionView";
    assertThat(
        doc.getMap(section + ".properties").keySet(),
        hasItems("reportingLinesDefault", "ladder", "retired", "vacant", "source"));
    assertThat(
        doc.getString(section + ".properties.reportingLinesDefault.description"),
        containsString("reporting lines"));
    assertThat(
        doc.getMap("components.schemas.EscalationStepView.properties").keySet(),
        hasItems("from", "except", "to", "source"));
    // The example is JSON the document parses: the section is in it, with a step's exception.
    String example =
        "paths.'/api/policies/active'.get.responses.'200'.content.'application/json'"
            + ".examples.kungsor.value.escalation";
    assertThat(doc.getBoolean(example + ".reportingLinesDefault"), equalTo(false));
    assertThat(doc.getList(example + ".ladder[2].except"), equalTo(List.of("KSO")));
    assertThat(doc.getString(example + ".source.section"), equalTo("Medarbetare"));
  }
}
