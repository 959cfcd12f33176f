package se.samspel.routing.application;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.QuestionType;
import se.samspel.routing.domain.Target;

/**
 * A contact to route as a caller describes it: the caller acts in one of their positions (the given
 * one, else their most senior), or registers the contact of an external party.
 */
public record RouteCommand(
    Optional<PositionId> requesterPosition,
    Optional<ExternalParty> requesterExternal,
    Target target,
    ContactKind kind,
    ContactContext context,
    Optional<QuestionType> question,
    Set<ContactFlag> flags,
    Optional<UnitId> concernsUnit) {

  /** A contact that names no unit it concerns. */
  public RouteCommand(
      Optional<PositionId> requesterPosition,
      Optional<ExternalParty> requesterExternal,
      Target target,
      ContactKind kind,
      ContactContext context,
      Optional<QuestionType> question,
      Set<ContactFlag> flags) {
    this(
        requesterPosition,
        requesterExternal,
        target,
        kind,
        context,
        question,
        flags,
        Optional.empty());
  }

  public RouteCommand {
    Objects.requireNonNull(requesterPosition, "requesterPosition is required (may be empty)");
    Objects.requireNonNull(requesterExternal, "requesterExternal is required (may be empty)");
    Objects.requireNonNull(target, "target is required");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(context, "context is required");
    Objects.requireNonNull(question, "question is required (may be empty)");
    flags = Set.copyOf(flags);
    Objects.requireNonNull(concernsUnit, "concernsUnit is required (may be empty)");
  }
}
