package se.samspel.retention.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.outbox.domain.OutboxCulling;
import se.samspel.request.domain.RequestCulling;
import se.samspel.retention.domain.RetentionApplied;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionRun;
import se.samspel.retention.domain.RetentionStore;
import se.samspel.visit.domain.SiteVisitCulling;

/**
 * Applies the current municipality's retention decision once: culls the closed requests and reports
 * that are due, the notifications and feed events, and blanks the deviation record's personal data
 * that is due (see {@link RetentionPolicy} for what each period counts from). Each batch of {@value
 * #BATCH} is a transaction of its own, so a long first run on an old deployment neither holds locks
 * for long nor loses what it did when it stops half-way; the next run goes on where it stopped.
 * Without a decision it culls nothing.
 */
@ApplicationScoped
public class ApplyRetention {

  private static final Logger LOG = Logger.getLogger(ApplyRetention.class);

  /** How many requests or events one transaction culls. */
  static final int BATCH = 500;

  private final RetentionStore store;
  private final RequestCulling requests;
  private final OutboxCulling outbox;
  private final DeviationStore deviations;
  private final SiteVisitCulling siteVisits;
  private final Event<RetentionApplied> applied;
  private final Clock clock;

  public ApplyRetention(
      RetentionStore store,
      RequestCulling requests,
      OutboxCulling outbox,
      DeviationStore deviations,
      SiteVisitCulling siteVisits,
      Event<RetentionApplied> applied,
      Clock clock) {
    this.store = store;
    this.requests = requests;
    this.outbox = outbox;
    this.deviations = deviations;
    this.siteVisits = siteVisits;
    this.applied = applied;
    this.clock = clock;
  }

  /**
   * Culls what is due now in the current municipality and records the run.
   *
   * @return what it did; empty when the municipality has recorded no retention decision
   * @throws IllegalStateException when called inside a transaction (each batch needs its own)
   */
  public Optional<RetentionRun> applyNow() {
    Optional<RetentionPolicy> policy = QuarkusTransaction.requiringNew().call(store::policy);
    if (policy.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    RetentionPolicy.Cutoffs due = policy.get().cutoffs(now, clock.getZone());
    long culledRequests =
        inBatches(
            () ->
                requests.cullClosed(due.closedRequests(), due.whistleblowingReports(), now, BATCH));
    long events = 0;
    long notifications = 0;
    OutboxCulling.Culled culled;
    do {
      culled =
          QuarkusTransaction.requiringNew().call(() -> outbox.cull(due.notifications(), BATCH));
      events += culled.events();
      notifications += culled.notifications();
    } while (culled.events() == BATCH);
    LocalDate visitsBefore = LocalDate.ofInstant(due.closedRequests(), clock.getZone());
    long visits = inBatches(() -> siteVisits.cullVisitedBefore(visitsBefore, now, BATCH));
    long redacted =
        QuarkusTransaction.requiringNew()
            .call(() -> deviations.redactRecordedBefore(due.deviationPersonalData(), now));
    RetentionRun run =
        new RetentionRun(now, culledRequests, notifications, events, redacted, visits);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              store.recordRun(run);
              if (run.culledAnything()) {
                // Culling is documented: the audit trail keeps what was culled, under which
                // decision.
                applied.fire(
                    new RetentionApplied(
                        run, policy.get().decision().reference(), policy.get().version()));
              }
            });
    if (run.culledAnything()) {
      LOG.infof(
          "Retention: culled %d request(s), %d site visit(s), %d notification(s), %d feed"
              + " event(s); blanked the personal data of %d deviation entr(ies)",
          culledRequests, visits, notifications, events, redacted);
    }
    return Optional.of(run);
  }

  /**
   * Runs {@code batch} in a transaction of its own until it culls fewer than {@value #BATCH}.
   *
   * @return how many it culled in all
   */
  private static long inBatches(java.util.function.IntSupplier batch) {
    long culled = 0;
    int done;
    do {
      done = QuarkusTransaction.requiringNew().call(batch::getAsInt);
      culled += done;
    } while (done == BATCH);
    return culled;
  }
}
