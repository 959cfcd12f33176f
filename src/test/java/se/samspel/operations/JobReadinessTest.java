package se.samspel.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.notification.application.NotificationDispatcher;
import se.samspel.support.MovableClock;

/**
 * Readiness follows the sweeper and the notification dispatcher where they are enabled: DOWN once
 * one has not finished a run in three intervals (the clock is moved, nothing sleeps), UP again
 * after its next run, and UP while a run is still going on however long it takes.
 */
@QuarkusTest
@TestProfile(JobReadinessTest.JobsEnabled.class)
class JobReadinessTest {

  /**
   * Both jobs on, once an hour, as far as this instance's configuration (and so its readiness)
   * goes; the scheduler itself stays off, so that no background run races the test's moved clock:
   * the test runs the jobs itself, as the scheduler would.
   */
  public static class JobsEnabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // The profiled names: application.properties switches both off under %test, and a profiled
      // property wins over an unprofiled one from any source.
      return Map.of(
          "%test.samspel.sweeper.interval", "1h",
          "%test.samspel.notification.every", "1h",
          "quarkus.scheduler.enabled", "false");
    }
  }

  static final Duration THREE_HOURS = Duration.ofHours(3);

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;
  @Inject NotificationDispatcher dispatcher;

  @BeforeEach
  void bothJobsHaveJustRun() {
    sweeper.sweep();
    dispatcher.dispatchPending();
  }

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  @Test
  void ready_while_both_jobs_run_within_three_intervals() {
    clock.advance(THREE_HOURS.minusSeconds(60));
    ready().statusCode(200).body("status", equalTo("UP"));
    check(ready(), "escalation-sweeper", "UP");
    check(ready(), "notification-dispatcher", "UP");
  }

  @Test
  void not_ready_when_the_sweeper_has_not_run_in_three_intervals_until_it_runs_again() {
    clock.advance(THREE_HOURS.plusSeconds(60));
    ready().statusCode(503).body("status", equalTo("DOWN"));
    check(ready(), "escalation-sweeper", "DOWN");
    check(ready(), "notification-dispatcher", "DOWN");

    sweeper.sweep();
    check(ready(), "escalation-sweeper", "UP");
    ready().statusCode(503);
    dispatcher.dispatchPending();
    ready().statusCode(200).body("status", equalTo("UP"));
    // Liveness is not readiness: it never followed the jobs.
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void a_sweep_still_going_on_counts_as_alive() {
    sweeper
        .heartbeat()
        .beat(
            () -> {
              clock.advance(THREE_HOURS.multipliedBy(2));
              check(ready(), "escalation-sweeper", "UP");
              check(ready(), "notification-dispatcher", "DOWN");
              return null;
            });
  }

  private static ValidatableResponse ready() {
    return given().get("/q/health/ready").then();
  }

  private static void check(ValidatableResponse response, String name, String status) {
    response
        .body("checks.find { it.name == '" + name + "' }.status", equalTo(status))
        .body("checks.find { it.name == '" + name + "' }.data.enabled", equalTo(true));
  }
}
