package se.samspel.review;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import se.samspel.review.domain.DeviationFacts;
import se.samspel.review.domain.ReviewSource.DeviationFact;

/**
 * The deviation record as the review's tests see it: the facts a test sets, filtered by period. An
 * alternative, so it wins over the record's own implementation in every {@code @QuarkusTest}.
 */
@Alternative
@Priority(1)
@Singleton
public class SettableDeviationFacts implements DeviationFacts {

  private final List<DeviationFact> facts = new CopyOnWriteArrayList<>();
  private volatile String headHash;

  public void set(List<DeviationFact> deviations, String head) {
    facts.clear();
    facts.addAll(deviations);
    headHash = head;
  }

  public void clear() {
    set(List.of(), null);
  }

  @Override
  public List<DeviationFact> between(Instant from, Instant to) {
    return facts.stream()
        .filter(f -> !f.occurredAt().isBefore(from) && f.occurredAt().isBefore(to))
        .toList();
  }

  @Override
  public Optional<String> headHash() {
    return Optional.ofNullable(headHash);
  }
}
