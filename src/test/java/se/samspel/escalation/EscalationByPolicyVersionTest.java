package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.Fixtures;
import se.samspel.support.MovableClock;

/**
 * A request climbs by the escalation section of the policy version it was routed under, as it
 * follows that version's route: a new version that escalates differently changes new requests only.
 */
@QuarkusTest
class EscalationByPolicyVersionTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final ObjectMapper JSON = new ObjectMapper();

  /** A Kungsör that escalates a manager's step straight to the department head. */
  static final String MANAGERS_TO_THE_DEPARTMENT_HEAD =
      """
      {"ladder": [
         {"from": ["STAFF_MEMBER", "COMMUNICATIONS_OFFICER", "WHISTLEBLOWER_FUNCTION"],
          "to": "NEAREST_MANAGER"},
         {"from": ["MANAGER"], "to": "DEPARTMENT_HEAD"},
         {"from": ["ANY_EMPLOYEE"], "to": "NEAREST_MANAGER"},
         {"from": ["KSO"], "to": "TOP"},
         {"from": ["ANY_POLITICIAN"], "to": "KSO"}],
       "retired": "KD", "vacant": "PASS_OVER",
       "source": {"section": "Medarbetare", "quote": "Kan frågan inte lösas på denna nivå är det närmaste chefens ansvar att ta upp frågan med sin överordnade chef."}}
      """;

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(LocalDateTime.of(2026, 11, 24, 9, 0).atZone(SWEDEN).toInstant());
  }

  @AfterEach
  void theShippedGuidelineAgainAndTheSystemClock() {
    // Other tests expect the shipped ladder: store the shipped file as the newest version again.
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(Fixtures.resource("policies/kungsor-2023.json"))
        .post("/api/policies")
        .then()
        .statusCode(201);
    clock.reset();
  }

  @Test
  void an_open_request_keeps_climbing_by_the_section_of_its_own_version() throws Exception {
    String before = EscalationApiTest.teachersProblem();
    int routedUnder = read(before).getInt("policy.version");

    ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    doc.set("escalation", JSON.readTree(MANAGERS_TO_THE_DEPARTMENT_HEAD));
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
    String after = EscalationApiTest.teachersProblem();
    assertThat(read(after).getInt("policy.version")).isEqualTo(uploaded);

    // Both wait on the principal and fall due at once; the principal is a manager.
    letTheDeadlinePass(before);
    assertThat(read(before).getString("waiting.position.id")).isEqualTo("POS-BUF-GR-CH");
    assertThat(read(after).getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
  }

  @Test
  void an_upload_with_a_bad_escalation_section_names_each_field_and_stores_nothing()
      throws Exception {
    int versionsBefore = as("kd").get("/api/policies").then().extract().path("size()");
    ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    ObjectNode escalation = (ObjectNode) JSON.readTree(MANAGERS_TO_THE_DEPARTMENT_HEAD);
    ((ObjectNode) escalation.get("ladder").get(1)).put("to", "THE_BOSS");
    ((ObjectNode) escalation.get("ladder").get(4)).put("to", "NEAREST_MANAGER");
    escalation.remove("source");
    doc.set("escalation", escalation);
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
            hasItems("escalation.ladder[1].to", "escalation.ladder[4].to", "escalation.source"));
    as("kd").get("/api/policies").then().body("size()", equalTo(versionsBefore));
  }

  private static JsonPath read(String id) {
    return EscalationApiTest.read("larare", id);
  }

  private void letTheDeadlinePass(String id) {
    Instant due = Instant.parse(read(id).getString("waiting.dueAt"));
    clock.setTo(due.plusSeconds(60));
    sweeper.sweep();
  }
}
