package se.samspel.escalation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.samspel.common.jobs.JobInterval;
import se.samspel.common.jobs.JobReadiness;
import se.samspel.escalation.application.EscalationSweeper;

/**
 * Readiness {@code escalation-sweeper}: DOWN when the sweeper is enabled on this instance ({@code
 * samspel.sweeper.interval} is not {@code off}) and has not finished a sweep within three
 * intervals; a sweep going on counts as alive ({@link JobReadiness}).
 */
@Readiness
@ApplicationScoped
public class SweeperReadiness implements HealthCheck {

  private final EscalationSweeper sweeper;
  private final Optional<Duration> interval;

  public SweeperReadiness(
      EscalationSweeper sweeper,
      @ConfigProperty(name = "samspel.sweeper.interval", defaultValue = "30s") String interval) {
    this.sweeper = sweeper;
    this.interval = JobInterval.parse(interval);
  }

  @Override
  public HealthCheckResponse call() {
    return JobReadiness.of("escalation-sweeper", interval, sweeper.heartbeat());
  }
}
