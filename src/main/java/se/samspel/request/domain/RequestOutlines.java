package se.samspel.request.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactKind;

/**
 * Read port over all stored requests, for reports that count across them (the yearly review): each
 * request's outline and its history, without rebuilding the aggregate. Culled requests are counted
 * too: the outline is exactly what culling keeps. The request part owns its storage; other parts
 * read it only through this port, never through its tables.
 */
public interface RequestOutlines {

  /** Requests created in [from, to), oldest first, each with its whole history. */
  List<RequestOutline> createdBetween(Instant from, Instant to);

  /** Requests open now and stuck at the top of their chain, whenever created, oldest first. */
  List<RequestOutline> openAndStuckAtTop();

  /**
   * A request as a report counts it.
   *
   * @param waitingOn the position its waiting step is on, if it waits
   * @param history its history, oldest first
   */
  record RequestOutline(
      RequestId id,
      ContactKind kind,
      Instant createdAt,
      RequestStatus status,
      boolean stuckAtTop,
      Optional<PositionId> waitingOn,
      List<OutlineEvent> history) {
    public RequestOutline {
      Objects.requireNonNull(id, "id is required");
      Objects.requireNonNull(kind, "kind is required");
      Objects.requireNonNull(createdAt, "createdAt is required");
      Objects.requireNonNull(status, "status is required");
      Objects.requireNonNull(waitingOn, "waitingOn is required (may be empty)");
      history = List.copyOf(history);
    }
  }

  /**
   * An entry of a request's history as a report counts it: what happened, when and at which step,
   * never who acted (a culled request no longer knows; see {@link RequestCulling}).
   *
   * @param note the entry's note as stored (for ESCALATED "FROM → TO (why; rule R)"); empty once
   *     the request is culled
   */
  public record OutlineEvent(
      Instant at, RequestEventType event, Optional<Integer> hop, Optional<String> note) {
    public OutlineEvent {
      Objects.requireNonNull(at, "at is required");
      Objects.requireNonNull(event, "event is required");
      Objects.requireNonNull(hop, "hop is required (may be empty)");
      Objects.requireNonNull(note, "note is required (may be empty)");
    }
  }
}
