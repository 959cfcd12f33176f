package se.samspel.routing.application;

import java.util.List;
import java.util.Optional;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.application.OrganisationViews.PositionRef;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.application.PolicyViews;
import se.samspel.policy.application.PolicyViews.CitationView;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopSpec;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.domain.Severity;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.RouteDecision;

/** A route as the API shows it. */
public final class RouteViews {

  private RouteViews() {}

  /** The policy version a route was computed under. */
  public record PolicyRef(String key, int version, String municipality, String title) {}

  /**
   * The rule that decided, with the passage it cites.
   *
   * @param reading how Samspel reads the quote where its words do not state the rule (Swedish);
   *     null where they do
   * @param conditions passages whoever acts on the route must keep to; empty for most rules
   */
  public record RuleRef(
      String id,
      String title,
      String outcome,
      Severity severity,
      String section,
      String quote,
      String source,
      String reading,
      List<CitationView> conditions) {}

  /** One hop, with its step's own passage ({@code source}) where the rule gives it one. */
  public record HopView(
      int order,
      HopTemplate template,
      PositionRef position,
      PersonRef holder,
      boolean acting,
      PositionRef vacantPosition,
      HopAction action,
      String ruleId,
      String quote,
      CitationView source) {}

  /**
   * A computed route.
   *
   * @param outcome ROUTE, FREE, NOT_PERMITTED, NO_RULE or UNRESOLVABLE
   * @param requesterExternal the external party that makes the contact, when it is one
   * @param detail why, in one sentence
   */
  public record RouteView(
      PolicyRef policy,
      String outcome,
      RuleRef rule,
      PositionRef requester,
      String requesterExternal,
      PositionRef target,
      String targetExternal,
      List<HopView> hops,
      String detail) {}

  public static PolicyRef policyRef(PolicyVersion version) {
    return new PolicyRef(
        version.policy().key(),
        version.policy().version(),
        version.policy().provenance().municipality(),
        version.policy().provenance().title());
  }

  public static RuleRef ruleRef(PolicyVersion version, Rule rule) {
    return new RuleRef(
        rule.id(),
        rule.title(),
        rule.outcome().name(),
        rule.severity(),
        rule.source().section(),
        rule.source().quote(),
        version.policy().provenance().title()
            + ", "
            + version.policy().provenance().municipality()
            + " ("
            + version.policy().provenance().caseNumber()
            + ")",
        rule.source().reading().orElse(null),
        rule.conditions().stream().map(PolicyViews::citation).toList());
  }

  /**
   * The passage of the step of a rule's route a hop was resolved from, when the step has one of its
   * own: the first step with the hop's template and action.
   */
  public static CitationView hopSource(Rule rule, HopTemplate template, HopAction action) {
    return rule.route().stream()
        .filter(s -> s.position() == template && s.action() == action)
        .findFirst()
        .flatMap(HopSpec::source)
        .map(PolicyViews::citation)
        .orElse(null);
  }

  public static RouteView of(RoutePlan plan, String requesterExternal, String targetExternal) {
    RouteDecision decision = plan.decision();
    OrganisationGraph graph = plan.organisation();
    Optional<Rule> rule = decision.rule();
    List<HopView> hops =
        decision instanceof RouteDecision.Routed routed
            ? routed.hops().stream().map(h -> hop(plan, h, routed.ruleApplied())).toList()
            : List.of();
    String outcome;
    String detail;
    if (decision instanceof RouteDecision.Routed) {
      outcome = "ROUTE";
      detail = "The guideline prescribes this route.";
    } else if (decision instanceof RouteDecision.Free) {
      outcome = "FREE";
      detail = "The contact is free: make it directly.";
    } else if (decision instanceof RouteDecision.NotPermitted) {
      outcome = "NOT_PERMITTED";
      detail = "The guideline permits no route for this contact.";
    } else if (decision instanceof RouteDecision.Unresolvable u) {
      outcome = "UNRESOLVABLE";
      detail = "The rule's route cannot be followed in this organisation: " + u.reason() + ".";
    } else {
      RouteDecision.NoRule none = (RouteDecision.NoRule) decision;
      outcome = "NO_RULE";
      detail =
          "The guideline has no rule for a contact of this kind from "
              + none.requester()
              + " to "
              + none.target()
              + "; ask your department head.";
    }
    return new RouteView(
        policyRef(plan.policy()),
        outcome,
        rule.map(r -> ruleRef(plan.policy(), r)).orElse(null),
        position(graph, decision.requesterPosition(), plan),
        requesterExternal,
        position(graph, decision.targetPosition(), plan),
        targetExternal,
        hops,
        detail);
  }

  private static HopView hop(RoutePlan plan, Hop hop, Rule rule) {
    OrganisationGraph graph = plan.organisation();
    return new HopView(
        hop.order(),
        hop.template(),
        position(graph, Optional.of(hop.position()), plan),
        hop.holder().flatMap(graph::person).map(OrganisationViews::personRef).orElse(null),
        hop.acting(),
        position(graph, hop.vacantPosition(), plan),
        hop.action(),
        rule.id(),
        rule.source().quote(),
        hopSource(rule, hop.template(), hop.action()));
  }

  private static PositionRef position(
      OrganisationGraph graph, Optional<PositionId> id, RoutePlan plan) {
    return id.flatMap(graph::position)
        .map(p -> OrganisationViews.positionRef(graph, p, plan.day()))
        .orElse(null);
  }
}
