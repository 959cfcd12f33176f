package se.samspel.deviation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.deviation.domain.ChainVerifier;
import se.samspel.deviation.domain.DeviationChain;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.deviation.domain.NewDeviation;

/**
 * Appends deviations to the record in the caller's transaction: locks the head, takes the next
 * sequence number, chains the entry to the head's hash and moves the head. Appends on any instance
 * are serialised by the head's lock, so sequence numbers follow commit order with no gaps.
 */
@ApplicationScoped
public class DeviationLedger implements DeviationRecorder {

  private static final Logger LOG = Logger.getLogger(DeviationLedger.class);

  private final DeviationStore store;
  private final Clock clock;

  public DeviationLedger(DeviationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long record(NewDeviation deviation) {
    ChainVerifier.Head head = store.lockHead();
    long seq = head.lastSeq() + 1;
    deviation
        .corrects()
        .ifPresent(
            corrected -> {
              if (corrected < 1 || corrected >= seq || store.find(corrected).isEmpty()) {
                throw unknownEntry("corrects", corrected);
              }
            });
    DeviationEntry entry =
        DeviationChain.append(
            seq, deviation, clock.instant(), head.hash(), DeviationChain.newSalt());
    store.append(entry);
    LOG.infof(
        "Deviation %d recorded: %s, rule %s (%s)",
        seq, deviation.kind(), deviation.ruleId(), deviation.severity());
    return seq;
  }

  static SamspelException unknownEntry(String field, long seq) {
    return new SamspelException(
        SamspelException.Kind.UNPROCESSABLE,
        "deviation-unknown",
        "There is no entry " + seq + " in the deviation record",
        List.of(FieldProblem.of(field, "no entry " + seq + " in the deviation record")));
  }
}
