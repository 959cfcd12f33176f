package se.samspel.organisation.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import se.samspel.municipality.application.MunicipalityGauges;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.organisation.domain.OrganisationImportRefused;
import se.samspel.organisation.domain.OrganisationImported;

/**
 * The organisation import's metric (README, "Metrics"): {@code samspel_imports_total} by
 * municipality and outcome, {@code imported} or {@code refused_lock_out}, counted from the events
 * the audit trail keeps once their transaction has committed. Invalid uploads (422) are not
 * imports; the HTTP metrics count them by status.
 */
@ApplicationScoped
public class ImportMetrics {

  static final String IMPORTS = "samspel_imports";

  private final MeterRegistry registry;
  private final MunicipalityScope scope;

  public ImportMetrics(MeterRegistry registry, MunicipalityScope scope) {
    this.registry = registry;
    this.scope = scope;
  }

  void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationImported event) {
    count("imported");
  }

  void refused(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationImportRefused event) {
    count("refused_lock_out");
  }

  private void count(String outcome) {
    Counter.builder(IMPORTS)
        .description("Organisation imports, by outcome (the demo organisation's at start included)")
        .tag(MunicipalityGauges.TAG, scope.current().value())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }
}
