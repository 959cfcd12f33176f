package se.samspel.outbox.domain;

import java.util.Objects;

/**
 * An event as the outbox holds it.
 *
 * @param id the event's stable identity: readers dedupe by it
 * @param position its place in the feed, assigned once after it committed; increasing
 * @param event what happened
 */
public record StoredEvent(long id, long position, OutboxEvent event) {
  public StoredEvent {
    Objects.requireNonNull(event, "event is required");
  }
}
