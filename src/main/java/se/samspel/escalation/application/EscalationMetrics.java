package se.samspel.escalation.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import se.samspel.common.metrics.MetricsConfig;
import se.samspel.common.persistence.AfterCommit;
import se.samspel.escalation.domain.EscalationQueries;
import se.samspel.escalation.domain.OpenWork;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityGauges;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityAdded;
import se.samspel.request.domain.ContactRequest.EscalationReason;

/**
 * The escalation's metrics (README, "Metrics"): escalations by reason and requests that reached the
 * top, counted when their transaction commits; the sweep's duration and the size of the batches it
 * claims; and, per municipality, the waiting, overdue and stuck requests now ({@link OpenWork},
 * counted in the database at most once per {@code samspel.metrics.database-figures-ttl}).
 */
@ApplicationScoped
public class EscalationMetrics {

  static final String ESCALATIONS = "samspel_escalations";
  static final String REACHED_TOP = "samspel_requests_reached_top";
  static final String SWEEP_DURATION = "samspel_sweep_duration";
  static final String SWEEP_BATCH = "samspel_sweep_batch_requests";

  private final MeterRegistry registry;
  private final AfterCommit afterCommit;
  private final MunicipalityScope scope;
  private final Timer sweepDuration;
  private final DistributionSummary batchSize;
  private final MunicipalityGauges<OpenWork> openWork;

  public EscalationMetrics(
      MeterRegistry registry,
      AfterCommit afterCommit,
      MunicipalityScope scope,
      Municipalities municipalities,
      EscalationQueries queries,
      MetricsConfig config,
      Clock clock) {
    this.registry = registry;
    this.afterCommit = afterCommit;
    this.scope = scope;
    // Micrometer appends the base unit: samspel_sweep_duration_seconds_{count,sum,max}.
    this.sweepDuration =
        Timer.builder(SWEEP_DURATION)
            .description("How long a sweep of every municipality's overdue requests took")
            .register(registry);
    this.batchSize =
        DistributionSummary.builder(SWEEP_BATCH)
            .description("How many overdue requests one transaction of the sweeper claimed")
            .register(registry);
    this.openWork =
        new MunicipalityGauges<OpenWork>(
                registry,
                municipalities,
                scope,
                config.databaseFiguresTtl(),
                () -> queries.openWork(clock.instant()))
            .gauge(
                "samspel_steps_waiting",
                "Open requests with a step waiting on someone",
                OpenWork::waiting)
            .gauge(
                "samspel_steps_overdue",
                "Waiting steps whose deadline has passed and that the sweeper has not escalated yet",
                OpenWork::overdue)
            .gauge(
                "samspel_requests_stuck_at_top",
                "Open requests stuck at the top of their chain, with no one above to escalate to",
                OpenWork::stuckAtTop);
  }

  void onStart(@Observes StartupEvent start) {
    openWork.register();
  }

  void onMunicipalityAdded(@Observes MunicipalityAdded added) {
    openWork.register();
  }

  /** A request climbed a level, for this reason; counted once its transaction commits. */
  void escalated(EscalationReason reason) {
    Counter counter =
        Counter.builder(ESCALATIONS)
            .description("Requests that climbed a level of their chain, by reason")
            .tag(MunicipalityGauges.TAG, scope.current().value())
            .tag("reason", reason.name().toLowerCase(Locale.ROOT))
            .register(registry);
    afterCommit.run(counter::increment);
  }

  /** A request reached the top of its chain; counted once its transaction commits. */
  void stuckAtTop() {
    Counter counter =
        Counter.builder(REACHED_TOP)
            .description("Requests that reached the top of their chain with no one above")
            .tag(MunicipalityGauges.TAG, scope.current().value())
            .register(registry);
    afterCommit.run(counter::increment);
  }

  /** Times one sweep of every municipality. */
  <T> T timeSweep(Supplier<T> sweep) {
    return sweepDuration.record(sweep);
  }

  /**
   * One transaction of the sweeper claimed this many overdue requests; the empty claim that ends
   * every sweep is not a batch and is left out.
   */
  void claimed(int requests) {
    if (requests > 0) {
      batchSize.record(requests);
    }
  }
}
