package se.samspel.report.domain;

import java.time.LocalDate;
import java.util.Optional;
import se.samspel.deviation.domain.PrescribedRoute;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.policy.domain.Policy;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Router;

/**
 * Judges a contact that happened — the requester reached the target directly — against the rules in
 * force on that day. The statutory rules come first (a contact they cover is protected); then the
 * municipal policy: a contact it leaves free, whose route begins at the target itself, or whose
 * route's steps all fall to the requester themself, is no deviation; a forbidden one, or one that
 * skipped the route's first step, is.
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
          Optional.of(free.ruleApplied()),
          new NoDeviationReason.FreeByGuideline(free.recommended()));
    }
    if (decision instanceof RouteDecision.Direct direct) {
      return new Verdict.NoDeviation(
          Optional.of(direct.ruleApplied()), new NoDeviationReason.DirectForTheRequester());
    }
    if (decision instanceof RouteDecision.NotPermitted forbidden) {
      return new Verdict.Deviation(
          forbidden.ruleApplied(),
          Verdict.Departure.NOT_PERMITTED,
          PrescribedRoute.NONE,
          decision.requesterPosition(),
          decision.targetPosition());
    }
    if (decision instanceof RouteDecision.Routed routed) {
      Optional<Hop> first = routed.hops().stream().filter(h -> h.action().waits()).findFirst();
      boolean directIsTheRoute =
          first.isPresent()
              && decision.targetPosition().equals(Optional.of(first.get().position()));
      if (directIsTheRoute) {
        return new Verdict.NoDeviation(
            Optional.of(routed.ruleApplied()), new NoDeviationReason.DirectIsTheRoute());
      }
      return new Verdict.Deviation(
          routed.ruleApplied(),
          Verdict.Departure.ROUTE_SKIPPED,
          prescribed(routed),
          decision.requesterPosition(),
          decision.targetPosition());
    }
    if (decision instanceof RouteDecision.Unresolvable u) {
      return new Verdict.NoDeviation(
          Optional.of(u.ruleApplied()), new NoDeviationReason.RouteUnresolvable(u.reason()));
    }
    return new Verdict.NoDeviation(Optional.empty(), new NoDeviationReason.NoRule());
  }

  /** The route as the record keeps it: every hop, its position and its action. */
  private static PrescribedRoute prescribed(RouteDecision.Routed routed) {
    return new PrescribedRoute(
        routed.hops().stream()
            .map(h -> PrescribedRoute.Step.of(h.position().value(), h.action().name()))
            .toList());
  }
}
