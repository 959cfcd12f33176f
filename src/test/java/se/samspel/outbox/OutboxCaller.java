package se.samspel.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import se.samspel.organisation.domain.PersonId;
import se.samspel.outbox.application.Outbox;
import se.samspel.outbox.domain.EventType;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;

/** A stand-in for a use case: records an event in its transaction, and may then fail. */
@ApplicationScoped
public class OutboxCaller {

  private final Outbox outbox;

  public OutboxCaller(Outbox outbox) {
    this.outbox = outbox;
  }

  public static OutboxEvent decided(String aggregateId, String... notify) {
    OutboxEvent event =
        OutboxEvent.of(
                EventType.REQUEST_DECIDED, aggregateId, Instant.parse("2026-11-23T09:15:00Z"))
            .with("subject", "Dialog om läsfrämjande arbete")
            .with("status", "APPROVED")
            .with("decision", "APPROVED")
            .with("by", "P-FC-BUF");
    for (String person : notify) {
      event = event.notify(new PersonId(person), NotifyReason.DECISION_ON_YOUR_REQUEST);
    }
    return event;
  }

  @Transactional
  public long record(OutboxEvent event) {
    return outbox.record(event);
  }

  /** Records the event, then fails as a use case would after a broken rule. */
  @Transactional
  public void recordThenFail(OutboxEvent event) {
    outbox.record(event);
    throw new IllegalStateException("the change after the event failed");
  }
}
