package se.samspel.request.domain;

import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;

/**
 * A position open requests wait on, and the person their waiting step was recorded as waiting on
 * (empty for steps stored before that was recorded, or when no one acted in the post).
 */
public record WaitingPair(PositionId position, Optional<PersonId> person) {

  public WaitingPair {
    Objects.requireNonNull(position, "position is required");
    Objects.requireNonNull(person, "person is required (may be empty)");
  }
}
