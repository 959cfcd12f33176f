package se.samspel.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.QuickDecision;
import se.samspel.policy.domain.Rule;
import se.samspel.request.application.ActOnRequest.Expected;
import se.samspel.request.application.Capacities;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.application.RequestNotices;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.OutsideRouteLog;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestId;

/**
 * "Quick decision taken": an acute situation required a quick decision, and whoever may act on the
 * request's waiting handling step (its holder, acting holder or substitute) took it. The step is
 * done, the request settled, and the level the rule's quick-decision clause names is informed at
 * once (Kungsör, <i>Allas ansvar tillsammans är att</i>: "Respektera våra olika uppdrag och
 * hierarkin men ha förståelse för att det kan uppkomma akuta situationer som kräver snabba beslut.
 * Då ska berörd ansvarig informeras utan dröjsmål."). The level is resolved relative to the
 * position that took the decision by the escalation ladder of the request's own policy version
 * ({@link se.samspel.escalation.domain.EscalationLadder#informed}), from the organisation as it is
 * now. A rule without the clause (every Alingsås rule: that guideline has no acute passage) allows
 * no quick decision.
 */
@ApplicationScoped
public class TakeQuickDecision {

  private static final Logger LOG = Logger.getLogger(TakeQuickDecision.class);

  private final ContactRequestRepository requests;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final EscalationLadders ladders;
  private final Capacities capacities;
  private final RequestNotices notices;
  private final OutsideRouteLog outsideRoute;
  private final ReadRequests read;
  private final Clock clock;

  public TakeQuickDecision(
      ContactRequestRepository requests,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      EscalationLadders ladders,
      Capacities capacities,
      RequestNotices notices,
      OutsideRouteLog outsideRoute,
      ReadRequests read,
      Clock clock) {
    this.requests = requests;
    this.directory = directory;
    this.policies = policies;
    this.ladders = ladders;
    this.capacities = capacities;
    this.notices = notices;
    this.outsideRoute = outsideRoute;
    this.read = read;
    this.clock = clock;
  }

  /** The quick-decision clause of the rule a request was routed under, if its guideline has one. */
  public Optional<QuickDecision> clauseOf(ContactRequest request) {
    return policies
        .version(request.routedUnder().policyKey(), request.routedUnder().policyVersion())
        .flatMap(v -> v.policy().rule(request.routedUnder().ruleId()))
        .flatMap(Rule::quickDecision);
  }

  /**
   * Whether a person may take a quick decision on the request now: its rule allows one, a handling
   * step waits, and the person acts in that step's position today. The pages ask this to show the
   * form; {@link #take} checks the same.
   */
  public boolean mayTake(PersonId person, ContactRequest request) {
    Optional<RequestHop> hop = request.current();
    return hop.isPresent()
        && hop.get().action() == HopAction.HANDLE
        && clauseOf(request).isPresent()
        && capacity(person).covers(hop.get().position());
  }

  /**
   * Takes the quick decision, in one transaction with its notification.
   *
   * @param note what was decided (required; at most {@link ContactRequest#MAX_NOTE_LENGTH}
   *     characters, which the caller checks)
   * @return the settled request at its new version
   * @throws SamspelException not found if the actor may not see the request; conflict {@code
   *     stale-version} if it left the expected version, {@code invalid-transition} if nothing waits
   *     on it (closed) or the waiting step is not a handling step, {@code
   *     quick-decision-not-in-guideline} if its rule has no quick-decision clause, {@code
   *     concurrent-modification} if it changed at the same time; forbidden if the actor does not
   *     act in the waiting step's position (recorded as an action outside the route)
   */
  @Transactional
  public ContactRequest take(PersonId actor, RequestId id, String note, Expected expected) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    ContactRequest request = read.get(actor, id);
    if (expected.version().isPresent() && expected.version().get() != request.version()) {
      throw SamspelException.conflict(
          "stale-version",
          "The request has changed since version "
              + expected.version().get()
              + " (it is now at "
              + request.version()
              + "); reload it and try again");
    }
    RequestHop hop =
        request
            .current()
            .orElseThrow(
                () ->
                    SamspelException.conflict(
                        "invalid-transition",
                        "The request cannot be settled by a quick decision: it is "
                            + request.status()
                            + " and nothing waits on it"));
    Capacity held = capacity(actor);
    if (!held.covers(hop.position())) {
      outsideRoute.actedWithoutHolding(actor, request, "quick decision");
      throw SamspelException.forbidden(
          "Only the holder (or acting holder) of position '"
              + hop.position()
              + "' may act on this step");
    }
    QuickDecision clause =
        clauseOf(request)
            .orElseThrow(
                () ->
                    SamspelException.conflict(
                        "quick-decision-not-in-guideline",
                        "The guideline says nothing of quick decisions for rule "
                            + request.routedUnder().ruleId()
                            + " ("
                            + request.routedUnder().policyKey()
                            + " version "
                            + request.routedUnder().policyVersion()
                            + "): settle the matter with resolve, or escalate it"));
    Optional<Position> informed = informedAbove(request, clause, hop.position(), held, day);
    request.takeQuickDecision(
        actor, held, note, informed.map(Position::id), informed.flatMap(p -> p.holderOn(day)), now);
    notices.recordChanges(request, day);
    notices.quickDecisionTaken(request, informed.map(Position::id), day);
    request.stored(requests.update(request));
    LOG.infof(
        "%s took a quick decision on request %s at %s; informed %s",
        actor, request.id(), hop.position(), informed.map(p -> p.id().value()).orElse("no one"));
    return request;
  }

  /**
   * The level to inform: the clause's target from the deciding position, and on up the same way
   * while that level is one the decider acts in themself (an acting head deciding as the head of
   * elderly care informs KD, not themself).
   */
  private Optional<Position> informedAbove(
      ContactRequest request,
      QuickDecision clause,
      PositionId from,
      Capacity decider,
      LocalDate day) {
    OrganisationGraph graph = directory.current();
    PositionId at = from;
    for (int level = 0; level < 64; level++) {
      Optional<Position> next =
          ladders.of(request.routedUnder()).informed(graph, clause.informs(), at, day);
      if (next.isEmpty() || !decider.covers(next.get().id())) {
        return next;
      }
      at = next.get().id();
    }
    return Optional.empty();
  }

  private Capacity capacity(PersonId person) {
    return capacities.of(person, LocalDate.now(clock));
  }
}
