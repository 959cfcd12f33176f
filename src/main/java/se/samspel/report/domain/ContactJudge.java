package se.samspel.report.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.Rule;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Router;

/**
 * Judges a contact that happened — the requester reached the target directly — against the rules in
 * force on that day. The statutory rules come first (a contact they cover is protected); then the
 * municipal policy: a contact it leaves free, or whose route begins at the target itself, is no
 * deviation; a forbidden one, or one that skipped the route's first step, is.
 */
public final class ContactJudge {

  private ContactJudge() {}

  public static Verdict judge(
      Policy statutory, Policy policy, OrganisationGraph graph, RouteQuery contact, LocalDate day) {
    RouteDecision law = Router.route(statutory, graph, contact, day);
    if (law instanceof RouteDecision.Free free) {
      return new Verdict.Protected(free.ruleApplied());
    }
    RouteDecision decision = Router.route(policy, graph, contact, day);
    if (decision instanceof RouteDecision.Free free) {
      return new Verdict.NoDeviation(
          Optional.of(free.ruleApplied()), "The guideline leaves this contact free.");
    }
    if (decision instanceof RouteDecision.NotPermitted forbidden) {
      return new Verdict.Deviation(
          forbidden.ruleApplied(),
          "",
          "A contact the guideline does not permit",
          decision.requesterPosition(),
          decision.targetPosition());
    }
    if (decision instanceof RouteDecision.Routed routed) {
      Rule rule = routed.ruleApplied();
      Optional<Hop> first = routed.hops().stream().filter(h -> h.action().waits()).findFirst();
      boolean directIsTheRoute =
          first.isPresent()
              && decision.targetPosition().equals(Optional.of(first.get().position()));
      if (directIsTheRoute) {
        return new Verdict.NoDeviation(
            Optional.of(rule), "The contact went where the guideline's route begins.");
      }
      String route =
          routed.hops().stream()
              .map(h -> h.position().value() + " (" + h.action() + ")")
              .collect(Collectors.joining(" → "));
      return new Verdict.Deviation(
          rule,
          route,
          "A direct contact where the guideline prescribes the route " + route,
          decision.requesterPosition(),
          decision.targetPosition());
    }
    if (decision instanceof RouteDecision.Unresolvable u) {
      return new Verdict.NoDeviation(
          Optional.of(u.ruleApplied()),
          "The rule's route cannot be followed in this organisation ("
              + u.reason()
              + "), so the"
              + " contact cannot be judged to depart from it.");
    }
    return new Verdict.NoDeviation(
        Optional.empty(), "The guideline has no rule for this contact, so it is no deviation.");
  }
}
