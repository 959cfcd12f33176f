package se.samspel.organisation.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the organisation: a political body, a department or a unit inside one.
 *
 * @param parent the unit above this one; empty only for the municipality itself
 * @param responsibleCommittee for a department: the committee or board it answers to
 * @param head for a department: the position that leads it (a department head, or KD for the
 *     central administration)
 */
public record Unit(
    UnitId id,
    String name,
    UnitKind kind,
    Optional<UnitId> parent,
    Optional<UnitId> responsibleCommittee,
    Optional<PositionId> head) {

  public Unit {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(parent, "parent is required (may be empty)");
    Objects.requireNonNull(responsibleCommittee, "responsibleCommittee is required (may be empty)");
    Objects.requireNonNull(head, "head is required (may be empty)");
  }
}
