package se.samspel.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deviation record as the review reads it. Implemented next to the record itself; the review's
 * {@link ReviewSource} adapter delegates its {@code deviations(...)} here.
 */
public interface DeviationFacts {

  /** Deviations that occurred in [from, to), in the record's order. */
  List<ReviewSource.DeviationFact> between(Instant from, Instant to);

  /**
   * The hash of the newest entry of the record's chain, for publication in the review, so that
   * outsiders can later check that the record was not rewritten. Empty until the record provides
   * it.
   */
  default Optional<String> headHash() {
    return Optional.empty();
  }
}
