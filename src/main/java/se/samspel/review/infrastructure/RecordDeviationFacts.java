package se.samspel.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.deviation.application.ReadDeviations;
import se.samspel.deviation.domain.ChainReport;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationFilter;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.review.domain.DeviationFacts;
import se.samspel.review.domain.ReviewSource;

/**
 * The review's view of the deviation record: the non-personal facts of the entries in a period, and
 * the head hash to publish — only when the chain verifies intact, so that a review never publishes
 * the head of a record that was tampered with.
 */
@ApplicationScoped
public class RecordDeviationFacts implements DeviationFacts {

  private static final Logger LOG = Logger.getLogger(RecordDeviationFacts.class);

  private final DeviationStore store;
  private final ReadDeviations read;

  public RecordDeviationFacts(DeviationStore store, ReadDeviations read) {
    this.store = store;
    this.read = read;
  }

  @Override
  @Transactional
  public List<ReviewSource.DeviationFact> between(Instant from, Instant to) {
    DeviationFilter period =
        new DeviationFilter(
            Optional.of(from),
            Optional.of(to),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return store.newestFirst(period, 0, Integer.MAX_VALUE).stream()
        .sorted(Comparator.comparingLong(DeviationEntry::seq))
        .map(RecordDeviationFacts::fact)
        .toList();
  }

  @Override
  public Optional<String> headHash() {
    ChainReport report = read.verify();
    if (!report.intact()) {
      LOG.errorf("The deviation record does not verify: %s", report.firstBreak().orElse(null));
      return Optional.empty();
    }
    return Optional.of(report.headHash());
  }

  private static ReviewSource.DeviationFact fact(DeviationEntry entry) {
    NewDeviation d = entry.facts();
    return new ReviewSource.DeviationFact(
        entry.seq(),
        d.occurredAt(),
        d.kind().name(),
        d.ruleId(),
        d.ruleTitle(),
        d.severity().name(),
        d.requesterRole(),
        d.targetRole(),
        d.department(),
        d.requesterDepartment(),
        d.targetDepartment());
  }
}
