package se.samspel.organisation.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person acting in a position (tillförordnad, t.f.) for a period. While it runs, the acting
 * person holds the position's authority, whether the position is vacant or its holder is away.
 *
 * @param to the last day of the assignment, inclusive; empty while it is open-ended
 */
public record ActingAssignment(PersonId person, LocalDate from, Optional<LocalDate> to) {
  public ActingAssignment {
    Objects.requireNonNull(person, "person is required");
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required (may be empty)");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException("an acting assignment cannot end before it starts");
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && to.map(end -> !day.isAfter(end)).orElse(true);
  }

  public boolean overlaps(ActingAssignment other) {
    boolean startsBeforeOtherEnds = other.to.map(end -> !from.isAfter(end)).orElse(true);
    boolean otherStartsBeforeThisEnds = to.map(end -> !other.from.isAfter(end)).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }
}
