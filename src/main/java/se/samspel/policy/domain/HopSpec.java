package se.samspel.policy.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of a prescribed route: which position, doing what.
 *
 * @param source the passage this step comes from, when it is not the rule's own (e.g. the
 *     communications officers added to a media route by the passage that names them); empty when
 *     the rule's citation covers the step
 */
public record HopSpec(HopTemplate position, HopAction action, Optional<Citation> source) {
  public HopSpec {
    Objects.requireNonNull(position, "position is required");
    Objects.requireNonNull(action, "action is required");
    Objects.requireNonNull(source, "source is required (may be empty)");
  }

  /** A step the rule's own citation covers. */
  public HopSpec(HopTemplate position, HopAction action) {
    this(position, action, Optional.empty());
  }
}
