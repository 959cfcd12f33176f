package se.samspel.routing.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.QuestionType;

/**
 * A contact to route.
 *
 * @param requesterAlsoActsIn positions other than the requester's own in which the requester would
 *     act on a step themself: other posts they hold, and those of absent people whose substitute
 *     they are. A step that would fall to the requester is dropped from the route (nobody approves
 *     their own request); the requester's own position and whatever they hold or act in on the day
 *     are found from the organisation without it.
 * @param concernsUnit the unit the matter concerns, when the contact names one: a free contact's
 *     recommendation resolves to it (its manager and the staff who perform the service)
 */
public record RouteQuery(
    Requester requester,
    Target target,
    ContactKind kind,
    ContactContext context,
    Optional<QuestionType> question,
    Set<ContactFlag> flags,
    Set<PositionId> requesterAlsoActsIn,
    Optional<UnitId> concernsUnit) {

  /** A contact that names no unit it concerns. */
  public RouteQuery(
      Requester requester,
      Target target,
      ContactKind kind,
      ContactContext context,
      Optional<QuestionType> question,
      Set<ContactFlag> flags,
      Set<PositionId> requesterAlsoActsIn) {
    this(requester, target, kind, context, question, flags, requesterAlsoActsIn, Optional.empty());
  }

  /** A contact whose requester substitutes for no one. */
  public RouteQuery(
      Requester requester,
      Target target,
      ContactKind kind,
      ContactContext context,
      Optional<QuestionType> question,
      Set<ContactFlag> flags) {
    this(requester, target, kind, context, question, flags, Set.of(), Optional.empty());
  }

  public RouteQuery {
    Objects.requireNonNull(requester, "requester is required");
    Objects.requireNonNull(target, "target is required");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(context, "context is required");
    Objects.requireNonNull(question, "question is required (may be empty)");
    flags = Set.copyOf(Objects.requireNonNull(flags, "flags are required"));
    requesterAlsoActsIn =
        Set.copyOf(Objects.requireNonNull(requesterAlsoActsIn, "requesterAlsoActsIn is required"));
    Objects.requireNonNull(concernsUnit, "concernsUnit is required (may be empty)");
  }
}
