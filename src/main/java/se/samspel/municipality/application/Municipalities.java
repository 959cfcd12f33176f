package se.samspel.municipality.application;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import se.samspel.common.SamspelException;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.municipality.domain.MunicipalityStore;

/**
 * The municipalities this deployment serves, read from the store on first use and kept: they are
 * few and change only when an administrator of the deployment adds one. Every municipality-scoped
 * address is checked against it.
 */
@ApplicationScoped
public class Municipalities {

  private final MunicipalityStore store;
  private volatile List<Municipality> all;

  public Municipalities(MunicipalityStore store) {
    this.store = store;
  }

  /**
   * Read at start, after the migrations: the addresses are resolved on the HTTP server's I/O
   * threads, which may not wait for the database.
   */
  @ActivateRequestContext
  void onStart(@Observes @Priority(1) StartupEvent start) {
    all();
  }

  /**
   * Every municipality of the deployment, in the order they were added; never empty once migrated
   * (V14 adds the first).
   */
  public List<Municipality> all() {
    List<Municipality> known = all;
    if (known == null) {
      known = List.copyOf(store.all());
      all = known;
    }
    return known;
  }

  /** Reads the municipalities from the store again: after one was added, here or elsewhere. */
  public synchronized void reload() {
    all = List.copyOf(store.all());
  }

  /**
   * Reads them again on a schedule ({@code samspel.municipality.refresh-interval}, a minute), so
   * that a municipality another instance added is served here too; its organisation, guideline and
   * substitutions are then loaded by their own refreshes, which go through every municipality.
   */
  @Scheduled(
      every = "${samspel.municipality.refresh-interval:60s}",
      delayed = "60s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @ActivateRequestContext
  void refresh() {
    reload();
  }

  public Optional<Municipality> find(MunicipalityId id) {
    return all().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * The municipality of an address.
   *
   * @throws SamspelException not found ({@code municipality}) when the deployment does not serve it
   */
  public Municipality require(MunicipalityId id) {
    return find(id).orElseThrow(() -> SamspelException.notFound("municipality", id.value()));
  }

  /**
   * The municipality the unscoped addresses ({@code /api/requests}, {@code /kontakta}) stand for:
   * the deployment's first. While a deployment serves one municipality they are its documented,
   * deprecated aliases.
   */
  public Municipality first() {
    return all().get(0);
  }
}
