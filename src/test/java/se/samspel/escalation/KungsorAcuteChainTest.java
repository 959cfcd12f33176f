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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * Kungsör, <i>Kommunikation i akuta frågor</i>: "Kommunikationen ska i akuta frågor i största
 * möjliga mån följa den ordinarie vägen, det vill säga kontakt sker i en kedja till närmaste chef.
 * Medarbetare kontaktar enhetschef som kontaktar förvaltningschef som kontaktar kommundirektör och
 * tvärtom om detta är nödvändigt och man inte lyckas lösa frågor direkt. Detta skall ske i dialog
 * med politiken genom KSO/ordföranden vid strategiska frågor." And <i>Allas ansvar tillsammans är
 * att</i>: "Respektera våra olika uppdrag och hierarkin men ha förståelse för att det kan uppkomma
 * akuta situationer som kräver snabba beslut. Då ska berörd ansvarig informeras utan dröjsmål."
 *
 * <p>In the demo organisation an assistant nurse at Hemtjänst Norr (login {@code medarbetare})
 * reports to the unit manager (POS-SOF-AO-EC-1, {@code enhetschef}), who reports to the head of
 * elderly care (POS-SOF-AO-CH), who reports to the head of social services (POS-FC-SOF; both held
 * by the acting head, {@code tf-fc-sof}), who reports to KD.
 */
