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
 */
public record RequestEvent(
    Instant at,
    PersonId actor,
    Optional<PersonId> onBehalfOf,
    RequestEventType event,
    Optional<RequestStatus> from,
    RequestStatus to,
    Optional<Integer> hop,
    Optional<String> note) {

  public RequestEvent {
    Objects.requireNonNull(at, "at is required");
    Objects.requireNonNull(actor, "actor is required");
    Objects.requireNonNull(onBehalfOf, "onBehalfOf is required (may be empty)");
    Objects.requireNonNull(event, "event is required");
    Objects.requireNonNull(from, "from is required (may be empty)");
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(hop, "hop is required (may be empty)");
    Objects.requireNonNull(note, "note is required (may be empty)");
  }
}
