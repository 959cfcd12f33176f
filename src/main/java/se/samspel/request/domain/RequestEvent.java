package se.samspel.request.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;

/**
 * One entry of a request's history: who did what, when, and why.
 *
 * @param actor the authenticated person who acted (never a value the client sent)
 * @param onBehalfOf the absent person the actor stood in for as their substitute, if so
 * @param hop the hop acted on, if any
 * @param move where the waiting step went and why, for {@link
 *     RequestEventType#STEP_FOLLOWED_ORGANISATION}; empty for every other entry
 */
public record RequestEvent(
    Instant at,
    PersonId actor,
    Optional<PersonId> onBehalfOf,
    RequestEventType event,
    Optional<RequestStatus> from,
    RequestStatus to,
    Optional<Integer> hop,
    Optional<String> note,
    Optional<StepMove> move) {

  /**
   * The longest note a history entry holds (characters). Longer than {@link
   * ContactRequest#MAX_NOTE_LENGTH}: an entry may compose its note from what was given, e.g. a
   * redirect's "→ " + forum + ": " + reason, or "escalated by hand: " + reason; 100 characters are
   * left for the words around them.
   */
  public static final int MAX_NOTE_LENGTH =
      ContactRequest.MAX_NOTE_LENGTH + ContactRequest.MAX_FORUM_LENGTH + 100;

  public RequestEvent {
    Objects.requireNonNull(at, "at is required");
    Objects.requireNonNull(actor, "actor is required");
    Objects.requireNonNull(onBehalfOf, "onBehalfOf is required (may be empty)");
    Objects.requireNonNull(event, "event is required");
    Objects.requireNonNull(from, "from is required (may be empty)");
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(hop, "hop is required (may be empty)");
    Objects.requireNonNull(note, "note is required (may be empty)");
    Objects.requireNonNull(move, "move is required (may be empty)");
  }

  /** An entry that records no move of a step. */
  public RequestEvent(
      Instant at,
      PersonId actor,
      Optional<PersonId> onBehalfOf,
      RequestEventType event,
      Optional<RequestStatus> from,
      RequestStatus to,
      Optional<Integer> hop,
      Optional<String> note) {
    this(at, actor, onBehalfOf, event, from, to, hop, note, Optional.empty());
  }
}
