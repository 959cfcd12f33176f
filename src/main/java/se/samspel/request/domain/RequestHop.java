package se.samspel.request.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopTemplate;

/**
 * A hop of a stored request.
 *
 * @param holderWhenRouted who held the position when the route was computed
 * @param actedBy who acted on the hop (or was informed)
 */
public record RequestHop(
    int order,
    HopTemplate template,
    PositionId position,
    Optional<PositionId> vacantPosition,
    Optional<PersonId> holderWhenRouted,
    HopAction action,
    HopState state,
    Optional<PersonId> actedBy,
    Optional<Instant> actedAt,
    Optional<String> note) {

  public RequestHop {
    Objects.requireNonNull(template, "template is required");
    Objects.requireNonNull(position, "position is required");
    Objects.requireNonNull(vacantPosition, "vacantPosition is required (may be empty)");
    Objects.requireNonNull(holderWhenRouted, "holderWhenRouted is required (may be empty)");
    Objects.requireNonNull(action, "action is required");
    Objects.requireNonNull(state, "state is required");
    Objects.requireNonNull(actedBy, "actedBy is required (may be empty)");
    Objects.requireNonNull(actedAt, "actedAt is required (may be empty)");
    Objects.requireNonNull(note, "note is required (may be empty)");
  }

  RequestHop done(PersonId actor, Instant at, Optional<String> withNote) {
    return new RequestHop(
        order,
        template,
        position,
        vacantPosition,
        holderWhenRouted,
        action,
        HopState.DONE,
        Optional.of(actor),
        Optional.of(at),
        withNote);
  }

  RequestHop skipped() {
    return new RequestHop(
        order,
        template,
        position,
        vacantPosition,
        holderWhenRouted,
        action,
        HopState.SKIPPED,
        actedBy,
        actedAt,
        note);
  }

  RequestHop assignedTo(PositionId newPosition) {
    return new RequestHop(
        order,
        template,
        newPosition,
        vacantPosition,
        holderWhenRouted,
        action,
        state,
        actedBy,
        actedAt,
        note);
  }
}
