package se.samspel.escalation.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.RequestId;

/**
 * Finds overdue hops and escalates them, safely with several instances of Samspel on one database:
 * each request is claimed with {@code FOR UPDATE SKIP LOCKED} and escalated in the same
 * transaction, one at a time, so each overdue hop escalates exactly once, none is missed, and an
 * instance that dies mid-way only rolls back the one it held, which the next sweep takes.
 */
@ApplicationScoped
public class EscalationSweeper {

  private static final Logger LOG = Logger.getLogger(EscalationSweeper.class);
  private static final Duration RETRY_AFTER = Duration.ofMinutes(15);

  private final ContactRequestRepository requests;
  private final EscalateRequest escalate;
  private final EscalationConfig config;
  private final Clock clock;

  public EscalationSweeper(
      ContactRequestRepository requests,
      EscalateRequest escalate,
      EscalationConfig config,
      Clock clock) {
    this.requests = requests;
    this.escalate = escalate;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${samspel.sweeper.interval:30s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    int escalated = sweep();
    if (escalated > 0) {
      LOG.infof("Sweep escalated %d overdue request(s)", escalated);
    }
  }

  /** Escalates what is overdue now; returns how many requests it escalated or flagged. */
  public int sweep() {
    Instant now = clock.instant();
    int escalated = 0;
    for (int i = 0; i < config.maxPerSweep(); i++) {
      AtomicReference<RequestId> claimed = new AtomicReference<>();
      Boolean done;
      try {
        done =
            QuarkusTransaction.requiringNew()
                .call(
                    () -> {
                      List<RequestId> ids = requests.claimOverdue(now, 1);
                      if (ids.isEmpty()) {
                        return null;
                      }
                      claimed.set(ids.get(0));
                      return escalate.escalateOverdue(ids.get(0), now);
                    });
      } catch (RuntimeException e) {
        // The escalation failed and rolled back. Put the request back a little, so that one
        // request that cannot escalate does not hold up all the others behind it.
        LOG.warnf(e, "Escalating request %s failed; retrying it later", claimed.get());
        if (claimed.get() != null) {
          QuarkusTransaction.requiringNew()
              .run(() -> requests.postponeClaim(claimed.get(), now.plus(RETRY_AFTER)));
        }
        continue;
      }
      if (done == null || !done) {
        break;
      }
      escalated++;
    }
    return escalated;
  }
}
