package se.samspel.request.domain;

import java.util.Objects;
import se.samspel.organisation.domain.PositionId;

/**
 * Where a waiting step went when the organisation changed under it, and why: recorded with {@link
 * RequestEventType#STEP_FOLLOWED_ORGANISATION}.
 *
 * @param from the position the step waited on before
 * @param to the position it waits on now: {@code from} itself when the post is still held by
 *     someone else, else the nearest held level above it
 * @param reason what changed about who acts in {@code from}
 */
public record StepMove(PositionId from, PositionId to, FollowReason reason) {

  public StepMove {
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(reason, "reason is required");
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
