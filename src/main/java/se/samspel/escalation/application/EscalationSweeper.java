package se.samspel.escalation.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import se.samspel.common.jobs.Heartbeat;
import se.samspel.common.jobs.JobInterval;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.request.application.FollowTheOrganisation;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.RequestId;

/**
 * Finds overdue hops and escalates them, safely with several instances of Samspel on one database:
 * a batch of requests ({@code samspel.escalation.claim-batch}) is claimed with {@code FOR UPDATE
 * SKIP LOCKED} and escalated in the same transaction, so each overdue hop escalates exactly once,
 * none is missed, and an instance that dies mid-way only rolls back the batch it held, which the
 * next sweep takes. The batch is read in a fixed number of queries and written in one flush ({@link
 * EscalateRequest#escalateOverdue(List, Instant)}); if it fails, it rolls back and its requests are
 * taken one at a time, each in its own transaction, so that only the failing one waits. Each
 * scheduled sweep then lets waiting steps follow the organisation ({@link FollowTheOrganisation}),
 * which is how a change that comes with the date (an acting period ending at midnight) is applied.
 */
@ApplicationScoped
public class EscalationSweeper {

  private static final Logger LOG = Logger.getLogger(EscalationSweeper.class);
  private static final Duration RETRY_AFTER = Duration.ofMinutes(15);

  /** How long after start the first scheduled sweep comes (readiness waits for it too). */
  static final String FIRST_SWEEP_DELAY = "5s";

  private final ContactRequestRepository requests;
  private final EscalateRequest escalate;
  private final FollowTheOrganisation follow;
  private final EscalationConfig config;
  private final Clock clock;
  private final MunicipalityScope scope;
  private final EscalationMetrics metrics;
  private final Heartbeat heartbeat;

  public EscalationSweeper(
      ContactRequestRepository requests,
      EscalateRequest escalate,
      FollowTheOrganisation follow,
      EscalationConfig config,
      Clock clock,
      MunicipalityScope scope,
      EscalationMetrics metrics) {
    this.requests = requests;
    this.escalate = escalate;
    this.follow = follow;
    this.config = config;
    this.clock = clock;
    this.scope = scope;
    this.metrics = metrics;
    this.heartbeat = new Heartbeat(clock, JobInterval.parse(FIRST_SWEEP_DELAY).orElseThrow());
  }

  @Scheduled(
      identity = "escalation-sweeper",
      every = "${samspel.sweeper.interval:30s}",
      delayed = EscalationSweeper.FIRST_SWEEP_DELAY,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    int escalated = sweep();
    if (escalated > 0) {
      LOG.infof("Sweep escalated %d overdue request(s)", escalated);
    }
  }

  /**
   * Sweeps every municipality of the deployment, one after the other, each in its own scope (see
   * {@link #sweep(MunicipalityId)}); one municipality's failure does not keep the others from being
   * swept.
   *
   * @return how many requests it escalated or flagged, in all municipalities
   */
  public int sweep() {
    return heartbeat.beat(() -> metrics.timeSweep(this::sweepEveryMunicipality));
  }

  private int sweepEveryMunicipality() {
    AtomicInteger escalated = new AtomicInteger();
    scope.eachMunicipality(municipality -> escalated.addAndGet(sweepInScope()));
    return escalated.get();
  }

  /**
   * When this instance's sweeps of every municipality ({@link #sweep()}, scheduled or called) last
   * began and ended: the readiness check {@code escalation-sweeper} reads it.
   */
  public Heartbeat heartbeat() {
    return heartbeat;
  }

  /**
   * Sweeps one municipality: never reads or changes another's requests.
   *
   * @return how many of its requests it escalated or flagged
   */
  public int sweep(MunicipalityId municipality) {
    return scope.within(municipality, this::sweepInScope);
  }

  /**
   * Escalates what is overdue now, then lets waiting steps follow the organisation ({@link
   * FollowTheOrganisation}): the changes of who acts in a post that come with the date (an acting
   * period or a substitution that ended at midnight, one that began today) are applied here. A
   * deadline that passed under the person who was to act escalates first, as it would have.
   *
   * @return how many requests it escalated or flagged
   */
  private int sweepInScope() {
    int escalated = escalateOverdue();
    FollowTheOrganisation.Outcome followed = follow.follow();
    if (followed.moved() > 0 || followed.left() > 0) {
      LOG.infof(
          "Sweep: %d waiting step(s) followed the organisation, %d left for the next sweep",
          followed.moved(), followed.left());
    }
    return escalated;
  }

  /** Escalates what is overdue now; returns how many requests it escalated or flagged. */
  private int escalateOverdue() {
    Instant now = clock.instant();
    int escalated = 0;
    while (escalated < config.maxPerSweep()) {
      // Never more than the sweep has left to escalate.
      int limit = Math.min(config.claimBatch(), config.maxPerSweep() - escalated);
      AtomicReference<List<RequestId>> claimed = new AtomicReference<>(List.of());
      int done;
      try {
        done =
            QuarkusTransaction.requiringNew()
                .call(
                    () -> {
                      List<RequestId> ids = requests.claimOverdue(now, limit);
                      claimed.set(ids);
                      metrics.claimed(ids.size());
                      return escalate.escalateOverdue(ids, now);
                    });
      } catch (RuntimeException e) {
        // One request of the batch failed and the batch rolled back: take them one at a time, so
        // that only the failing one waits.
        LOG.warnf(
            "A batch of %d escalations failed (%s); retrying one by one",
            claimed.get().size(), e.getMessage());
        done = oneByOne(claimed.get(), now);
      }
      if (claimed.get().isEmpty()) {
        break;
      }
      escalated += done;
      if (claimed.get().size() < limit) {
        break;
      }
    }
    return escalated;
  }

  private int oneByOne(List<RequestId> ids, Instant now) {
    int done = 0;
    for (RequestId id : ids) {
      try {
        Boolean escalated =
            QuarkusTransaction.requiringNew()
                .call(() -> requests.claimIfOverdue(id, now) && escalate.escalateOverdue(id, now));
        if (escalated) {
          done++;
        }
      } catch (RuntimeException e) {
        // Put the request back a little, so that one that cannot escalate does not hold up the
        // others behind it in every sweep.
        LOG.errorf(e, "Escalating request %s failed; retrying it later", id);
        QuarkusTransaction.requiringNew()
            .run(() -> requests.postponeClaim(id, now.plus(RETRY_AFTER)));
      }
    }
    return done;
  }
}
