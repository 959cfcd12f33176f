package se.samspel.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A position in the organisation, held by a person or vacant.
 *
 * @param unit the unit the position belongs to: the body a politician sits on, or the
 *     administrative unit an employee works in
 * @param reportsTo the position this one reports to; empty for KD and for political positions
 * @param party the party of a political position
 */
public record Position(
    PositionId id,
    String title,
    PositionKind kind,
    UnitId unit,
    Optional<PositionId> reportsTo,
    Optional<PersonId> holder,
    Optional<String> party,
    List<ActingAssignment> acting) {

  public Position {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(unit, "unit is required");
    Objects.requireNonNull(reportsTo, "reportsTo is required (may be empty)");
    Objects.requireNonNull(holder, "holder is required (may be empty)");
    Objects.requireNonNull(party, "party is required (may be empty)");
    acting = List.copyOf(Objects.requireNonNull(acting, "acting is required (may be empty)"));
  }

  /** The acting assignment in force on a day, if any. */
  public Optional<ActingAssignment> actingOn(LocalDate day) {
    return acting.stream().filter(a -> a.covers(day)).findFirst();
  }

  /**
   * Who holds the position's authority on a day: the acting holder while an acting assignment runs,
   * else the appointed holder; empty when the position is vacant.
   */
  public Optional<PersonId> holderOn(LocalDate day) {
    return actingOn(day).map(ActingAssignment::person).or(() -> holder);
  }
}
