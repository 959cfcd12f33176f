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

  /**
   * The rule routes the contact, but every step that would wait falls to the requester themself (as
   * holder, acting holder or substitute of the step's position), so the contact is direct for this
   * requester: free, and never a deviation. A department head reaching their own direct report, or
   * raising something with their own committee chair, is such a contact (Kungsör, <i>Ledare</i>:
   * "Har förvaltningschefen inga chefer under sig går kommunikationen direkt till medarbetarna på
   * förvaltningen.").
   *
   * @param dropped the steps that fell to the requester, in route order (empty when the route named
   *     no one between requester and target)
   */
  record Direct(
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      Rule ruleApplied,
      List<Hop> dropped)
      implements RouteDecision {
    public Direct {
      dropped = List.copyOf(dropped);
    }

    @Override
    public Optional<Rule> rule() {
      return Optional.of(ruleApplied);
    }
  }

  /**
   * The contact is free.
   *
   * @param recommended whom the rule recommends as the first contact all the same, resolved over
   *     the organisation; empty when the rule recommends no one
   */
  record Free(
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      Rule ruleApplied,
      Optional<Recommended> recommended)
      implements RouteDecision {

    /** A free contact without a recommendation. */
    public Free(
        Optional<PositionId> requesterPosition,
        Optional<PositionId> targetPosition,
        Rule ruleApplied) {
      this(requesterPosition, targetPosition, ruleApplied, Optional.empty());
    }

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

  /**
   * The policy has no rule for this contact.
   *
   * @param askFirst whom the requester may ask how to proceed: never the person being contacted nor
   *     the requester (see {@link NoRuleAdvice}); empty when the organisation has no one fit
   */
  record NoRule(
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      PartyType requester,
      Optional<PartyType> target,
      Optional<PositionId> askFirst)
      implements RouteDecision {
    public NoRule {
      java.util.Objects.requireNonNull(askFirst, "askFirst is required (may be empty)");
    }

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
