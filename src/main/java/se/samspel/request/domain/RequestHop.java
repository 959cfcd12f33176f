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
 * @param position the position that must act now: the one the route named, or the level the hop has
 *     escalated to
 * @param holderWhenRouted who held the position when the route was computed
 * @param actedBy who acted on the hop (or was informed)
 * @param dueAt when the hop escalates if its holder has not acted; empty while it does not wait
 * @param acknowledgedBy who took the matter at the current level (stops the clock until dueAt)
 * @param escalatedFrom the position the route named, once the hop has escalated from it
 * @param escalations how many levels the hop has climbed
 * @param waitingOn the person who acted in {@link #position} when the hop last started waiting on
 *     them (routed, escalated, or followed a change of the organisation); empty while it does not
 *     wait, when no one acted in the post, or for hops stored before this was recorded. Compared
 *     with who acts now to find steps whose post changed hands ({@code FollowTheOrganisation}).
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
    Optional<String> note,
    Optional<Instant> dueAt,
    Optional<PersonId> acknowledgedBy,
    Optional<Instant> acknowledgedAt,
    Optional<PositionId> escalatedFrom,
    int escalations,
    Optional<PersonId> waitingOn) {

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
    Objects.requireNonNull(dueAt, "dueAt is required (may be empty)");
    Objects.requireNonNull(acknowledgedBy, "acknowledgedBy is required (may be empty)");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt is required (may be empty)");
    Objects.requireNonNull(escalatedFrom, "escalatedFrom is required (may be empty)");
    Objects.requireNonNull(waitingOn, "waitingOn is required (may be empty)");
  }

  /** A new hop of a route, not yet acted on. */
  static RequestHop planned(
      int order,
      HopTemplate template,
      PositionId position,
      Optional<PositionId> vacantPosition,
      Optional<PersonId> holder,
      HopAction action,
      HopState state,
      Optional<PersonId> informed,
      Optional<Instant> informedAt) {
    return new RequestHop(
        order,
        template,
        position,
        vacantPosition,
        holder,
        action,
        state,
        informed,
        informedAt,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty());
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
        withNote,
        Optional.empty(),
        acknowledgedBy,
        acknowledgedAt,
        escalatedFrom,
        escalations,
        waitingOn);
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
        note,
        Optional.empty(),
        acknowledgedBy,
        acknowledgedAt,
        escalatedFrom,
        escalations,
        waitingOn);
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
        note,
        dueAt,
        acknowledgedBy,
        acknowledgedAt,
        escalatedFrom,
        escalations,
        Optional.empty());
  }

  RequestHop due(Instant at) {
    return new RequestHop(
        order,
        template,
        position,
        vacantPosition,
        holderWhenRouted,
        action,
        state,
        actedBy,
        actedAt,
        note,
        Optional.of(at),
        acknowledgedBy,
        acknowledgedAt,
        escalatedFrom,
        escalations,
        waitingOn);
  }

  RequestHop stopped() {
    return new RequestHop(
        order,
        template,
        position,
        vacantPosition,
        holderWhenRouted,
        action,
        state,
        actedBy,
        actedAt,
        note,
        Optional.empty(),
        acknowledgedBy,
        acknowledgedAt,
        escalatedFrom,
        escalations,
        waitingOn);
  }

  RequestHop acknowledged(PersonId by, Instant at, Instant nextDue) {
    return new RequestHop(
        order,
        template,
        position,
        vacantPosition,
        holderWhenRouted,
        action,
        state,
        actedBy,
        actedAt,
        note,
        Optional.of(nextDue),
        Optional.of(by),
        Optional.of(at),
        escalatedFrom,
        escalations,
        waitingOn);
  }

  RequestHop escalatedTo(PositionId next, Instant nextDue) {
    return new RequestHop(
        order,
        template,
        next,
        vacantPosition,
        holderWhenRouted,
        action,
        state,
        actedBy,
        actedAt,
        note,
        Optional.of(nextDue),
        Optional.empty(),
        Optional.empty(),
        escalatedFrom.or(() -> Optional.of(position)),
        escalations + 1,
        Optional.empty());
  }

  /** The hop now waits on this person (who acts in its position as it starts waiting). */
  RequestHop waitingOn(Optional<PersonId> person) {
    return new RequestHop(
        order,
        template,
        position,
        vacantPosition,
        holderWhenRouted,
        action,
        state,
        actedBy,
        actedAt,
        note,
        dueAt,
        acknowledgedBy,
        acknowledgedAt,
        escalatedFrom,
        escalations,
        person);
  }

  /**
   * The hop follows a change of the organisation: it waits in {@code to} (its own position when the
   * post is still held, the nearest held level above when it fell vacant) on {@code person}, until
   * {@code nextDue}. Whoever took it before has not taken it for the new person, so the
   * acknowledgement is cleared; a move up keeps the position the route named as {@link
   * #escalatedFrom}, so oversight and the whistleblowing chain still see where it began, but it is
   * not counted as an escalation.
   */
  RequestHop followed(PositionId to, Optional<PersonId> person, Optional<Instant> nextDue) {
    boolean moved = !to.equals(position);
    return new RequestHop(
        order,
        template,
        to,
        vacantPosition,
        holderWhenRouted,
        action,
        state,
        actedBy,
        actedAt,
        note,
        nextDue,
        Optional.empty(),
        Optional.empty(),
        moved ? escalatedFrom.or(() -> Optional.of(position)) : escalatedFrom,
        escalations,
        person);
  }

  /** Whether the holder has taken the matter at the current level. */
  public boolean isAcknowledged() {
    return acknowledgedAt.isPresent();
  }
}
