package se.samspel.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.application.Capacities;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.application.RequestNotices;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequest.EscalationReason;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.OutsideRouteLog;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestId;

/**
 * Use cases of escalation: a holder takes a matter or escalates it by hand; the sweeper escalates a
 * request whose deadline passed. The next level is where the escalation section of the request's
 * own policy version says (see {@link EscalationLadders}), resolved from the organisation as it is
 * at that moment; at the top the request is flagged as stuck. Who else takes part (the KSO or a
 * chair in strategic matters) is the policy's to say, in the route of its rules.
 */
@ApplicationScoped
public class EscalateRequest {

  private static final Logger LOG = Logger.getLogger(EscalateRequest.class);

  private final ContactRequestRepository requests;
  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final EscalationLadders ladders;
  private final Capacities capacities;
  private final RequestNotices notices;
  private final OutsideRouteLog outsideRoute;
  private final ReadRequests read;
  private final EscalationMetrics metrics;
  private final Clock clock;

  public EscalateRequest(
      ContactRequestRepository requests,
      OrganisationDirectory directory,
      Deadlines deadlines,
      EscalationLadders ladders,
      Capacities capacities,
      RequestNotices notices,
      OutsideRouteLog outsideRoute,
      ReadRequests read,
      EscalationMetrics metrics,
      Clock clock) {
    this.requests = requests;
    this.directory = directory;
    this.deadlines = deadlines;
    this.ladders = ladders;
    this.capacities = capacities;
    this.notices = notices;
    this.outsideRoute = outsideRoute;
    this.read = read;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The holder takes the matter: its clock stops until the next deadline. */
  @Transactional
  public ContactRequest acknowledge(PersonId actor, RequestId id) {
    Instant now = clock.instant();
    ContactRequest request = visible(actor, id);
    try {
      request.acknowledge(
          actor, capacity(actor), now, deadlines.dueAfterAcknowledgement(request, now));
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.FORBIDDEN) {
        outsideRoute.actedWithoutHolding(actor, request, "take");
      }
      throw e;
    }
    return store(request);
  }

  /** The holder cannot solve it at their level: it climbs to the next. */
  @Transactional
  public ContactRequest escalateByHand(PersonId actor, RequestId id, String reason) {
    Instant now = clock.instant();
    ContactRequest request = visible(actor, id);
    RequestHop hop =
        request
            .current()
            .orElseThrow(
                () ->
                    SamspelException.conflict(
                        "invalid-transition",
                        "The request cannot be escalated: nothing waits on it"));
    if (!capacity(actor).covers(hop.position())) {
      outsideRoute.actedWithoutHolding(actor, request, "escalate");
      throw SamspelException.forbidden(
          "Only the holder of position '" + hop.position() + "' may escalate this step");
    }
    climb(request, actor, EscalationReason.BY_HAND, Optional.of(reason), now);
    return store(request);
  }

  /**
   * Escalates one request whose deadline passed, if it still has (another instance, an
   * acknowledgement or an action may have come first). Runs in the caller's transaction, which
   * holds the request's row.
   *
   * @return whether the request escalated or was flagged stuck at the top
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean escalateOverdue(RequestId id, Instant now) {
    Optional<ContactRequest> found = requests.find(id);
    if (found.isEmpty() || !found.get().isOverdue(now)) {
      return false;
    }
    ContactRequest request = found.get();
    climb(request, ContactRequest.SAMSPEL, EscalationReason.DEADLINE_PASSED, Optional.empty(), now);
    store(request);
    return true;
  }

  /**
   * Escalates, as {@link #escalateOverdue(RequestId, Instant)} does each, those of a batch of
   * requests whose deadline still has passed: the batch is read in a fixed number of queries
   * ({@link ContactRequestRepository#findAll}), escalated in memory with its outbox events
   * recorded, and written in one flush ({@link ContactRequestRepository#updateAll}), each request's
   * version checked. Runs in the caller's transaction, which holds the requests' rows; if any of
   * them fails, the whole batch is to roll back.
   *
   * @return how many of them escalated or were flagged stuck at the top
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int escalateOverdue(List<RequestId> ids, Instant now) {
    List<ContactRequest> overdue =
        requests.findAll(ids).stream().filter(request -> request.isOverdue(now)).toList();
    if (overdue.isEmpty()) {
      return 0;
    }
    LocalDate day = LocalDate.now(clock);
    for (ContactRequest request : overdue) {
      climb(
          request, ContactRequest.SAMSPEL, EscalationReason.DEADLINE_PASSED, Optional.empty(), now);
      notices.recordChanges(request, day);
    }
    List<Long> versions = requests.updateAll(overdue);
    for (int i = 0; i < overdue.size(); i++) {
      overdue.get(i).stored(versions.get(i));
    }
    return overdue.size();
  }

  private void climb(
      ContactRequest request,
      PersonId actor,
      EscalationReason reason,
      Optional<String> note,
      Instant now) {
    OrganisationGraph graph = directory.current();
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    PositionId from = request.current().orElseThrow().position();
    Optional<Position> next = ladders.of(request.routedUnder()).nextLevel(graph, from, day);
    if (next.isEmpty()) {
      request.stuckAtTop(
          actor, Optional.of(from + " is the top of the chain: no one above to escalate to"), now);
      LOG.warnf("Request %s is stuck at the top (%s)", request.id(), from);
      metrics.stuckAtTop();
      return;
    }
    request.escalate(
        actor,
        capacity(actor),
        reason,
        next.get().id(),
        note,
        now,
        deadlines.dueAfterEscalation(request, now));
    metrics.escalated(reason);
    LOG.debugf("Request %s escalated %s → %s (%s)", request.id(), from, next.get().id(), reason);
  }

  private ContactRequest visible(PersonId actor, RequestId id) {
    return read.get(actor, id);
  }

  private ContactRequest store(ContactRequest request) {
    notices.recordChanges(request, LocalDate.now(clock));
    request.stored(requests.update(request));
    return request;
  }

  private Capacity capacity(PersonId person) {
    return capacities.of(person, LocalDate.now(clock));
  }
}
