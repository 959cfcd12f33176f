package se.samspel.routing.domain;

import java.util.Objects;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ExternalParty;

/**
 * Whom a contact is for: a position, a person, a unit, an external party, or no one named — for the
 * contact kinds the policy decides without a target ({@link
 * se.samspel.policy.domain.Policy#decidesWithoutTarget}).
 */
public sealed interface Target {

  /**
   * The contact names no one: its route is found from the requester alone (a staff member's problem
   * goes to their nearest manager).
   */
  record Unnamed() implements Target {}

  record OfPosition(PositionId id) implements Target {
    public OfPosition {
      Objects.requireNonNull(id, "id is required");
    }
  }

  record OfPerson(PersonId id) implements Target {
    public OfPerson {
      Objects.requireNonNull(id, "id is required");
    }
  }

  record OfUnit(UnitId id) implements Target {
    public OfUnit {
      Objects.requireNonNull(id, "id is required");
    }
  }

  record External(ExternalParty party) implements Target {
    public External {
      Objects.requireNonNull(party, "party is required");
    }
  }
}
