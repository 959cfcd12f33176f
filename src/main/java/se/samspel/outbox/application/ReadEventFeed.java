package se.samspel.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.samspel.outbox.domain.OutboxStore;
import se.samspel.outbox.domain.StoredEvent;

/**
 * The event feed for intranet systems: events after a cursor, in feed order. Before reading, the
 * events committed since the last read are given their feed positions, so a reader sees an event as
 * soon as it committed; positions are only ever given to committed events and only increase, so a
 * reader that keeps the last position it saw never skips an event.
 */
@ApplicationScoped
public class ReadEventFeed {

  /** How many events one sequencing run positions at most (the rest in the next run). */
  static final int SEQUENCING_BATCH = 1000;

  private final OutboxStore store;

  public ReadEventFeed(OutboxStore store) {
    this.store = store;
  }

  /**
   * A page of the feed.
   *
   * @param next the cursor to read on from: the last event's position, else the one given
   */
  public record FeedPage(List<StoredEvent> events, long next) {}

  /** Events after {@code cursor}; reading the same cursor again returns the same events first. */
  public FeedPage after(long cursor, int limit) {
    store.assignFeedPositions(SEQUENCING_BATCH);
    List<StoredEvent> events = store.after(cursor, limit);
    long next = events.isEmpty() ? cursor : events.get(events.size() - 1).position();
    return new FeedPage(events, next);
  }
}
