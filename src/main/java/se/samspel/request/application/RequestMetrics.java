package se.samspel.request.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import se.samspel.common.persistence.AfterCommit;
import se.samspel.municipality.application.MunicipalityGauges;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.policy.domain.ContactKind;

/**
 * The submissions' metric (README, "Metrics"): {@code samspel_requests_submitted_total} by
 * municipality, contact kind and outcome, counted once the submission's transaction commits. The
 * labels are bounded (the kinds and outcomes are enums) and name no one.
 */
@ApplicationScoped
public class RequestMetrics {

  static final String SUBMITTED = "samspel_requests_submitted";

  private final MeterRegistry registry;
  private final AfterCommit afterCommit;
  private final MunicipalityScope scope;

  public RequestMetrics(MeterRegistry registry, AfterCommit afterCommit, MunicipalityScope scope) {
    this.registry = registry;
    this.afterCommit = afterCommit;
    this.scope = scope;
  }

  /**
   * A submission of the municipality in scope ended with this outcome: {@code submitted}, or why
   * nothing was stored ({@code free}, {@code direct}, {@code not_permitted}, {@code unresolvable},
   * {@code no_rule}).
   */
  void submitted(ContactKind kind, SubmitOutcome outcome) {
    Counter counter =
        Counter.builder(SUBMITTED)
            .description("Contact requests submitted, by contact kind and outcome")
            .tag(MunicipalityGauges.TAG, scope.current().value())
            .tag("kind", kind.name())
            .tag("outcome", outcomeName(outcome))
            .register(registry);
    afterCommit.run(counter::increment);
  }

  static String outcomeName(SubmitOutcome outcome) {
    if (outcome instanceof SubmitOutcome.Submitted) {
      return "submitted";
    }
    if (outcome instanceof SubmitOutcome.Free) {
      return "free";
    }
    if (outcome instanceof SubmitOutcome.Direct) {
      return "direct";
    }
    if (outcome instanceof SubmitOutcome.NotPermitted) {
      return "not_permitted";
    }
    if (outcome instanceof SubmitOutcome.Unresolvable) {
      return "unresolvable";
    }
    return "no_rule";
  }
}
