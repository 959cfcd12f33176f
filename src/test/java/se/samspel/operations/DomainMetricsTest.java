package se.samspel.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.application.RecordVerification;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.notification.application.NotificationDispatcher;
import se.samspel.notification.application.NotificationDispatcher.Outcome;
import se.samspel.support.Fixtures;
import se.samspel.support.ImportDocuments;
import se.samspel.support.Metrics;
import se.samspel.support.MovableClock;

/**
 * Samspel's own series at {@code /q/metrics} move by what happened: a request submitted and one
 * refused, its notification sent, its escalations by deadline and by hand up to the top, the
 * record's verification, an import and policy uploads. Each figure is compared before and after the
 * step, or with what the step itself reports (the sweeper's count, the dispatcher's outcomes).
 */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class DomainMetricsTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final String MALARVIK = "9901";

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;
  @Inject NotificationDispatcher dispatcher;
  @Inject RecordVerification verification;

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(LocalDateTime.of(2026, 11, 24, 9, 0).atZone(SWEDEN).toInstant());
  }

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  @Test
  void the_standard_http_jvm_pool_and_hibernate_series_are_published() {
    as("larare").get("/api/me").then().statusCode(200);
    Metrics metrics = Metrics.scrape();
    assertThat(metrics.has("http_server_requests_seconds_count")).isTrue();
    assertThat(metrics.has("jvm_memory_used_bytes")).isTrue();
    assertThat(metrics.has("agroal_active_count")).isTrue();
    assertThat(metrics.samples()).anyMatch(s -> s.name().startsWith("hibernate_"));
  }

  @Test
  void a_request_is_counted_by_kind_and_outcome_and_its_step_waits_until_it_climbs_to_the_top() {
    Metrics before = Metrics.scrape();
    String id = submit("larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Arbetsmiljön\"}");
    // Refused: a politician may not steer an individual case (a deviation is recorded).
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"STEER_INDIVIDUAL_CASE\","
                + "\"subject\":\"x\"}")
        .post("/api/requests")
        .then()
        .statusCode(422);
    // Bad input is no submission.
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/requests")
        .then()
        .statusCode(400);

    Metrics submitted = Metrics.scrape();
    assertThat(
            delta(before, submitted, "samspel_requests_submitted_total", "kind", "STAFF_PROBLEM"))
        .isEqualTo(1);
    assertThat(
            delta(
                before,
                submitted,
                "samspel_requests_submitted_total",
                "kind",
                "STEER_INDIVIDUAL_CASE",
                "outcome",
                "not_permitted"))
        .isEqualTo(1);
    assertThat(delta(before, submitted, "samspel_requests_submitted_total", "kind", "DIALOGUE"))
        .isZero();
    assertThat(delta(before, submitted, "samspel_steps_waiting")).isEqualTo(1);
    assertThat(delta(before, submitted, "samspel_steps_overdue")).isZero();
    assertThat(delta(before, submitted, "samspel_record_entries")).isEqualTo(1);
    // The principal is to be told that the problem waits on them.
    assertThat(delta(before, submitted, "samspel_notifications_pending")).isEqualTo(1);

    // An hour later the notification has waited an hour; then the dispatcher sends it.
    clock.advance(Duration.ofHours(1));
    Metrics anHourLater = Metrics.scrape();
    assertThat(value(anHourLater, "samspel_notifications_oldest_pending_age_seconds"))
        .isGreaterThanOrEqualTo(3600);
    List<Outcome> outcomes = dispatcher.dispatchPending();
    Metrics dispatched = Metrics.scrape();
    long sent = outcomes.stream().filter(o -> o == Outcome.SENT).count();
    long undeliverable = outcomes.stream().filter(o -> o == Outcome.UNDELIVERABLE).count();
    assertThat(sent).isPositive();
    assertThat(delta(anHourLater, dispatched, "samspel_notifications_total", "outcome", "sent"))
        .isEqualTo(sent);
    assertThat(
            delta(
                anHourLater, dispatched, "samspel_notifications_total", "outcome", "undeliverable"))
        .isEqualTo(undeliverable);
    assertThat(value(dispatched, "samspel_notifications_pending"))
        .isEqualTo(value(anHourLater, "samspel_notifications_pending") - sent - undeliverable);
    assertThat(value(dispatched, "samspel_notifications_oldest_pending_age_seconds")).isZero();

    // The deadline passes: the step is overdue until the sweeper escalates it.
    clock.setTo(dueAt(id).plusSeconds(60));
    Metrics overdue = Metrics.scrape();
    assertThat(value(overdue, "samspel_steps_overdue")).isGreaterThanOrEqualTo(1);
    int escalated = sweeper.sweep();
    Metrics swept = Metrics.scrape();
    assertThat(escalated).isEqualTo((int) value(overdue, "samspel_steps_overdue"));
    assertThat(
            delta(overdue, swept, "samspel_escalations_total", "reason", "deadline_passed")
                + delta(overdue, swept, "samspel_requests_reached_top_total"))
        .isEqualTo(escalated);
    assertThat(value(swept, "samspel_steps_overdue")).isZero();
    // The sweep's own series are the deployment's, not a municipality's.
    assertThat(deployment(overdue, swept, "samspel_sweep_batch_requests_sum")).isEqualTo(escalated);
    assertThat(deployment(overdue, swept, "samspel_sweep_batch_requests_count")).isEqualTo(1);
    assertThat(deployment(overdue, swept, "samspel_sweep_duration_seconds_count")).isEqualTo(1);
    assertThat(delta(overdue, swept, "samspel_steps_waiting")).isZero();

    // Its holder now (the head of schools) escalates it by hand.
    as("verksamhetschef")
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"Kräver beslut om resurser\"}")
        .post("/api/requests/" + id + "/escalate")
        .then()
        .statusCode(200);
    Metrics byHand = Metrics.scrape();
    assertThat(delta(swept, byHand, "samspel_escalations_total", "reason", "by_hand")).isEqualTo(1);
    assertThat(delta(swept, byHand, "samspel_escalations_total", "reason", "deadline_passed"))
        .isZero();

    // Up to KD, and stuck there: no one above.
    while (dueAtOrNull(id) != null) {
      clock.setTo(dueAt(id).plusSeconds(60));
      sweeper.sweep();
    }
    Metrics atTop = Metrics.scrape();
    assertThat(delta(byHand, atTop, "samspel_requests_reached_top_total")).isEqualTo(1);
    assertThat(delta(byHand, atTop, "samspel_requests_stuck_at_top")).isEqualTo(1);
    assertThat(delta(before, atTop, "samspel_steps_waiting")).isEqualTo(1);
  }

  @Test
  void the_last_verification_of_the_record_is_published_with_its_time() {
    verification.verifyAll();
    Metrics verified = Metrics.scrape();
    assertThat(value(verified, "samspel_record_chain_intact")).isEqualTo(1);
    assertThat(value(verified, "samspel_record_last_verification_timestamp_seconds"))
        .isCloseTo(clock.instant().getEpochSecond(), within(1.0));
    assertThat(verified.value("samspel_record_verification_duration_seconds_count"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void imports_and_policy_uploads_are_counted_by_outcome() throws Exception {
    Metrics before = Metrics.scrape();
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(ImportDocuments.demo()))
        .post("/api/organisation/import")
        .then()
        .statusCode(200);
    // Invalid: neither an import nor a stored policy.
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"units\":[],\"positions\":[],\"people\":[]}")
        .post("/api/organisation/import")
        .then()
        .statusCode(422);
    ObjectNode policy =
        (ObjectNode) new ObjectMapper().readTree(Fixtures.resource("policies/alingsas-2022.json"));
    policy.put("key", "metrik");
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(policy.toString())
        .post("/api/policies")
        .then()
        .statusCode(201);
    policy.remove("rules");
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(policy.toString())
        .post("/api/policies")
        .then()
        .statusCode(422);
    // Forbidden callers change nothing.
    as("larare")
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(ImportDocuments.demo()))
        .post("/api/organisation/import")
        .then()
        .statusCode(403);

    Metrics after = Metrics.scrape();
    assertThat(delta(before, after, "samspel_imports_total", "outcome", "imported")).isEqualTo(1);
    assertThat(delta(before, after, "samspel_imports_total", "outcome", "refused_lock_out"))
        .isZero();
    assertThat(delta(before, after, "samspel_policy_uploads_total", "outcome", "stored"))
        .isEqualTo(1);
    assertThat(delta(before, after, "samspel_policy_uploads_total", "outcome", "invalid"))
        .isEqualTo(1);
  }

  @Test
  void no_label_names_a_person_or_a_subject() {
    String id = submit("larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Hemligt ämne Q7\"}");
    as("larare").get("/api/requests/" + id).then().statusCode(200);
    as("larare").get("/no-such-page-x9").then().statusCode(404);
    dispatcher.dispatchPending();
    Metrics metrics = Metrics.scrape();
    // The HTTP series name the URI template, never the request's id, nor an address that is none.
    assertThat(metrics.text())
        .contains("/api/requests/{id}")
        .doesNotContain(id)
        .doesNotContain("no-such-page-x9");
    List<String> samspelLabels =
        metrics.samples().stream()
            .filter(s -> s.name().startsWith("samspel_"))
            .flatMap(s -> s.labels().keySet().stream())
            .distinct()
            .toList();
    assertThat(samspelLabels)
        .isNotEmpty()
        .isSubsetOf("municipality", "kind", "outcome", "reason", "quantile");
    assertThat(metrics.text()).doesNotContain("Hemligt ämne Q7", "P-LARARE", "larare@");
    assertThat(metrics.samples().stream().filter(s -> s.name().startsWith("samspel_")))
        .allSatisfy(s -> assertThat(s.labels().get("municipality")).isIn(null, MALARVIK));
  }

  @Test
  void every_series_the_example_alert_rules_name_is_published() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("### Example alert rules");
    assertThat(section).as("the README's alert rules").isPositive();
    int start = readme.indexOf("```yaml", section);
    String rules = readme.substring(start, readme.indexOf("```", start + 7));
    verification.verifyAll();
    Metrics metrics = Metrics.scrape();
    Matcher names = Pattern.compile("samspel_[a-z_]+").matcher(rules);
    List<String> named = new ArrayList<>();
    while (names.find()) {
      named.add(names.group());
    }
    assertThat(named).hasSizeGreaterThanOrEqualTo(5);
    assertThat(named).allSatisfy(name -> assertThat(metrics.has(name)).as(name).isTrue());
  }

  private static String submit(String login, String body) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static Instant dueAt(String id) {
    return Instant.parse(dueAtOrNull(id));
  }

  private static String dueAtOrNull(String id) {
    return as("larare")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("waiting.dueAt");
  }

  private static double value(Metrics metrics, String name, String... labels) {
    return metrics.value(name, with(labels));
  }

  private static double delta(Metrics before, Metrics after, String name, String... labels) {
    return after.value(name, with(labels)) - before.value(name, with(labels));
  }

  /** The change of a series that no municipality labels. */
  private static double deployment(Metrics before, Metrics after, String name) {
    return after.value(name) - before.value(name);
  }

  /** Every series here is about Mälarvik, the test application's one municipality. */
  private static String[] with(String... labels) {
    String[] all = new String[labels.length + 2];
    all[0] = "municipality";
    all[1] = MALARVIK;
    System.arraycopy(labels, 0, all, 2, labels.length);
    return all;
  }
}
