package se.samspel.policy.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import se.samspel.municipality.application.MunicipalityGauges;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * The policy uploads' metric (README, "Metrics"): {@code samspel_policy_uploads_total} by
 * municipality and outcome, {@code stored} or {@code invalid} (refused with 422). The guidelines
 * shipped with Samspel, stored at start, are not uploads and are not counted.
 */
@ApplicationScoped
public class PolicyMetrics {

  static final String UPLOADS = "samspel_policy_uploads";

  private final MeterRegistry registry;

  public PolicyMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Counts nothing: for a catalogue built outside the application (unit tests). */
  static PolicyMetrics none() {
    return new PolicyMetrics(null);
  }

  void uploaded(MunicipalityId municipality, String outcome) {
    if (registry == null) {
      return;
    }
    Counter.builder(UPLOADS)
        .description("Policy documents uploaded, by outcome")
        .tag(MunicipalityGauges.TAG, municipality.value())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }
}
