package se.samspel.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * Substitutes on a request's route, and what the outbox tells whom: a hop reaches the substitute of
 * an absent holder, who may act on it (the history names both); escalation still climbs from the
 * original holder's position; the people who must act next are the ones notified.
 */
@QuarkusTest
class SubstitutesAndNoticesTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  private final List<String> substitutions = new ArrayList<>();

  @BeforeEach
  void aTuesdayInJanuary2027() {
    clock.setTo(LocalDateTime.of(2027, 1, 12, 9, 0).atZone(SWEDEN).toInstant());
  }

  @AfterEach
  void endSubstitutionsAndResetTheClock() {
    // Back to the day each began, where ending cancels it, so that none outlives its test.
    clock.setTo(LocalDateTime.of(2027, 1, 11, 8, 0).atZone(SWEDEN).toInstant());
    for (String id : substitutions) {
      as("rektor").contentType(ContentType.JSON).post("/api/substitutions/" + id + "/end");
    }
    clock.reset();
  }

  /** Each test uses its own week, so that substitutions of different tests never overlap. */
  private void principalIsAwayWithSubstitute(String substitute, int week) {
    LocalDateTime monday = LocalDateTime.of(2027, 1, 11, 9, 0).plusWeeks(week);
    clock.setTo(monday.atZone(SWEDEN).toInstant());
    substitutions.add(
        as("rektor")
            .contentType(ContentType.JSON)
            .body(
                "{\"substitute\":\""
                    + substitute
                    + "\",\"from\":\""
                    + monday.toLocalDate()
                    + "\",\"to\":\""
                    + monday.toLocalDate().plusDays(4)
                    + "\",\"reason\":\"Kurs\"}")
            .post("/api/substitutions")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static String teachersProblem() {
    return as("larare")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Vikariebrist\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> eventsOf(String requestId) {
    List<Map<String, Object>> events =
        given()
            .auth()
            .oauth2(Tokens.integration("intranet"))
            .queryParam("after", 0)
            .queryParam("limit", 500)
            .get("/api/events")
            .then()
            .statusCode(200)
            .extract()
            .path("events");
    List<Map<String, Object>> mine = new ArrayList<>();
    for (Map<String, Object> e : events) {
      if (requestId.equals(e.get("aggregateId"))) {
        mine.add(e);
      }
    }
    return mine;
  }

  @SuppressWarnings("unchecked")
  private static List<String> recipients(Map<String, Object> event) {
    return ((List<Map<String, Object>>) event.get("recipients"))
        .stream().map(r -> r.get("person") + ":" + r.get("reason")).toList();
  }

  @Test
  void the_substitute_of_an_absent_holder_gets_the_hop_acts_on_it_and_the_history_names_both() {
    principalIsAwayWithSubstitute("P-VC-GR", 0);
    String id = teachersProblem();

    as("verksamhetschef")
        .get("/api/requests/inbox")
        .then()
        .statusCode(200)
        .body("requests.items.id", hasItem(id));
    List<Map<String, Object>> events = eventsOf(id);
    assertThat(events).extracting(e -> e.get("type")).containsExactly("REQUEST_SUBMITTED");
    assertThat(recipients(events.get(0))).containsExactly("P-VC-GR:WAITS_ON_YOU");

    as("verksamhetschef")
        .contentType(ContentType.JSON)
        .body("{\"note\":\"Löst med extra resurs\"}")
        .post("/api/requests/" + id + "/resolve")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    JsonPath done = as("larare").get("/api/requests/" + id).then().extract().jsonPath();
    assertThat(done.getString("history[1].actor.id")).isEqualTo("P-VC-GR");
    assertThat(done.getString("history[1].onBehalfOf.id")).isEqualTo("P-REKTOR");
    assertThat(eventsOf(id)).extracting(e -> e.get("type")).contains("REQUEST_COMPLETED");
    assertThat(recipients(eventsOf(id).get(1))).contains("P-LARARE:FOR_YOUR_INFORMATION");
  }

  @Test
  void escalation_during_a_substitution_climbs_from_the_original_holders_position() {
    // The head of community planning stands in for the principal; escalation still goes to the
    // principal's superior, not the substitute's.
    principalIsAwayWithSubstitute("P-FC-SBF", 1);
    String id = teachersProblem();
    Instant due =
        Instant.parse(
            as("larare").get("/api/requests/" + id).then().extract().path("waiting.dueAt"));
    clock.setTo(due.plusSeconds(60));
    sweeper.sweep();
    as("larare")
        .get("/api/requests/" + id)
        .then()
        .body("waiting.position.id", equalTo("POS-BUF-GR-CH"));
    Map<String, Object> escalated =
        eventsOf(id).stream()
            .filter(e -> e.get("type").equals("REQUEST_ESCALATED"))
            .findFirst()
            .orElseThrow();
    assertThat(recipients(escalated)).containsExactly("P-VC-GR:ESCALATED_TO_YOU");
    assertThat(((Map<?, ?>) escalated.get("payload")).get("toPosition")).isEqualTo("POS-BUF-GR-CH");
  }

  @Test
  void after_the_substitution_ends_the_substitute_no_longer_acts_or_sees_new_work() {
    principalIsAwayWithSubstitute("P-FC-SBF", 2);
    clock.setTo(LocalDateTime.of(2027, 2, 1, 9, 0).atZone(SWEDEN).toInstant());
    String id = teachersProblem();
    as("fc-sbf").get("/api/requests/inbox").then().body("requests.items.id", not(hasItem(id)));
    as("fc-sbf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/resolve")
        .then()
        .statusCode(404);
    List<Map<String, Object>> events = eventsOf(id);
    assertThat(recipients(events.get(0))).containsExactly("P-REKTOR:WAITS_ON_YOU");
  }

  @Test
  void a_decision_notifies_the_requester_and_whoever_must_act_next() {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Besök\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);
    List<Map<String, Object>> events = eventsOf(id);
    assertThat(events)
        .extracting(e -> e.get("type"))
        .containsExactly("REQUEST_SUBMITTED", "REQUEST_DECIDED", "HOP_WAITING");
    assertThat(recipients(events.get(0))).containsExactly("P-FC-BUF:WAITS_ON_YOU");
    assertThat(recipients(events.get(1))).containsExactly("P-POL:DECISION_ON_YOUR_REQUEST");
    assertThat(recipients(events.get(2))).containsExactly("P-REKTOR:WAITS_ON_YOU");
  }

  /*
   * This test asserted that an acute matter informed the department head and KD when it was
   * submitted. Kungsör's text has the chain followed in order ("kontakt sker i en kedja till
   * närmaste chef"): at submission only the nearest manager is told, since it waits on them; the
   * level above is informed when a quick decision is taken (Allas ansvar), see
   * KungsorAcuteChainTest.
   */
  @Test
  void an_acute_matter_tells_only_the_nearest_manager_at_submission() {
    String id =
        as("medarbetare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"ACUTE_MATTER\",\"subject\":\"Brand\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<Map<String, Object>> events = eventsOf(id);
    assertThat(events).extracting(e -> e.get("type")).containsExactly("REQUEST_SUBMITTED");
    assertThat(recipients(events.get(0))).containsExactly("P-ENHETSCHEF:WAITS_ON_YOU");
  }

  @Test
  void the_feed_never_names_a_whistleblower_nor_carries_the_subject_of_the_report() {
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body(
                "{\"kind\":\"SUSPECTED_WRONGDOING\","
                    + "\"subject\":\"Jäv vid upphandling av skolskjuts\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> submitted = eventsOf(id).get(0);
    Map<?, ?> payload = (Map<?, ?>) submitted.get("payload");
    assertThat(payload.containsKey("requester")).isFalse();
    assertThat(payload.get("subject")).isEqualTo("Anmälan till visselblåsarfunktionen");
    assertThat(submitted.toString()).doesNotContain("P-LARARE").doesNotContain("skolskjuts");
    // The function handles it; the outcome does not name the reporter either.
    as("visselblasare")
        .contentType(ContentType.JSON)
        .body("{\"note\":\"Utreds\"}")
        .post("/api/requests/" + id + "/resolve")
        .then()
        .statusCode(200);
    assertThat(eventsOf(id).toString()).doesNotContain("P-LARARE").doesNotContain("skolskjuts");
  }
}
