package se.samspel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;

/**
 * The whole story across the parts, told once (DDD's {@code CargoLifecycleScenarioTest}): a
 * politician's request is routed through the department head, approved, left unarranged past its
 * deadline and escalated; meanwhile the politician goes straight to the teacher, the teacher
 * reports it, the record takes the deviation, and the yearly review counts each of these.
 *
 * <p>Everything goes over real HTTP with real tokens; only time is moved. The review is read before
 * and after, so the story holds whatever other tests stored in the same month.
 */
@QuarkusTest
class RequestToReviewScenarioTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final String NOVEMBER_2026 = "?from=2026-11-01&to=2026-11-30";

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  @BeforeEach
  void mondayMorningTheSecondOfNovember() {
    clock.setTo(LocalDateTime.of(2026, 11, 2, 9, 0).atZone(SWEDEN).toInstant());
  }

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  @Test
  void a_request_an_escalation_and_a_deviation_end_up_counted_in_the_yearly_review() {
    JsonPath reviewBefore = review();

    // 1. Maria Berg, a member of the education committee, asks to meet a teacher. The guideline
    //    routes it through the head of the education department first.
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Läsfrämjande arbete i årskurs 3\","
                    + "\"purpose\":\"Underlag inför budgetdialogen\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .body("rule.id", equalTo("KUN-POLITICIAN-DIALOGUE"))
            .body("waiting.position.id", equalTo("POS-FC-BUF"))
            .extract()
            .path("id");

    // 2. Two hours later the department head approves and names the principal to arrange it.
    clock.advance(Duration.ofHours(2));
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{\"responsibleManager\":\"POS-REKTOR-1\"}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("waiting.position.id", equalTo("POS-REKTOR-1"))
        .body("waiting.action", equalTo("ARRANGE"));

    // 3. The principal lets the deadline pass: the sweeper climbs one level, to her manager.
    Instant due = Instant.parse(read(id).getString("waiting.dueAt"));
    clock.setTo(due.plusSeconds(60));
    // (Requests other tests left open may climb in the same sweep.)
    assertThat(sweeper.sweep()).isPositive();
    JsonPath escalated = read(id);
    assertThat(escalated.getString("waiting.position.id")).isEqualTo("POS-BUF-GR-CH");
    assertThat(escalated.getList("history.event", String.class))
        .containsExactly("SUBMITTED", "APPROVED", "ESCALATED");

    // 4. Tired of waiting, Maria rings the teacher directly; the teacher reports the contact.
    Instant rang = clock.instant().minus(Duration.ofHours(1));
    long seq =
        ((Number)
                as("larare")
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"requesterPosition\":\"POS-BUN-LED-POL\","
                            + "\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                            + "\"occurredAt\":\""
                            + rang
                            + "\",\"description\":\"Ringde om läsprojektet\"}")
                    .post("/api/contact-reports")
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("DEVIATION"))
                    .body("rule.id", equalTo("KUN-POLITICIAN-DIALOGUE"))
                    .body("rule.quote", startsWith("Regeln är att alltid först"))
                    .body("prescribedRoute", startsWith("POS-FC-BUF (APPROVE)"))
                    .extract()
                    .path("recordedAs"))
            .longValue();

    // 5. The record holds it, with its rule, and still verifies.
    as("kd")
        .get("/api/deviations/" + seq)
        .then()
        .statusCode(200)
        .body("ruleId", equalTo("KUN-POLITICIAN-DIALOGUE"))
        .body("requesterRole", equalTo("ELECTED_MEMBER"));
    String head =
        as("kd")
            .get("/api/deviations/verify")
            .then()
            .statusCode(200)
            .body("status", equalTo("INTACT"))
            .extract()
            .path("headHash");

    // 6. KD's review of the month counts the deviation, the escalation and the approval.
    JsonPath after = review();
    assertThat(after.getInt("deviations.total"))
        .isEqualTo(reviewBefore.getInt("deviations.total") + 1);
    assertThat(ruleCount(after, "KUN-POLITICIAN-DIALOGUE"))
        .isEqualTo(ruleCount(reviewBefore, "KUN-POLITICIAN-DIALOGUE") + 1);
    assertThat(hopsEscalatedAtLevel(after, 1)).isEqualTo(hopsEscalatedAtLevel(reviewBefore, 1) + 1);
    assertThat(after.getInt("approvalLeadTimes.count"))
        .isEqualTo(reviewBefore.getInt("approvalLeadTimes.count") + 1);
    assertThat(head).isNotBlank();
    assertThat(after.getString("recordHeadHash")).isEqualTo(head);
  }

  static JsonPath read(String id) {
    return as("politiker").get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
  }

  static JsonPath review() {
    return as("kd").get("/api/review" + NOVEMBER_2026).then().statusCode(200).extract().jsonPath();
  }

  static int ruleCount(JsonPath review, String ruleId) {
    List<Map<String, Object>> rows = review.getList("deviations.byRule");
    return rows.stream()
        .filter(r -> ruleId.equals(r.get("ruleId")))
        .mapToInt(r -> ((Number) r.get("count")).intValue())
        .sum();
  }

  static int hopsEscalatedAtLevel(JsonPath review, int level) {
    List<Map<String, Object>> rows = review.getList("escalations.perLevel");
    return rows.stream()
        .filter(r -> ((Number) r.get("level")).intValue() == level)
        .mapToInt(r -> ((Number) r.get("hops")).intValue())
        .sum();
  }
}
