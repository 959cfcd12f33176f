package se.samspel.routing.domain;

import java.util.Objects;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ExternalParty;

/** Who makes a contact: someone acting in a position, or an external party. */
public sealed interface Requester {

  record InPosition(PositionId position) implements Requester {
    public InPosition {
      Objects.requireNonNull(position, "position is required");
    }
  }

  record External(ExternalParty party) implements Requester {
    public External {
      Objects.requireNonNull(party, "party is required");
    }
  }
}
