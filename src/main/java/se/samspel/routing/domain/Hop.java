package se.samspel.routing.domain;

import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopTemplate;

/**
 * One step of a route: the position that acts, who holds it today, and what they do.
 *
 * @param holder who holds the position's authority today; empty only if no one at any level does
 * @param acting whether the holder is an acting holder (t.f.)
 * @param vacantPosition the position the rule named, when it was vacant and the hop moved up to the
 *     next level that is held
 */
public record Hop(
    int order,
    HopTemplate template,
    PositionId position,
    Optional<PersonId> holder,
    boolean acting,
    Optional<PositionId> vacantPosition,
    HopAction action) {

  public Hop {
    Objects.requireNonNull(template, "template is required");
    Objects.requireNonNull(position, "position is required");
    Objects.requireNonNull(holder, "holder is required (may be empty)");
    Objects.requireNonNull(vacantPosition, "vacantPosition is required (may be empty)");
    Objects.requireNonNull(action, "action is required");
  }
}
