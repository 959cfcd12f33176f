package se.samspel.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Rule;
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
 * stored with that route, the policy version and the rule. A contact the guideline leaves free or
 * forbids is not stored: the answer says so and quotes the rule.
 */
@ApplicationScoped
public class SubmitContactRequest {

  private static final Logger LOG = Logger.getLogger(SubmitContactRequest.class);

  private final RouteContact routeContact;
  private final ContactRequestRepository requests;
  private final HopDeadlines deadlines;
  private final RequestNotices notices;
  private final OutsideRouteLog outsideRoute;
  private final Clock clock;

  public SubmitContactRequest(
      RouteContact routeContact,
      ContactRequestRepository requests,
      HopDeadlines deadlines,
      RequestNotices notices,
      OutsideRouteLog outsideRoute,
      Clock clock) {
    this.routeContact = routeContact;
    this.requests = requests;
    this.deadlines = deadlines;
    this.notices = notices;
    this.outsideRoute = outsideRoute;
    this.clock = clock;
  }

  @Transactional
  public ContactRequest submit(PersonId caller, RouteCommand command, RequestDetails details) {
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
      throw refusal(decision);
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
    return request;
  }

  private static SamspelException refusal(RouteDecision decision) {
    Optional<Rule> rule = decision.rule();
    String cite =
        rule.map(
                r ->
                    " ("
                        + r.id()
                        + ", "
                        + r.source().section()
                        + ": \""
                        + r.source().quote()
                        + "\")")
            .orElse("");
    String code;
    String message;
    if (decision instanceof RouteDecision.Free) {
      code = "contact-free";
      message = "The contact is free and needs no request: make it directly" + cite;
    } else if (decision instanceof RouteDecision.NotPermitted) {
      code = "contact-not-permitted";
      message = "The guideline permits no route for this contact" + cite;
    } else if (decision instanceof RouteDecision.Unresolvable u) {
      code = "route-unresolvable";
      message = "The route cannot be followed in this organisation: " + u.reason() + cite;
    } else {
      code = "no-rule";
      message = "The guideline has no rule for this contact; ask your department head";
    }
    return new SamspelException(
        SamspelException.Kind.UNPROCESSABLE,
        code,
        message,
        List.of(FieldProblem.of("kind", message)));
  }
}
