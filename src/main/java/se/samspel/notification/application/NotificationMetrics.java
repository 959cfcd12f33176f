package se.samspel.notification.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Locale;
import se.samspel.common.metrics.MetricsConfig;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityGauges;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityAdded;
import se.samspel.notification.application.NotificationDispatcher.Outcome;
import se.samspel.notification.domain.Backlog;
import se.samspel.notification.domain.NotificationStore;

/**
 * The notifications' metrics (README, "Metrics"): what became of each handled notification (sent,
 * undeliverable, failed: the mail server refused), and per municipality the pending ones and the
 * age of the oldest ({@link Backlog}, counted in the database at most once per {@code
 * samspel.metrics.database-figures-ttl}): the outbox's lag.
 */
@ApplicationScoped
public class NotificationMetrics {

  static final String NOTIFICATIONS = "samspel_notifications";

  private final MeterRegistry registry;
  private final MunicipalityScope scope;
  private final MunicipalityGauges<Backlog> backlog;

  public NotificationMetrics(
      MeterRegistry registry,
      MunicipalityScope scope,
      Municipalities municipalities,
      NotificationStore store,
      MetricsConfig config,
      Clock clock) {
    this.registry = registry;
    this.scope = scope;
    this.backlog =
        new MunicipalityGauges<Backlog>(
                registry, municipalities, scope, config.databaseFiguresTtl(), store::backlog)
            .gauge(
                "samspel_notifications_pending",
                "Notifications of outbox events not yet sent, undeliverable or given up",
                Backlog::pending)
            .gauge(
                "samspel_notifications_oldest_pending_age_seconds",
                "How long the oldest pending notification has waited since its event was recorded"
                    + " (0 when none waits)",
                b -> b.oldestAge(clock.instant()).toMillis() / 1000.0);
  }

  void onStart(@Observes StartupEvent start) {
    backlog.register();
  }

  void onMunicipalityAdded(@Observes MunicipalityAdded added) {
    backlog.register();
  }

  /**
   * One notification of the municipality in scope was handled; its transaction has committed. A
   * notification another dispatcher held ({@code SKIPPED}) is not counted.
   */
  void handled(Outcome outcome) {
    if (outcome == Outcome.SKIPPED) {
      return;
    }
    Counter.builder(NOTIFICATIONS)
        .description("Notifications handled by the dispatcher, by outcome")
        .tag(MunicipalityGauges.TAG, scope.current().value())
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }
}
