package se.samspel.retention.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.retention.domain.RetentionRun;

/**
 * Applies every municipality's retention decision on a schedule ({@code
 * samspel.retention.interval}, hourly by default; {@code off} disables it on this instance), one
 * municipality after the other, each in its own scope, so that one municipality's decision never
 * culls another's data.
 */
@ApplicationScoped
public class RetentionSweeper {

  private final ApplyRetention apply;
  private final MunicipalityScope scope;

  public RetentionSweeper(ApplyRetention apply, MunicipalityScope scope) {
    this.apply = apply;
    this.scope = scope;
  }

  @Scheduled(
      every = "${samspel.retention.interval:1h}",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    // One municipality's failure is logged and the others go on (eachMunicipality); the next run
    // takes up what this one left.
    scope.eachMunicipality(municipality -> apply.applyNow());
  }

  /** Applies one municipality's decision now, never touching another's data. */
  public Optional<RetentionRun> applyIn(MunicipalityId municipality) {
    return scope.within(municipality, apply::applyNow);
  }
}
