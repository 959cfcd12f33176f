package se.samspel.outbox.domain;

import java.util.List;
import java.util.Optional;

/** Where outbox events are kept. */
public interface OutboxStore {

  /**
   * Adds an event and its recipients in the caller's transaction.
   *
   * @return the event's id
   */
  long append(OutboxEvent event);

  /**
   * Gives committed events that have no feed position yet the next positions, in id order, under a
   * lock that lets one sequencing run at a time. Runs in a transaction of its own.
   *
   * @return how many events got a position
   */
  int assignFeedPositions(int max);

  /** One event by its id, whether or not it has a feed position yet. */
  Optional<OutboxEvent> event(long id);

  /** Events whose feed position is after the cursor, in feed order, at most {@code limit}. */
  List<StoredEvent> after(long cursor, int limit);
}
