package se.samspel.outbox.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Paging;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.domain.Roles;
import se.samspel.outbox.application.ReadEventFeed;
import se.samspel.outbox.domain.StoredEvent;

/** The event feed that intranet systems poll: what happened to requests, in a stable order. */
@Path("/api/events")
@Tag(name = "Event feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.ADMINISTRATOR})
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Neither an integration nor an administrator")
public class EventFeedResource {

  /** How many events a page holds when the reader does not say. */
  static final String DEFAULT_LIMIT = "100";

  /** The most events one page holds. */
  static final int MAX_LIMIT = 500;

  static final String FEED_EXAMPLE =
      "{\"events\":[{\"id\":1051,\"position\":42,\"type\":\"REQUEST_DECIDED\",\"aggregateId\":"
          + "\"0b6f2c1e-…\",\"occurredAt\":\"2026-11-23T09:15:00Z\",\"payload\":{\"subject\":"
          + "\"Dialog om läsfrämjande arbete\",\"status\":\"APPROVED\",\"decision\":\"APPROVED\","
          + "\"by\":\"P-FC-BUF\"},\"recipients\":[{\"person\":\"P-POL\",\"reason\":"
          + "\"DECISION_ON_YOUR_REQUEST\"}]}],\"next\":42,\"culledThrough\":0,"
          + "\"missedCulled\":false}";

  private final ReadEventFeed feed;

  public EventFeedResource(ReadEventFeed feed) {
    this.feed = feed;
  }

  /** One event of the feed. {@code id} is stable: dedupe by it. */
  public record EventView(
      long id,
      long position,
      String type,
      String aggregateId,
      Instant occurredAt,
      Map<String, Object> payload,
      List<RecipientView> recipients) {}

  /** A person the event notifies, and why. */
  public record RecipientView(String person, String reason) {}

  /**
   * A page of the feed; read on with {@code after=next}.
   *
   * @param culledThrough the highest feed position culled under the municipality's retention
   *     decision (0 when none was); positions are never handed out again
   * @param missedCulled true when events after the cursor were culled before they were read (the
   *     cursor lies below culledThrough): the reader has a gap it cannot fill from the feed
   */
  public record FeedView(
      List<EventView> events, long next, long culledThrough, boolean missedCulled) {}

  @GET
  @Operation(
      summary = "Events after a cursor, oldest first",
      description =
          "Start with after=0 and read on with after=next. An event appears only once its change"
              + " committed and keeps its position, so no event is skipped and reading the same"
              + " cursor again returns the same events first; a reader that crashed re-reads from"
              + " the last cursor it stored and dedupes by id. An empty page returns next=after."
              + " Events older than the municipality's retention decision allows are culled:"
              + " missedCulled says that a cursor lies below the highest position culled.")
  @APIResponse(
      responseCode = "200",
      description = "Up to limit events after the cursor, and the cursor to read on from",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "feed", value = FEED_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "after or limit is not a whole number in range; the problem names it")
  public FeedView events(
      @Parameter(description = "The position of the last event read; 0 to start")
          @QueryParam("after")
          String after,
      @Parameter(description = "At most this many events (1 to 500, default 100)")
          @QueryParam("limit")
          String limit) {
    long cursor = cursor(after);
    int size = Paging.number("limit", limit == null ? DEFAULT_LIMIT : limit, 1, MAX_LIMIT);
    ReadEventFeed.FeedPage page = feed.after(cursor, size);
    return new FeedView(
        page.events().stream().map(EventFeedResource::view).toList(),
        page.next(),
        page.culledThrough(),
        page.missedCulled(cursor));
  }

  private static long cursor(String after) {
    if (after == null) {
      return 0;
    }
    try {
      long cursor = Long.parseLong(after.trim());
      if (cursor < 0) {
        throw SamspelException.invalid("after", "must be 0 or a position the feed returned");
      }
      return cursor;
    } catch (NumberFormatException e) {
      throw SamspelException.invalid("after", "'" + after + "' is not a whole number");
    }
  }

  private static EventView view(StoredEvent stored) {
    var e = stored.event();
    return new EventView(
        stored.id(),
        stored.position(),
        e.type().name(),
        e.aggregateId(),
        e.occurredAt(),
        e.payload(),
        e.recipients().stream()
            .map(r -> new RecipientView(r.person().value(), r.reason().name()))
            .toList());
  }
}
