package se.samspel.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.samspel.outbox.domain.OutboxCulling;
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
  private final OutboxCulling culling;

  public ReadEventFeed(OutboxStore store, OutboxCulling culling) {
    this.store = store;
    this.culling = culling;
  }

  /**
   * A page of the feed.
   *
   * @param next the cursor to read on from: the last event's position, else the one given
   * @param culledThrough the highest position culled under the municipality's retention decision (0
   *     when none was): positions are never handed out again, so a reader whose cursor lies below
   *     it has missed the culled events between the two
   */
  public record FeedPage(List<StoredEvent> events, long next, long culledThrough) {

    /** Whether events after the cursor were culled before the reader read them. */
    public boolean missedCulled(long cursor) {
      return cursor < culledThrough;
    }
  }

  /** Events after {@code cursor}; reading the same cursor again returns the same events first. */
  public FeedPage after(long cursor, int limit) {
    store.assignFeedPositions(SEQUENCING_BATCH);
    List<StoredEvent> events = store.after(cursor, limit);
    long next = events.isEmpty() ? cursor : events.get(events.size() - 1).position();
    return new FeedPage(events, next, culling.culledThrough());
  }
}
