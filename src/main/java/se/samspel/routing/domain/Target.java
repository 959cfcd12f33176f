package se.samspel.routing.domain;

import java.util.Objects;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ExternalParty;

/** Whom a contact is for: a position, a person, a unit, or an external party. */
public sealed interface Target {

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
