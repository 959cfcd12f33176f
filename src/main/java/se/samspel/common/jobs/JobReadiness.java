package se.samspel.common.jobs;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The readiness of an instance as far as one of its scheduled jobs goes: DOWN when the job is
 * enabled on this instance and has not finished a run within {@value Heartbeat#TOLERANCE} intervals
 * (a run going on counts as alive); UP when it has, or when the job is off here ({@code off}: the
 * instance does not promise to run it). An instance whose scheduler stopped then leaves the load
 * balancer rather than keep answering while overdue requests stay where they are or mails are not
 * sent; nothing restarts it by itself (liveness stays UP), which is what the alert on readiness is
 * for (README, "Health checks").
 */
public final class JobReadiness {

  private JobReadiness() {}

  /**
   * The health check response for a job.
   *
   * @param name the check's name, e.g. {@code escalation-sweeper}
   * @param interval the job's configured interval ({@link JobInterval}); empty when off
   */
  public static HealthCheckResponse of(String name, Optional<Duration> interval, Heartbeat beat) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
    if (interval.isEmpty()) {
      return response.up().withData("enabled", false).build();
    }
    response
        .withData("enabled", true)
        .withData("interval", interval.get().toString())
        .withData("running", beat.running())
        .withData("lastFinished", beat.lastFinish().map(Object::toString).orElse("never"));
    return response.status(beat.isAlive(interval.get())).build();
  }
}
