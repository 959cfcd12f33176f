package se.samspel.notification.domain;

import java.util.Objects;
import se.samspel.organisation.domain.PersonId;
import se.samspel.outbox.domain.NotifyReason;

/**
 * A recipient of an outbox event whose e-mail is still to be sent, as claimed by a dispatcher.
 *
 * @param id the recipient row
 * @param eventId the outbox event it belongs to
 * @param attempts how many sendings failed before
 */
public record PendingNotification(
    long id, long eventId, PersonId person, NotifyReason reason, int attempts) {
  public PendingNotification {
    Objects.requireNonNull(person, "person is required");
    Objects.requireNonNull(reason, "reason is required");
  }
}
