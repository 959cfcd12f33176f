package se.samspel.outbox.domain;

import java.util.Objects;
import se.samspel.organisation.domain.PersonId;

/** A person an event notifies, and why. */
public record Recipient(PersonId person, NotifyReason reason) {
  public Recipient {
    Objects.requireNonNull(person, "person is required");
    Objects.requireNonNull(reason, "reason is required");
  }
}
