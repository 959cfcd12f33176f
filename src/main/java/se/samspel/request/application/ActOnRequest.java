package se.samspel.request.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.HopDeadlines;
import se.samspel.request.domain.OutsideRouteLog;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestId;

/**
 * Use cases that move a request along: decide (approve, decline, redirect), arrange, resolve,
 * complete and withdraw. Each runs in one transaction: the request is read, the transition checked
 * against its status and the actor's positions today, and the result stored with a version check,
 * so two decisions on the same hop at once cannot both win. A withdrawal without a version that
 * loses the version to a change made at the same moment is tried again on the request as it now is
 * (see {@link #withdraw}).
 */
@ApplicationScoped
public class ActOnRequest {

  private static final Logger LOG = Logger.getLogger(ActOnRequest.class);

  /**
   * How often a withdrawal without a version is tried when other changes keep claiming the
   * request's version first; each retry reads the request again.
   */
  static final int WITHDRAW_ATTEMPTS = 3;

  private final ContactRequestRepository requests;
  private final OrganisationDirectory directory;
  private final HopDeadlines deadlines;
  private final Capacities capacities;
  private final RequestNotices notices;
  private final OutsideRouteLog outsideRoute;
  private final ReadRequests read;
  private final FollowTheOrganisation follow;
  private final Clock clock;

  public ActOnRequest(
      ContactRequestRepository requests,
      OrganisationDirectory directory,
      HopDeadlines deadlines,
      Capacities capacities,
      RequestNotices notices,
      OutsideRouteLog outsideRoute,
      ReadRequests read,
      FollowTheOrganisation follow,
      Clock clock) {
    this.requests = requests;
    this.directory = directory;
    this.deadlines = deadlines;
    this.capacities = capacities;
    this.notices = notices;
    this.outsideRoute = outsideRoute;
    this.read = read;
    this.follow = follow;
    this.clock = clock;
  }

  /** The caller expects the request to be at this version (from its ETag), if given. */
  public record Expected(Optional<Long> version) {
    public static Expected any() {
      return new Expected(Optional.empty());
    }
  }

  @Transactional
  public ContactRequest approve(
      PersonId actor,
      RequestId id,
      Optional<PositionId> responsibleManager,
      Optional<String> note,
      Expected expected) {
    ContactRequest request = load(actor, id, expected);
    Capacity held = capacity(actor);
    responsibleManager.ifPresent(m -> checkManager(request, m));
    onHop(
        actor,
        request,
        "approve",
        () -> request.approve(actor, held, responsibleManager, note, clock.instant()));
    return store(request, actor, "approved");
  }

  @Transactional
  public ContactRequest decline(PersonId actor, RequestId id, String reason, Expected expected) {
    ContactRequest request = load(actor, id, expected);
    onHop(
        actor,
        request,
        "decline",
        () -> request.decline(actor, capacity(actor), reason, clock.instant()));
    return store(request, actor, "declined");
  }

  @Transactional
  public ContactRequest redirect(
      PersonId actor,
      RequestId id,
      Optional<UnitId> department,
      Optional<String> forum,
      String reason,
      Expected expected) {
    ContactRequest request = load(actor, id, expected);
    String destination;
    if (department.isPresent() == forum.isPresent()) {
      throw SamspelException.invalid("department", "give either a department or a forum");
    }
    if (department.isPresent()) {
      Unit unit =
          directory
              .current()
              .unit(department.get())
              .orElseThrow(
                  () ->
                      SamspelException.notFoundField(
                          "department", "unit", department.get().value()));
      destination = unit.id().value() + " " + unit.name();
    } else {
      destination = forum.get();
    }
    onHop(
        actor,
        request,
        "redirect",
        () -> request.redirect(actor, capacity(actor), destination, reason, clock.instant()));
    return store(request, actor, "redirected");
  }

  @Transactional
  public ContactRequest arrange(
      PersonId actor, RequestId id, Optional<String> note, Expected expected) {
    ContactRequest request = load(actor, id, expected);
    onHop(
        actor,
        request,
        "arrange",
        () -> request.arrange(actor, capacity(actor), note, clock.instant()));
    return store(request, actor, "arranged");
  }

  @Transactional
  public ContactRequest resolve(
      PersonId actor, RequestId id, Optional<String> note, Expected expected) {
    ContactRequest request = load(actor, id, expected);
    onHop(
        actor,
        request,
        "resolve",
        () -> request.resolve(actor, capacity(actor), note, clock.instant()));
    return store(request, actor, "resolved");
  }

