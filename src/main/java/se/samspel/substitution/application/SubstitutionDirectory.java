package se.samspel.substitution.application;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import se.samspel.substitution.domain.SubstitutionRoster;
import se.samspel.substitution.domain.SubstitutionStore;
import se.samspel.substitution.domain.SubstitutionsChanged;

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
  private final Event<SubstitutionsChanged> changed;
  private final AtomicReference<Snapshot> snapshot =
      new AtomicReference<>(new Snapshot(-1, SubstitutionRoster.empty()));

  private record Snapshot(long revision, SubstitutionRoster roster) {}

  public SubstitutionDirectory(
      SubstitutionStore store,
      SubstitutionConfig config,
      Clock clock,
      Event<SubstitutionsChanged> changed) {
    this.store = store;
    this.config = config;
    this.clock = clock;
    this.changed = changed;
  }

  void onStart(@Observes StartupEvent event) {
    reload();
  }

  /** The substitutions as they are now. */
  public SubstitutionRoster current() {
    return snapshot.get().roster();
  }

  /**
   * Reads the substitutions from the store, makes them current and, after the first load, fires
   * {@link SubstitutionsChanged} (synchronously, so that a substitution's answer comes after open
   * work has followed it).
   */
  public synchronized void reload() {
    long revision = store.revision();
    LocalDate since = LocalDate.now(clock).minusDays(config.retentionDays());
    SubstitutionRoster roster =
        SubstitutionRoster.of(store.endingOnOrAfter(since), config.maxChainLength());
    Snapshot before = snapshot.getAndSet(new Snapshot(revision, roster));
    LOG.debugf("Substitutions at revision %d loaded: %d in memory", revision, roster.size());
    if (before.revision() >= 0) {
      changed.fire(new SubstitutionsChanged(revision));
    }
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
