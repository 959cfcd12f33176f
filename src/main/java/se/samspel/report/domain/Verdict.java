package se.samspel.report.domain;

import java.util.Optional;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.Rule;

/** What the guideline says of a contact that happened. */
public sealed interface Verdict {

  /** The rule that decided, if any. */
  Optional<Rule> rule();

  /**
   * The contact departed from the guideline.
   *
   * @param prescribedRoute what the guideline prescribes instead, in words (empty when it permits
   *     no route at all)
   */
  record Deviation(
      Rule deciding,
      String prescribedRoute,
      String summary,
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition)
      implements Verdict {
    @Override
    public Optional<Rule> rule() {
      return Optional.of(deciding);
    }
  }

  /** The contact was in line with the guideline, or the guideline has no rule for it. */
  record NoDeviation(Optional<Rule> rule, String explanation) implements Verdict {}

  /** The law protects this contact: it is never a deviation and no report of it is kept. */
  record Protected(Rule deciding) implements Verdict {
    @Override
    public Optional<Rule> rule() {
      return Optional.of(deciding);
    }
  }
}
