package se.samspel.request.domain;

import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;

/**
 * Where a waiting step went when the organisation changed under it, and why: recorded with {@link
 * RequestEventType#STEP_FOLLOWED_ORGANISATION}.
 *
 * @param from the position the step waited on before
 * @param to the position it waits on now: {@code from} itself when the post is still held by
 *     someone else, else the nearest held level above it
 * @param reason what changed about who acts in {@code from}
 * @param fromPerson the person the step waited on before the move (whom the request was taken
 *     from); empty when no one was recorded (a step stored before V12) or for a move not yet made
 * @param toPerson the person it waits on after the move; empty when no one acts there
 */
public record StepMove(
    PositionId from,
    PositionId to,
    FollowReason reason,
    Optional<PersonId> fromPerson,
    Optional<PersonId> toPerson) {

  public StepMove {
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(reason, "reason is required");
    Objects.requireNonNull(fromPerson, "fromPerson is required (may be empty)");
    Objects.requireNonNull(toPerson, "toPerson is required (may be empty)");
  }

  /** A planned move: the people are known only when the step is moved ({@link #between}). */
  public StepMove(PositionId from, PositionId to, FollowReason reason) {
    this(from, to, reason, Optional.empty(), Optional.empty());
  }

  /**
   * The move as it was made, with the person the step waited on before and the one after: the
   * history names whom the request was taken from even when the step stays on its post.
   */
  public StepMove between(Optional<PersonId> before, Optional<PersonId> after) {
    return new StepMove(from, to, reason, before, after);
  }

  /** Whether the step left its post for a level above (the post fell vacant). */
  public boolean movedUp() {
    return !from.equals(to);
  }

  /** The history note, in English like the notes of escalations: "from → to (reason)". */
  public String note() {
    return movedUp()
        ? from + " → " + to + " (" + describe() + "; the post is vacant)"
        : from + " (" + describe() + ")";
  }

  private String describe() {
    return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
