package se.samspel.substitution.application;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.application.PerMunicipality;
import se.samspel.municipality.domain.MunicipalityAdded;
import se.samspel.substitution.domain.SubstitutionRoster;
import se.samspel.substitution.domain.SubstitutionStore;
import se.samspel.substitution.domain.SubstitutionsChanged;

/**
 * Holds each municipality's substitutions in memory, since every hop resolution reads them; every
 * method answers for the municipality in scope ({@link MunicipalityScope#current()}). A change on
 * this instance replaces the roster as soon as it is committed; changes made through another
 * instance are noticed by comparing the stored revision counter every few seconds (as {@link
 * se.samspel.organisation.application.OrganisationDirectory} does for the organisation).
 */
@ApplicationScoped
public class SubstitutionDirectory {

  private static final Logger LOG = Logger.getLogger(SubstitutionDirectory.class);

  private final SubstitutionStore store;
  private final SubstitutionConfig config;
  private final Clock clock;
  private final Event<SubstitutionsChanged> changed;
  private final MunicipalityScope scope;
  private final PerMunicipality<Snapshot> snapshots;

  private record Snapshot(long revision, SubstitutionRoster roster) {}

  private static final Snapshot NONE = new Snapshot(-1, SubstitutionRoster.empty());

  public SubstitutionDirectory(
      SubstitutionStore store,
      SubstitutionConfig config,
      Clock clock,
      Event<SubstitutionsChanged> changed,
      MunicipalityScope scope) {
    this.store = store;
    this.config = config;
    this.clock = clock;
    this.changed = changed;
    this.scope = scope;
    this.snapshots = new PerMunicipality<>(scope, NONE);
  }

  void onStart(@Observes StartupEvent event) {
    scope.eachMunicipality(municipality -> reload());
  }

  /** The municipality in scope's substitutions as they are now. */
  public SubstitutionRoster current() {
    return snapshots.current().roster();
  }

  /**
   * Reads the municipality in scope's substitutions from the store, makes them current and, after
   * the first load, fires {@link SubstitutionsChanged} (synchronously, so that a substitution's
   * answer comes after open work has followed it).
   */
  public synchronized void reload() {
    long revision = store.revision();
    LocalDate since = LocalDate.now(clock).minusDays(config.retentionDays());
    SubstitutionRoster roster =
        SubstitutionRoster.of(store.endingOnOrAfter(since), config.maxChainLength());
    Snapshot before = snapshots.replace(new Snapshot(revision, roster)).orElse(NONE);
    LOG.debugf(
        "Substitutions of %s at revision %d loaded: %d in memory",
        scope.current().value(), revision, roster.size());
    if (before.revision() >= 0) {
      changed.fire(new SubstitutionsChanged(revision));
    }
  }

  /** A new municipality has no substitutions yet (fired in its scope). */
  void onMunicipalityAdded(@Observes MunicipalityAdded added) {
    reload();
  }

  /** Picks up changes another instance made, municipality by municipality. */
  @Scheduled(
      every = "${samspel.substitution.refresh-interval:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void refreshIfStale() {
    scope.eachMunicipality(
        municipality -> {
          if (store.revision() != snapshots.current().revision()) {
            reload();
          }
        });
  }
}
