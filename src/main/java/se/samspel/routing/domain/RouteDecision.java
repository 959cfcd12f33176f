package se.samspel.routing.domain;

import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.Rule;

/** What the policy says of a contact, resolved over the organisation. */
public sealed interface RouteDecision {

  /** The requester's position (empty for an external party). */
  Optional<PositionId> requesterPosition();

  /** The target's position (empty for an external party). */
  Optional<PositionId> targetPosition();

  /** The rule that decided, if any. */
  Optional<Rule> rule();

  /** The contact must take these hops. */
  record Routed(
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      Rule ruleApplied,
      List<Hop> hops)
      implements RouteDecision {
    public Routed {
      hops = List.copyOf(hops);
    }

    @Override
    public Optional<Rule> rule() {
      return Optional.of(ruleApplied);
    }
  }

  /** The contact is free. */
  record Free(
      Optional<PositionId> requesterPosition, Optional<PositionId> targetPosition, Rule ruleApplied)
      implements RouteDecision {
    @Override
    public Optional<Rule> rule() {
      return Optional.of(ruleApplied);
    }
  }

  /** No route is permitted. */
  record NotPermitted(
      Optional<PositionId> requesterPosition, Optional<PositionId> targetPosition, Rule ruleApplied)
      implements RouteDecision {
    @Override
    public Optional<Rule> rule() {
      return Optional.of(ruleApplied);
    }
  }

  /** The policy has no rule for this contact. */
  record NoRule(
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      PartyType requester,
      PartyType target)
      implements RouteDecision {
    @Override
    public Optional<Rule> rule() {
      return Optional.empty();
    }
  }

  /** A rule applies but its route cannot be resolved in this organisation (e.g. no manager). */
  record Unresolvable(
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      Rule ruleApplied,
      String reason)
      implements RouteDecision {
    @Override
    public Optional<Rule> rule() {
      return Optional.of(ruleApplied);
    }
  }
}