@QuarkusTest
class KungsorAcuteChainTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  static final String ACUTE =
      "{\"kind\":\"ACUTE_MATTER\"," + "\"subject\":\"Vattenläcka i Hemtjänst Norrs lokaler\"}";

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  @BeforeEach
  void aWednesdayMorning() {
    clock.setTo(LocalDateTime.of(2026, 11, 25, 8, 0).atZone(SWEDEN).toInstant());
  }

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  @Test
  @DisplayName(
      "KUN-ACUTE: 'kontakt sker i en kedja till närmaste chef' – at submission it waits on the"
          + " unit manager and informs no one above")
  void submission_informs_no_one_above_the_nearest_manager() {
    String id = submit(ACUTE);
    JsonPath acute = read("medarbetare", id);
    assertThat(acute.getString("rule.id")).isEqualTo("KUN-ACUTE");
    assertThat(acute.getList("hops.position.id")).containsExactly("POS-SOF-AO-EC-1");
    assertThat(acute.getString("waiting.position.id")).isEqualTo("POS-SOF-AO-EC-1");
    List<Map<String, Object>> events = eventsOf(id);
    assertThat(events).extracting(e -> e.get("type")).containsExactly("REQUEST_SUBMITTED");
    assertThat(recipients(events.get(0))).containsExactly("P-ENHETSCHEF:WAITS_ON_YOU");
    as("tf-fc-sof").get("/api/requests/inbox").then().body("requests.items.id", not(hasItem(id)));
    as("kd").get("/api/requests/inbox").then().body("requests.items.id", not(hasItem(id)));
  }

  @Test
  @DisplayName(
      "KUN-ACUTE: 'Medarbetare kontaktar enhetschef som kontaktar förvaltningschef som kontaktar"
          + " kommundirektör … om … man inte lyckas lösa frågor direkt' – each 4-hour deadline"
          + " climbs one level")
  void each_passed_deadline_climbs_one_level_of_the_chain_up_to_kd() {
    String id = submit(ACUTE);
    Instant submitted = clock.instant();
    List<String> reached = new ArrayList<>();
    for (String next : List.of("POS-SOF-AO-CH", "POS-FC-SOF", "POS-KD")) {
      Instant due = Instant.parse(read("medarbetare", id).getString("waiting.dueAt"));
      // Four hours at each level, on the clock.
      assertThat(Duration.between(submitted, due))
          .isEqualTo(Duration.ofHours(4L * (reached.size() + 1)));
      // A minute before the deadline nothing has climbed: the level above is reached only when
      // the one below did not act.
      clock.setTo(due.minusSeconds(60));
      sweeper.sweep();
      assertThat(read("medarbetare", id).getString("waiting.position.id"))
          .isEqualTo(reached.isEmpty() ? "POS-SOF-AO-EC-1" : reached.get(reached.size() - 1));
      clock.setTo(due);
      sweeper.sweep();
      JsonPath now = read("medarbetare", id);
      assertThat(now.getString("waiting.position.id")).isEqualTo(next);
      reached.add(next);
      submitted = due.minus(Duration.ofHours(4L * reached.size()));
    }
    JsonPath atKd = read("medarbetare", id);
    assertThat(atKd.getList("history.event"))
        .containsExactly("SUBMITTED", "ESCALATED", "ESCALATED", "ESCALATED");
    assertThat(atKd.getString("history[1].note"))
        .isEqualTo("POS-SOF-AO-EC-1 → POS-SOF-AO-CH (deadline passed; rule KUN-ACUTE)");
    assertThat(atKd.getString("history[2].note"))
        .isEqualTo("POS-SOF-AO-CH → POS-FC-SOF (deadline passed; rule KUN-ACUTE)");
    assertThat(atKd.getString("history[3].note"))
        .isEqualTo("POS-FC-SOF → POS-KD (deadline passed; rule KUN-ACUTE)");
    // Each level was told when the matter reached it, and only then.
    assertThat(eventsOf(id))
        .filteredOn(e -> "REQUEST_ESCALATED".equals(e.get("type")))
        .extracting(e -> recipients(e))
        .containsExactly(
            List.of("P-TF-FC-SOF:ESCALATED_TO_YOU"),
            List.of("P-TF-FC-SOF:ESCALATED_TO_YOU"),
            List.of("P-KD:ESCALATED_TO_YOU"));
    as("kd").get("/api/requests/inbox").then().body("requests.items.id", hasItem(id));
  }

  @Test
  @DisplayName(
      "KUN-ACUTE: 'och tvärtom om detta är nödvändigt och man inte lyckas lösa frågor direkt' –"
          + " by hand, each holder who cannot solve it passes it one level up")
  void a_holder_who_cannot_solve_it_passes_it_up_by_hand_one_level_at_a_time() {
    String id = submit(ACUTE);
    // The requester is not the holder: they cannot push it up the chain themselves.
    escalate("medarbetare", id).then().statusCode(403);
    escalate("enhetschef", id).then().statusCode(200).body("waitingOn", equalTo("POS-SOF-AO-CH"));
    escalate("enhetschef", id).then().statusCode(403);
    escalate("tf-fc-sof", id).then().statusCode(200).body("waitingOn", equalTo("POS-FC-SOF"));
    escalate("tf-fc-sof", id).then().statusCode(200).body("waitingOn", equalTo("POS-KD"));
    escalate("kd", id).then().statusCode(200).body("stuckAtTop", equalTo(true));
  }

  @Test
  @DisplayName(
      "KUN-ACUTE-STRATEGIC: 'Detta skall ske i dialog med politiken genom KSO/ordföranden vid"
          + " strategiska frågor' – the chair and the KSO are informed, the chain is not")
  void a_strategic_acute_matter_informs_the_chair_and_the_kso_but_not_the_chain() {
    String id =
        submit(
            "{\"kind\":\"ACUTE_MATTER\","
                + "\"strategic\":true,\"subject\":\"Evakuering av Hemtjänst Norr\"}");
    JsonPath acute = read("medarbetare", id);
    assertThat(acute.getString("rule.id")).isEqualTo("KUN-ACUTE-STRATEGIC");
    assertThat(acute.getList("hops.position.id"))
        .containsExactly("POS-SOF-AO-EC-1", "POS-SN-ORF", "POS-KSO");
    Map<String, Object> informed =
        eventsOf(id).stream()
            .filter(e -> "ACUTE_INFORMATION".equals(e.get("type")))
            .findFirst()
            .orElseThrow();
    assertThat(recipients(informed))
        .containsExactly("P-SN-ORF:ACUTE_INFORMATION", "P-KSO:ACUTE_INFORMATION");
    // The strategic one climbs the same chain.
    Instant due = Instant.parse(acute.getString("waiting.dueAt"));
    clock.setTo(due);
    sweeper.sweep();
    assertThat(read("medarbetare", id).getString("waiting.position.id")).isEqualTo("POS-SOF-AO-CH");
  }

  @Test
  @DisplayName(
      "Allas ansvar: 'akuta situationer som kräver snabba beslut. Då ska berörd ansvarig"
          + " informeras utan dröjsmål.' – the unit manager's quick decision informs the next"
          + " level at once")
  void a_quick_decision_settles_the_matter_and_informs_the_next_level_at_once() {
    String id = submit(ACUTE);
    String etag = as("enhetschef").get("/api/requests/" + id).then().extract().header("ETag");
    ExtractableResponse<Response> settled =
        quickDecision(
                "enhetschef",
                id,
                "{\"note\":\"Vattnet avstängt, personalen flyttar till Solgården i dag\",\"version\":"
                    + etag.replace("\"", "")
                    + "}")
            .then()
            .statusCode(200)
            .body("status", equalTo("COMPLETED"))
            .extract();
    assertThat(settled.header("ETag")).isNotEqualTo(etag);
    JsonPath after = read("medarbetare", id);
    assertThat(after.getList("history.event")).containsExactly("SUBMITTED", "QUICK_DECISION_TAKEN");
    assertThat(after.getString("history[1].actor.id")).isEqualTo("P-ENHETSCHEF");
    assertThat(after.getString("history[1].note"))
        .isEqualTo(
            "Vattnet avstängt, personalen flyttar till Solgården i dag (informed POS-SOF-AO-CH)");
    // The level informed joins the request as an informed step, so it can read what was decided.
    assertThat(after.getList("hops.state")).containsExactly("DONE", "INFORMED");
    assertThat(read("tf-fc-sof", id).getString("hops[0].note"))
        .isEqualTo("Vattnet avstängt, personalen flyttar till Solgården i dag");

    List<Map<String, Object>> events = eventsOf(id);
    Map<String, Object> quick =
        events.stream()
            .filter(e -> "QUICK_DECISION_TAKEN".equals(e.get("type")))
            .findFirst()
            .orElseThrow();
    // The head of elderly care, the unit manager's own manager, is told at once.
    assertThat(recipients(quick)).containsExactly("P-TF-FC-SOF:ACUTE_INFORMATION");
    @SuppressWarnings("unchecked")
    Map<String, Object> payload = (Map<String, Object>) quick.get("payload");
    assertThat(payload)
        .containsEntry("informedPosition", "POS-SOF-AO-CH")
        .containsEntry("decidedAt", "POS-SOF-AO-EC-1")
        .containsEntry("by", "P-ENHETSCHEF");
    // The requester learns the matter is settled.
    assertThat(events)
        .filteredOn(e -> "REQUEST_COMPLETED".equals(e.get("type")))
        .singleElement()
        .satisfies(e -> assertThat(recipients(e)).contains("P-USK:FOR_YOUR_INFORMATION"));
    // Nothing is left to escalate.
    clock.advance(Duration.ofHours(5));
    sweeper.sweep();
    assertThat(read("medarbetare", id).getList("history.event")).hasSize(2);
    // Settled is closed: a second quick decision is an invalid transition.
    quickDecision("enhetschef", id, "{\"note\":\"igen\"}")
        .then()
        .statusCode(409)
        .body("code", equalTo("invalid-transition"));
  }

  @Test
  @DisplayName(
      "Allas ansvar: 'Då ska berörd ansvarig informeras utan dröjsmål' – a quick decision taken"
          + " where the matter climbed to informs the level above that one")
  void a_quick_decision_at_the_department_head_informs_kd() {
    String id = submit(ACUTE);
    escalate("enhetschef", id).then().statusCode(200);
    escalate("tf-fc-sof", id).then().statusCode(200).body("waitingOn", equalTo("POS-FC-SOF"));
    quickDecision("tf-fc-sof", id, "{\"note\":\"Extra personal inkallad\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    Map<String, Object> quick =
        eventsOf(id).stream()
            .filter(e -> "QUICK_DECISION_TAKEN".equals(e.get("type")))
            .findFirst()
            .orElseThrow();
    assertThat(recipients(quick)).containsExactly("P-KD:ACUTE_INFORMATION");
    assertThat(read("medarbetare", id).getString("history[3].note"))
        .isEqualTo("Extra personal inkallad (informed POS-KD)");
    assertThat(read("kd", id).getString("status")).isEqualTo("COMPLETED");
  }

  @Test
  @DisplayName(
      "Allas ansvar: the level informed is never the decider – the head of elderly care, acting"
          + " department head, deciding as head of elderly care informs KD, not themself")
  void a_quick_decision_never_informs_the_one_who_took_it() {
    String id = submit(ACUTE);
    escalate("enhetschef", id).then().statusCode(200).body("waitingOn", equalTo("POS-SOF-AO-CH"));
    quickDecision("tf-fc-sof", id, "{\"note\":\"Boendet stängt i natt\"}").then().statusCode(200);
    Map<String, Object> quick =
        eventsOf(id).stream()
            .filter(e -> "QUICK_DECISION_TAKEN".equals(e.get("type")))
            .findFirst()
            .orElseThrow();
    // POS-FC-SOF is held (t.f.) by the same person: the next level that is someone else is KD.
    assertThat(recipients(quick)).containsExactly("P-KD:ACUTE_INFORMATION");
    assertThat(read("kd", id).getString("status")).isEqualTo("COMPLETED");
  }

  @Test
  @DisplayName(
      "Quick decision: only whoever may act on the waiting step; others on the route 403, anyone"
          + " else 404")
  void only_whoever_acts_on_the_waiting_step_may_take_a_quick_decision() {
    String id = submit(ACUTE);
    String note = "{\"note\":\"Beslut\"}";
    // The requester takes part but does not hold the step.
    quickDecision("medarbetare", id, note).then().statusCode(403);
    // Someone with no part in it does not learn it exists.
    quickDecision("larare", id, note).then().statusCode(404);
    quickDecision("enhetschef", "not-an-id", note).then().statusCode(404);
    // Once it has climbed, the unit manager no longer holds the step.
    escalate("enhetschef", id).then().statusCode(200);
    quickDecision("enhetschef", id, note).then().statusCode(403);
    assertThat(read("medarbetare", id).getString("status")).isEqualTo("AWAITING_ACTION");
  }

  @Test
  @DisplayName("Quick decision: a note is required and bounded; a stale version is refused")
  void a_quick_decision_needs_a_note_and_the_current_version() {
    String id = submit(ACUTE);
    quickDecision("enhetschef", id, "{}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("note"));
    quickDecision("enhetschef", id, "{\"note\":\"   \"}").then().statusCode(400);
    quickDecision("enhetschef", id, "{\"note\":\"" + "x".repeat(2001) + "\"}")
        .then()
        .statusCode(400);
    quickDecision("enhetschef", id, "{\"note\":\"Beslut\",\"version\":99}")
        .then()
        .statusCode(409)
        .body("code", equalTo("stale-version"));
    assertThat(read("medarbetare", id).getString("status")).isEqualTo("AWAITING_ACTION");
  }

  @Test
  @DisplayName(
      "KUN-STAFF-PROBLEM has no quickDecision: a quick decision is refused with"
          + " quick-decision-not-in-guideline")
  void a_request_whose_rule_allows_no_quick_decision_is_refused() {
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\"," + "\"subject\":\"Arbetsmiljön\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    quickDecision("rektor", id, "{\"note\":\"Beslut\"}")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("quick-decision-not-in-guideline"));
    assertThat(read("larare", id).getString("status")).isEqualTo("AWAITING_ACTION");
  }

  @Test
  @DisplayName("The policy API shows each acute rule's quickDecision with its quote")
  void the_policy_view_shows_the_quick_decision_clause_with_its_quote() {
    JsonPath policy =
        as("medarbetare").get("/api/policies/active").then().statusCode(200).extract().jsonPath();
    assertThat(policy.getString("rules.find { it.id == 'KUN-ACUTE' }.quickDecision.informs"))
        .isEqualTo("NEAREST_MANAGER");
    assertThat(
            policy.getString(
                "rules.find { it.id == 'KUN-ACUTE-STRATEGIC' }.quickDecision.source.section"))
        .isEqualTo("Allas ansvar tillsammans är att");
    assertThat(policy.getString("rules.find { it.id == 'KUN-ACUTE' }.quickDecision.source.quote"))
        .endsWith("Då ska berörd ansvarig informeras utan dröjsmål.");
    assertThat(policy.getString("rules.find { it.id == 'KUN-STAFF-PROBLEM' }.quickDecision"))
        .isNull();
  }

  // ---- helpers ----

  static String submit(String body) {
    return as("medarbetare")
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static JsonPath read(String login, String id) {
    return as(login).get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
  }

  static Response escalate(String login, String id) {
    return as(login)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"Kan inte lösas på min nivå\"}")
        .post("/api/requests/" + id + "/escalate");
  }

  static Response quickDecision(String login, String id, String body) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests/" + id + "/quick-decision");
  }

  static List<Map<String, Object>> eventsOf(String requestId) {
    List<Map<String, Object>> mine = new ArrayList<>();
    long after = 0;
    while (true) {
      JsonPath page =
          given()
              .auth()
              .oauth2(Tokens.integration("intranet"))
              .queryParam("after", after)
              .queryParam("limit", 500)
              .get("/api/events")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> events = page.getList("events");
      for (Map<String, Object> e : events) {
        if (requestId.equals(e.get("aggregateId"))) {
          mine.add(e);
        }
      }
      if (events.isEmpty()) {
        return mine;
      }
      after = page.getLong("next");
    }
  }

  @SuppressWarnings("unchecked")
  static List<String> recipients(Map<String, Object> event) {
    return ((List<Map<String, Object>>) event.get("recipients"))
        .stream().map(r -> r.get("person") + ":" + r.get("reason")).toList();
  }
}
