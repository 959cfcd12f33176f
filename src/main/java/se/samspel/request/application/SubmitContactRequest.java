package se.samspel.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.request.domain.ContactDescription;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.HopDeadlines;
import se.samspel.request.domain.OutsideRouteLog;
import se.samspel.request.domain.RequestDetails;
import se.samspel.request.domain.RoutedUnder;
import se.samspel.routing.application.RouteCommand;
import se.samspel.routing.application.RouteContact;
import se.samspel.routing.application.RoutePlan;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.Target;

/**
 * Use case: a person submits a contact request. It is routed under the policy in force today and
 * stored with that route, the policy version and the rule. A contact the guideline leaves free,
 * forbids, has no rule for, or whose route the organisation cannot follow is not stored: the
 * outcome says which, with the rule (a forbidden one is also recorded as an action outside the
 * route).
 */
@ApplicationScoped
public class SubmitContactRequest {

  private static final Logger LOG = Logger.getLogger(SubmitContactRequest.class);

  private final RouteContact routeContact;
  private final ContactRequestRepository requests;
  private final HopDeadlines deadlines;
  private final RequestNotices notices;
  private final OutsideRouteLog outsideRoute;
  private final RequestMetrics metrics;
  private final Clock clock;

  public SubmitContactRequest(
      RouteContact routeContact,
      ContactRequestRepository requests,
      HopDeadlines deadlines,
      RequestNotices notices,
      OutsideRouteLog outsideRoute,
      RequestMetrics metrics,
      Clock clock) {
    this.routeContact = routeContact;
    this.requests = requests;
    this.deadlines = deadlines;
    this.notices = notices;
    this.outsideRoute = outsideRoute;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Routes and stores a request.
   *
   * @return {@link SubmitOutcome.Submitted} with the stored request, or a {@link
   *     SubmitOutcome.Refused} naming why nothing was stored
   * @throws SamspelException bad input or a missing thing, as routing reports it (an unknown or
   *     ambiguous target, a position the caller does not hold, no policy in force today)
   */
  @Transactional
  public SubmitOutcome submit(PersonId caller, RouteCommand command, RequestDetails details) {
    RoutePlan plan = routeContact.route(caller, command);
    RouteDecision decision = plan.decision();
    if (decision instanceof RouteDecision.NotPermitted forbidden) {
      outsideRoute.forbiddenRequest(
          caller,
          command.kind(),
          plan.policy(),
          forbidden.ruleApplied(),
          decision.requesterPosition(),
          decision.targetPosition(),
          command.requesterExternal().map(Enum::name).orElse(null),
          command.target() instanceof Target.External e ? e.party().name() : null);
    }
    if (!(decision instanceof RouteDecision.Routed routed)) {
      SubmitOutcome.Refused refused = refusal(plan);
      metrics.submitted(command.kind(), refused);
      return refused;
    }
    ContactDescription contact =
        new ContactDescription(
            caller,
            decision.requesterPosition(),
            command.requesterExternal(),
            decision.targetPosition(),
            command.target() instanceof Target.External e
                ? Optional.of(e.party())
                : Optional.empty(),
            command.kind(),
            command.context(),
            command.question(),
            command.flags());
    RoutedUnder under =
        new RoutedUnder(
            plan.policy().policy().key(),
            plan.policy().policy().version(),
            routed.ruleApplied().id());
    Instant now = clock.instant();
    ContactRequest request = ContactRequest.submit(contact, details, under, routed.hops(), now);
    request.startClock(deadlines.dueFor(request, now));
    notices.recordChanges(request, LocalDate.ofInstant(now, clock.getZone()));
    requests.add(request);
    LOG.infof(
        "Request %s submitted by %s under %s v%d rule %s",
        request.id(), caller, under.policyKey(), under.policyVersion(), under.ruleId());
    SubmitOutcome.Submitted submitted = new SubmitOutcome.Submitted(request);
    metrics.submitted(command.kind(), submitted);
    return submitted;
  }

  private static SubmitOutcome.Refused refusal(RoutePlan plan) {
    RouteDecision decision = plan.decision();
    if (decision instanceof RouteDecision.Free free) {
      return new SubmitOutcome.Free(plan, free.ruleApplied());
    }
    if (decision instanceof RouteDecision.Direct direct) {
      return new SubmitOutcome.Direct(plan, direct.ruleApplied());
    }
    if (decision instanceof RouteDecision.NotPermitted forbidden) {
      return new SubmitOutcome.NotPermitted(plan, forbidden.ruleApplied());
    }
    if (decision instanceof RouteDecision.Unresolvable u) {
      return new SubmitOutcome.Unresolvable(plan, u.ruleApplied(), u.reason());
    }
    return new SubmitOutcome.NoRule(plan);
  }
}
