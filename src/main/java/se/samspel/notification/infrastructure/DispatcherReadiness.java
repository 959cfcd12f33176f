package se.samspel.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.samspel.common.jobs.JobInterval;
import se.samspel.common.jobs.JobReadiness;
import se.samspel.notification.application.NotificationConfig;
import se.samspel.notification.application.NotificationDispatcher;

/**
 * Readiness {@code notification-dispatcher}: DOWN when the outbox's dispatcher is enabled on this
 * instance ({@code samspel.notification.every} is not {@code off}) and has not finished a run
 * within three intervals; a run going on counts as alive ({@link JobReadiness}).
 */
@Readiness
@ApplicationScoped
public class DispatcherReadiness implements HealthCheck {

  private final NotificationDispatcher dispatcher;
  private final Optional<Duration> interval;

  public DispatcherReadiness(NotificationDispatcher dispatcher, NotificationConfig config) {
    this.dispatcher = dispatcher;
    this.interval = JobInterval.parse(config.every());
  }

  @Override
  public HealthCheckResponse call() {
    return JobReadiness.of("notification-dispatcher", interval, dispatcher.heartbeat());
  }
}
