package se.samspel.substitution.application;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import se.samspel.substitution.domain.SubstitutionRoster;
import se.samspel.substitution.domain.SubstitutionStore;

/**
 * Holds the substitutions in memory, since every hop resolution reads them. A change on this
 * instance replaces the roster as soon as it is committed; changes made through another instance
 * are noticed by comparing the stored revision counter every few seconds (as {@link
 * se.samspel.organisation.application.OrganisationDirectory} does for the organisation).
 */
@ApplicationScoped
public class SubstitutionDirectory {

  private static final Logger LOG = Logger.getLogger(SubstitutionDirectory.class);

  private final SubstitutionStore store;
  private final SubstitutionConfig config;
  private final Clock clock;
  private final AtomicReference<Snapshot> snapshot =
      new AtomicReference<>(new Snapshot(-1, SubstitutionRoster.empty()));

  private record Snapshot(long revision, SubstitutionRoster roster) {}

  public SubstitutionDirectory(SubstitutionStore store, SubstitutionConfig config, Clock clock) {
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent event) {
    reload();
  }

  /** The substitutions as they are now. */
  public SubstitutionRoster current() {
    return snapshot.get().roster();
  }

  /** Reads the substitutions from the store and makes them current. */
  public synchronized void reload() {
    long revision = store.revision();
    LocalDate since = LocalDate.now(clock).minusDays(config.retentionDays());
    SubstitutionRoster roster =
        SubstitutionRoster.of(store.endingOnOrAfter(since), config.maxChainLength());
    snapshot.set(new Snapshot(revision, roster));
    LOG.debugf("Substitutions at revision %d loaded: %d in memory", revision, roster.size());
  }

  /** Picks up changes another instance made. */
  @Scheduled(
      every = "${samspel.substitution.refresh-interval:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void refreshIfStale() {
    if (store.revision() != snapshot.get().revision()) {
      reload();
    }
  }
}