  @Transactional
  public ContactRequest complete(
      PersonId actor, RequestId id, Optional<String> note, Expected expected) {
    ContactRequest request = load(actor, id, expected);
    request.complete(actor, capacity(actor), note, clock.instant());
    return store(request, actor, "completed");
  }

  /**
   * The requester withdraws the request, until it is arranged ({@link ContactRequest#withdraw});
   * the approver and whoever the request waited on are told through the outbox ({@link
   * RequestNotices}). Runs in a transaction of its own.
   *
   * <p>A withdrawal is serialised with every other change of the request by its version. One that
   * names no version means "as the request is now": if another change (an approval, an arrangement)
   * claimed the version while this one was being stored, the request is read again and the rule
   * applied to what it has become. So an approval and a withdrawal at the same moment end as if one
   * came after the other: approved then withdrawn (both succeed), or withdrawn and the approval
   * refused; an arrangement and a withdrawal at once: exactly one succeeds. A withdrawal that names
   * a version the request has left fails with {@code stale-version} instead.
   *
   * @return the withdrawn request, at its new version
   * @throws SamspelException not found if the actor may not see the request; forbidden if they are
   *     not its requester; conflict {@code invalid-transition} if it is arranged or closed, {@code
   *     stale-version} if it has left the expected version, {@code concurrent-modification} if it
   *     kept changing under every attempt
   */
  public ContactRequest withdraw(
      PersonId actor, RequestId id, Optional<String> reason, Expected expected) {
    for (int attempt = 1; ; attempt++) {
      try {
        return QuarkusTransaction.requiringNew()
            .call(() -> withdrawOnce(actor, id, reason, expected));
      } catch (SamspelException e) {
        boolean lostTheVersion =
            e.kind() == SamspelException.Kind.CONFLICT
                && ContactRequestRepository.CONCURRENT_MODIFICATION.equals(e.code());
        if (!lostTheVersion || expected.version().isPresent() || attempt >= WITHDRAW_ATTEMPTS) {
          throw e;
        }
        LOG.debugf("withdrawal of %s met a concurrent change; reading it again", id);
      }
    }
  }

  private ContactRequest withdrawOnce(
      PersonId actor, RequestId id, Optional<String> reason, Expected expected) {
    ContactRequest request = load(actor, id, expected);
    request.withdraw(actor, reason, clock.instant());
    return store(request, actor, "withdrew");
  }

  /**
   * Reads a request the actor may see; one they may not see is answered as if it did not exist, so
   * its existence does not leak.
   */
  private ContactRequest load(PersonId actor, RequestId id, Expected expected) {
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
    return request;
  }

  private ContactRequest store(ContactRequest request, PersonId actor, String verb) {
    // The hop that waits now (if a new one does) gets its deadline, and moves up at once if no one
    // acts in its post today (it fell vacant after the route was resolved).
    Instant now = clock.instant();
    request.startClock(deadlines.dueFor(request, now));
    follow.followNewStep(request, now);
    notices.recordChanges(request, LocalDate.now(clock));
    request.stored(requests.update(request));
    LOG.infof("%s %s request %s, now %s", actor, verb, request.id(), request.status());
    return request;
  }

  /**
   * Runs a transition on a request's waiting step; an attempt by someone who does not hold the
   * step's position is recorded as an action outside the route before it is refused.
   */
  private void onHop(PersonId actor, ContactRequest request, String action, Runnable transition) {
    try {
      transition.run();
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.FORBIDDEN) {
        outsideRoute.actedWithoutHolding(actor, request, action);
      }
      throw e;
    }
  }

  private Capacity capacity(PersonId person) {
    return capacities.of(person, LocalDate.now(clock));
  }

  /** The manager named to arrange a contact must lead others in the target's department. */
  private void checkManager(ContactRequest request, PositionId manager) {
    OrganisationGraph graph = directory.current();
    Position position =
        graph
            .position(manager)
            .orElseThrow(
                () ->
                    SamspelException.notFoundField(
                        "responsibleManager", "position", manager.value()));
    if (!position.kind().canLead()) {
      throw SamspelException.invalid(
          "responsibleManager", "'" + manager + "' is a " + position.kind() + ", not a manager");
    }
    Optional<Unit> department =
        request
            .contact()
            .targetPosition()
            .flatMap(graph::departmentOf)
            .or(() -> request.current().map(RequestHop::position).flatMap(graph::departmentOf));
    if (department.isPresent()
        && !graph.departmentOf(manager).map(d -> d.equals(department.get())).orElse(false)) {
      throw SamspelException.invalid(
          "responsibleManager", "'" + manager + "' does not work in " + department.get().name());
    }
  }
}
