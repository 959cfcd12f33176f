package se.samspel.routing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.application.OrganisationViews.PositionRef;
import se.samspel.organisation.application.OrganisationViews.UnitRef;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Unit;
import se.samspel.policy.application.PolicyViews;
import se.samspel.policy.application.PolicyViews.CitationView;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopSpec;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.domain.Severity;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.Recommended;
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
   * @param outcome ROUTE, FREE, DIRECT (every step would be the requester's own), NOT_PERMITTED,
   *     NO_RULE or UNRESOLVABLE
   * @param requesterExternal the external party that makes the contact, when it is one
   * @param detail why, in one sentence
   * @param askFirst on NO_RULE: whom to ask how to proceed (never the target nor the requester);
   *     null when no one fits
   * @param recommendation on FREE: the first contact the rule recommends, when it recommends one
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
      String detail,
      PositionRef askFirst,
      RecommendationView recommendation) {}

  /**
   * Whom a free contact is recommended to go to first, with the passage: the unit the matter
   * concerns, its manager and up to ten of the staff who perform the service there (all empty when
   * the contact named no unit; then {@code text} says it in general terms).
   */
  public record RecommendationView(
      String to,
      String section,
      String quote,
      UnitRef unit,
      PositionRef manager,
      List<PositionRef> staff,
      int staffTotal,
      String text) {}

  /** A resolved recommendation as the API and the pages show it. */
  public static RecommendationView recommendation(
      OrganisationGraph graph, Recommended recommended, LocalDate day) {
    Optional<Unit> unit = recommended.unit().flatMap(graph::unit);
    String text =
        unit.map(
                u ->
                    "The guideline recommends going first to the staff who perform the service in "
                        + u.name()
                        + ", or its manager; whoever was contacted can refer the person there.")
            .orElse(
                "The guideline recommends going first to the staff who perform the service in the"
                    + " unit the matter concerns; whoever was contacted can refer the person"
                    + " there.");
    return new RecommendationView(
        recommended.recommendation().to().name(),
        recommended.recommendation().source().section(),
        recommended.recommendation().source().quote(),
        unit.map(OrganisationViews::unitRef).orElse(null),
        recommended
            .manager()
            .flatMap(graph::position)
            .map(p -> OrganisationViews.positionRef(graph, p, day))
            .orElse(null),
        recommended.staff().stream()
            .flatMap(id -> graph.position(id).stream())
            .map(p -> OrganisationViews.positionRef(graph, p, day))
            .toList(),
        recommended.staffTotal(),
        text);
  }

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
    } else if (decision instanceof RouteDecision.Direct) {
      outcome = "DIRECT";
      detail =
          "The route's steps would all be your own: you reach this person directly, no request"
              + " needed.";
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
              + none.target().map(t -> " to " + t).orElse(" naming no target")
              + "; "
              + askFirstSentence(graph, none.askFirst())
              + ".";
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
        detail,
        decision instanceof RouteDecision.NoRule none
            ? position(graph, none.askFirst(), plan)
            : null,
        decision instanceof RouteDecision.Free free
            ? free.recommended().map(r -> recommendation(graph, r, plan.day())).orElse(null)
            : null);
  }

  /**
   * The advice of a contact without a rule, in English: "ask Förvaltningschef, Utbildning" (never
   * the person being contacted); when no one fits (the KSO and KD asking about each other), to
   * agree on it together and raise it in the yearly review.
   */
  public static String askFirstSentence(OrganisationGraph graph, Optional<PositionId> askFirst) {
    return askFirst
        .flatMap(graph::position)
        .map(
            p ->
                "ask "
                    + p.title()
                    + graph.unit(p.unit()).map(u -> ", " + u.name()).orElse("")
                    + " how to proceed")
        .orElse(
            "no one stands above both of you: agree on it together and raise it in the"
                + " guideline's yearly review");
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
