package se.samspel.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.HopAction;
import se.samspel.routing.domain.Hop;

/**
 * A contact request and its life. Every transition checks that it is allowed in the current status
 * and that the actor holds the position of the hop they act on, and records who did it, when and
 * why. Invalid transitions fail with a conflict that says why; nothing changes then.
 */
public final class ContactRequest {

  /** The longest subject a requester may write (characters). */
  public static final int MAX_SUBJECT_LENGTH = 200;

  /** The longest purpose a requester may write (characters). */
  public static final int MAX_PURPOSE_LENGTH = 2000;

  /**
   * The longest note or reason given with a step (characters): approving, declining, redirecting,
   * arranging, resolving, completing, withdrawing, escalating by hand. A hop keeps it as given.
   */
  public static final int MAX_NOTE_LENGTH = 2000;

  /** The longest forum a request may be redirected to (characters), e.g. "KS arbetsutskott". */
  public static final int MAX_FORUM_LENGTH = 200;

  private final RequestId id;
  private final ContactDescription contact;
  private final RequestDetails details;
  private final RoutedUnder routedUnder;
  private final Instant createdAt;
  private final List<RequestHop> hops;
  private final List<RequestEvent> history;
  private long version;

  /** How many history entries the store holds: those after it are this change's. */
  private int storedHistory;

  private RequestStatus status;
  private Optional<PositionId> responsibleManager;
  private Optional<String> redirectedTo;
  private boolean stuckAtTop;

  /** Whom the actor of the transition under way acts for as a substitute, if anyone. */
  private Optional<PersonId> actingFor = Optional.empty();

  private Instant updatedAt;

  /**
   * The statuses a request may be withdrawn in: until it is arranged. Named one by one, so that a
   * new status is not withdrawable until someone decides it is.
   */
  private static final Set<RequestStatus> WITHDRAWABLE =
      EnumSet.of(
          RequestStatus.AWAITING_DECISION, RequestStatus.AWAITING_ACTION, RequestStatus.APPROVED);

  /** The actor of what Samspel does by itself, such as escalating when a deadline passes. */
  public static final PersonId SAMSPEL = new PersonId("samspel");

  /** Why a hop climbed to the next level. */
  public enum EscalationReason {
    /** Its deadline passed without action. */
    DEADLINE_PASSED,
    /** Its holder could not solve it at their level. */
    BY_HAND
  }

  /** Rebuilds a stored request. */
  public ContactRequest(
      RequestId id,
      ContactDescription contact,
      RequestDetails details,
      RoutedUnder routedUnder,
      RequestStatus status,
      List<RequestHop> hops,
      List<RequestEvent> history,
      Optional<PositionId> responsibleManager,
      Optional<String> redirectedTo,
      boolean stuckAtTop,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = Objects.requireNonNull(id, "id is required");
    this.contact = Objects.requireNonNull(contact, "contact is required");
    this.details = Objects.requireNonNull(details, "details are required");
    this.routedUnder = Objects.requireNonNull(routedUnder, "routedUnder is required");
    this.status = Objects.requireNonNull(status, "status is required");
    this.hops = new ArrayList<>(hops);
    this.history = new ArrayList<>(history);
    this.storedHistory = history.size();
    this.responsibleManager = Objects.requireNonNull(responsibleManager, "responsibleManager");
    this.redirectedTo = Objects.requireNonNull(redirectedTo, "redirectedTo");
    this.stuckAtTop = stuckAtTop;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt is required");
    this.version = version;
  }

  /**
   * A new request along a computed route. Hops that only inform are marked informed at once; the
   * request then waits on its first acting hop.
   */
  public static ContactRequest submit(
      ContactDescription contact,
      RequestDetails details,
      RoutedUnder routedUnder,
      List<Hop> route,
      Instant now) {
    List<RequestHop> hops = new ArrayList<>();
    for (Hop hop : route) {
      hops.add(
          RequestHop.planned(
              hop.order(),
              hop.template(),
              hop.position(),
              hop.vacantPosition(),
              hop.holder(),
              hop.action(),
              hop.action().waits() ? HopState.PENDING : HopState.INFORMED,
              hop.action().waits() ? Optional.empty() : hop.holder(),
              hop.action().waits() ? Optional.empty() : Optional.of(now)));
    }
    RequestHop first =
        hops.stream()
            .filter(h -> h.state() == HopState.PENDING)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("a route needs a hop that acts"));
    RequestStatus status =
        first.action() == HopAction.APPROVE
            ? RequestStatus.AWAITING_DECISION
            : RequestStatus.AWAITING_ACTION;
    ContactRequest request =
        new ContactRequest(
            RequestId.random(),
            contact,
            details,
            routedUnder,
            status,
            hops,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            false,
            now,
            now,
            0);
    request.record(
        now,
        contact.requesterPerson(),
        RequestEventType.SUBMITTED,
        Optional.empty(),
        status,
        Optional.empty(),
        Optional.empty());
    return request;
  }

  // ---- Transitions ----

  /**
   * The approver decides yes and names the manager who arranges the contact (by default the one the
   * route named).
   */
  public void approve(
      PersonId actor,
      Capacity capacity,
      Optional<PositionId> manager,
      Optional<String> note,
      Instant now) {
    RequestHop hop = requireCurrent(actor, capacity, HopAction.APPROVE, "approve");
    Optional<RequestHop> arrange =
        hops.stream()
            .filter(h -> h.state() == HopState.PENDING && h.action() == HopAction.ARRANGE)
            .findFirst();
    if (manager.isPresent() && arrange.isEmpty()) {
      // Checked before anything changes: a refused approval leaves the request as it was.
      actingFor = Optional.empty();
      throw SamspelException.invalid(
          "responsibleManager", "this request has no arrangement step to give a manager");
    }
    RequestStatus from = status;
    replace(hop.done(actor, now, note));
    if (arrange.isPresent()) {
      PositionId chosen = manager.orElse(arrange.get().position());
      replace(arrange.get().assignedTo(chosen));
      responsibleManager = Optional.of(chosen);
    }
    status = nextOpenStatus(RequestStatus.APPROVED);
    record(
        now,
        actor,
        RequestEventType.APPROVED,
        Optional.of(from),
        status,
        Optional.of(hop.order()),
        note);
  }

  /** The approver decides no, with a reason. */
  public void decline(PersonId actor, Capacity capacity, String reason, Instant now) {
    RequestHop hop = requireCurrent(actor, capacity, HopAction.APPROVE, "decline");
    finish(
        hop.done(actor, now, Optional.of(reason)),
        actor,
        RequestEventType.DECLINED,
        RequestStatus.DECLINED,
        Optional.of(reason),
        now);
  }

  /** The approver sends the request to another department or the right forum. */
  public void redirect(
      PersonId actor, Capacity capacity, String destination, String reason, Instant now) {
    RequestHop hop = requireCurrent(actor, capacity, HopAction.APPROVE, "redirect");
    redirectedTo = Optional.of(destination);
    finish(
        hop.done(actor, now, Optional.of(reason)),
        actor,
        RequestEventType.REDIRECTED,
        RequestStatus.REDIRECTED,
        Optional.of("→ " + destination + ": " + reason),
        now);
  }

  /** The responsible manager has arranged the contact. */
  public void arrange(PersonId actor, Capacity capacity, Optional<String> note, Instant now) {
    RequestHop hop = requireCurrent(actor, capacity, HopAction.ARRANGE, "arrange");
    RequestStatus from = status;
    replace(hop.done(actor, now, note));
    status = nextOpenStatus(RequestStatus.ARRANGED);
    record(
        now,
        actor,
        RequestEventType.ARRANGED,
        Optional.of(from),
        status,
        Optional.of(hop.order()),
        note);
  }

  /** The holder of a handling or answering hop resolves it. */
  public void resolve(PersonId actor, Capacity capacity, Optional<String> note, Instant now) {
    RequestHop hop = current().orElseThrow(() -> notOpen("resolve"));
    if (hop.action() != HopAction.HANDLE && hop.action() != HopAction.ANSWER) {
      throw invalidTransition(
          "resolve", "the step waiting is to " + hop.action().name().toLowerCase());
    }
    requireHolder(hop, capacity);
    RequestStatus from = status;
    replace(hop.done(actor, now, note));
    status = nextOpenStatus(RequestStatus.COMPLETED);
    record(
        now,
        actor,
        RequestEventType.RESOLVED,
        Optional.of(from),
        status,
        Optional.of(hop.order()),
        note);
  }

  /**
   * An acute situation required a quick decision, and the holder of the waiting handling step took
   * it: the step is done, the request is settled ({@link RequestStatus#COMPLETED}, any step still
   * waiting after it skipped) and the history records {@link RequestEventType#QUICK_DECISION_TAKEN}
   * with the note and the level informed. Whether the guideline allows it for the request's rule,
   * and whom it informs, is the caller's to find out from the policy version.
   *
   * @param note what was decided (required, at most {@link #MAX_NOTE_LENGTH} characters)
   * @param informed the position informed at once (Kungsör, <i>Allas ansvar tillsammans är att</i>:
   *     "Då ska berörd ansvarig informeras utan dröjsmål."); empty when there is no level above the
   *     decision to inform
   * @throws SamspelException conflict {@code invalid-transition} if nothing waits or the waiting
   *     step is not a handling step; forbidden if the actor does not act in its position
   */
  public void takeQuickDecision(
      PersonId actor,
      Capacity capacity,
      String note,
      Optional<PositionId> informed,
      Optional<PersonId> informedHolder,
      Instant now) {
    Objects.requireNonNull(note, "note is required");
    RequestHop hop = requireCurrent(actor, capacity, HopAction.HANDLE, "take a quick decision on");
    RequestStatus from = status;
    replace(hop.done(actor, now, Optional.of(note)));
    skipPending();
    // The level informed joins the request as an informed step: it reads the request (and the
    // note) as everyone on the route does.
    informed.ifPresent(
        position ->
            hops.add(
                RequestHop.planned(
                    hops.stream().mapToInt(RequestHop::order).max().orElse(0) + 1,
                    hop.template(),
                    position,
                    Optional.empty(),
                    informedHolder,
                    HopAction.INFORM,
                    HopState.INFORMED,
                    informedHolder,
                    Optional.of(now))));
    status = RequestStatus.COMPLETED;
    record(
        now,
        actor,
        RequestEventType.QUICK_DECISION_TAKEN,
        Optional.of(from),
        status,
        Optional.of(hop.order()),
        Optional.of(
            note
                + informed
                    .map(p -> " (informed " + p + ")")
                    .orElse(" (no level above " + hop.position() + " to inform)")));
  }

  /**
   * The contact took place: the requester or the one who arranged it completes an arranged request
   * (or an approved one that needed no arrangement).
   */
  public void complete(PersonId actor, Capacity capacity, Optional<String> note, Instant now) {
    boolean arranged = status == RequestStatus.ARRANGED;
    boolean approvedWithNothingLeft = status == RequestStatus.APPROVED && current().isEmpty();
    if (!arranged && !approvedWithNothingLeft) {
      throw invalidTransition("complete", "it is " + status + ", not ARRANGED");
    }
    boolean actedOnIt = hops.stream().anyMatch(h -> h.actedBy().equals(Optional.of(actor)));
    boolean holdsTheManagersPost = responsibleManager.map(capacity::covers).orElse(false);
    if (!isRequester(actor) && !actedOnIt && !holdsTheManagersPost) {
      throw SamspelException.forbidden(
          "Only the requester or the one who arranged it may complete it");
    }
    if (!isRequester(actor) && !actedOnIt) {
      // A substitute of the responsible manager completes it on that manager's behalf.
      actingFor = responsibleManager.flatMap(capacity::onBehalfOf);
    }
    RequestStatus from = status;
    status = RequestStatus.COMPLETED;
    record(
        now, actor, RequestEventType.COMPLETED, Optional.of(from), status, Optional.empty(), note);
  }

  /**
   * The requester withdraws the request, until it is arranged: while it awaits a decision or an
   * action, and once it is approved (with or without an arrangement still to come). An arranged
   * request has a contact agreed with others and can no longer be withdrawn, nor can a closed one.
   * The steps still waiting are skipped.
   *
   * @throws SamspelException forbidden if the actor is not the requester; conflict {@code
   *     invalid-transition} if the request is not {@link #mayBeWithdrawn withdrawable}
   */
  public void withdraw(PersonId actor, Optional<String> reason, Instant now) {
    if (!isRequester(actor)) {
      throw SamspelException.forbidden("Only the requester may withdraw a request");
    }
    if (!mayBeWithdrawn()) {
      throw invalidTransition(
          "withdraw",
          status == RequestStatus.ARRANGED
              ? "it is ARRANGED; a request may be withdrawn only until it is arranged"
              : "it is already " + status);
    }
    RequestStatus from = status;
    skipPending();
    status = RequestStatus.WITHDRAWN;
    record(
        now,
        actor,
        RequestEventType.WITHDRAWN,
        Optional.of(from),
        status,
        Optional.empty(),
        reason);
  }

  // ---- Deadlines and escalation ----

  /** Starts the clock of the waiting hop, if it has none yet (a hop that just became current). */
  public void startClock(Instant due) {
    current().filter(h -> h.dueAt().isEmpty()).ifPresent(h -> replace(h.due(due)));
  }

  /** Whether the waiting hop's deadline has passed. */
  public boolean isOverdue(Instant now) {
    return current().flatMap(RequestHop::dueAt).map(due -> !due.isAfter(now)).orElse(false);
  }

  /**
   * The holder takes the matter at their level: the hop stops escalating until the next deadline.
   */
  public void acknowledge(PersonId actor, Capacity capacity, Instant now, Instant nextDue) {
    RequestHop hop = current().orElseThrow(() -> notOpen("acknowledge"));
    requireHolder(hop, capacity);
    if (hop.isAcknowledged()) {
      throw invalidTransition("acknowledge", "it has already been taken at this level");
    }
    replace(hop.acknowledged(actor, now, nextDue));
    record(
        now,
        actor,
        RequestEventType.ACKNOWLEDGED,
        Optional.of(status),
        status,
        Optional.of(hop.order()),
        Optional.empty());
  }

  /**
   * The waiting hop climbs to the next level: because its deadline passed (actor {@link #SAMSPEL})
   * or because its holder cannot solve it at their level (they must hold the position).
   */
  public void escalate(
      PersonId actor,
      Capacity capacity,
      EscalationReason reason,
      PositionId next,
      Optional<String> note,
      Instant now,
      Instant nextDue) {
    RequestHop hop = current().orElseThrow(() -> notOpen("escalate"));
    if (reason == EscalationReason.BY_HAND) {
      requireHolder(hop, capacity);
    } else if (!isOverdue(now)) {
      throw invalidTransition("escalate", "its deadline has not passed");
    }
    replace(hop.escalatedTo(next, nextDue));
    String why =
        reason == EscalationReason.DEADLINE_PASSED
            ? "deadline passed"
            : "escalated by hand" + note.map(n -> ": " + n).orElse("");
    record(
        now,
        actor,
        RequestEventType.ESCALATED,
        Optional.of(status),
        status,
        Optional.of(hop.order()),
        Optional.of(
            hop.position() + " → " + next + " (" + why + "; rule " + routedUnder.ruleId() + ")"));
  }

  /** The waiting hop has reached the top of the chain: nothing is above it to escalate to. */
  public void stuckAtTop(PersonId actor, Optional<String> why, Instant now) {
    RequestHop hop = current().orElseThrow(() -> notOpen("escalate"));
    replace(hop.stopped());
    stuckAtTop = true;
    record(
        now,
        actor,
        RequestEventType.STUCK_AT_TOP,
        Optional.of(status),
        status,
        Optional.of(hop.order()),
        why);
  }

  /**
   * Records on the waiting step who acts in its position now, if it has no one recorded yet: a step
   * that has just started waiting (submitted, the step before it done, escalated) or one stored
   * before this was recorded. Use cases call it before they store a change, with the answer of
   * {@code Capacities#whoActsIn} for the day.
   */
  public void noteWhoWaits(Function<PositionId, Optional<PersonId>> whoActsIn) {
    current()
        .filter(h -> h.waitingOn().isEmpty())
        .ifPresent(h -> replace(h.waitingOn(whoActsIn.apply(h.position()))));
  }

  /**
   * The organisation changed who acts in the post the waiting step waits on, and the step follows
   * (issue 15): it waits in {@code move.to()} on {@code nowActing}, with the history saying from
   * where and why (actor {@link #SAMSPEL}, {@link RequestEventType#STEP_FOLLOWED_ORGANISATION}).
   * The deadline restarts at {@code restartedDue}, except a whistleblowing report's, which the act
   * counts from the report ({@link Whistleblowing}), and a step stuck at the top, which has none.
   *
   * @throws SamspelException conflict {@code invalid-transition} when nothing waits
   * @throws IllegalArgumentException when the step does not wait on {@code move.from()}
   */
  public void followOrganisation(
      StepMove move, Optional<PersonId> nowActing, Instant restartedDue, Instant now) {
    RequestHop hop = current().orElseThrow(() -> notOpen("follow"));
    if (!hop.position().equals(move.from())) {
      throw new IllegalArgumentException(
          "the waiting step is on " + hop.position() + ", not on " + move.from());
    }
    boolean keepsDeadline = Whistleblowing.concerns(this) || hop.dueAt().isEmpty();
    // Whom the step waited on before and after: the post's holder later says neither.
    StepMove made = move.between(hop.waitingOn(), nowActing);
    replace(
        hop.followed(
            move.to(), nowActing, keepsDeadline ? hop.dueAt() : Optional.of(restartedDue)));
    history.add(
        new RequestEvent(
            now,
            SAMSPEL,
            Optional.empty(),
            RequestEventType.STEP_FOLLOWED_ORGANISATION,
            Optional.of(status),
            status,
            Optional.of(hop.order()),
            Optional.of(made.note()),
            Optional.of(made)));
    updatedAt = now;
  }

  /** Whether escalation reached the top of the chain with the request still open. */
  public boolean isStuckAtTop() {
    return stuckAtTop && status.isOpen();
  }

  // ---- Queries ----

  /**
   * Whether the request may be withdrawn now: the one rule of it, for the API and the pages alike.
   * True while it is {@link RequestStatus#AWAITING_DECISION}, {@link RequestStatus#AWAITING_ACTION}
   * or {@link RequestStatus#APPROVED}; false once it is {@link RequestStatus#ARRANGED} or closed.
   */
  public boolean mayBeWithdrawn() {
    return WITHDRAWABLE.contains(status);
  }

  /** The hop that waits, if any. */
  public Optional<RequestHop> current() {
    if (!status.isOpen()) {
      return Optional.empty();
    }
    return hops.stream().filter(h -> h.state() == HopState.PENDING).findFirst();
  }

  public boolean isRequester(PersonId person) {
    return contact.requesterPerson().equals(person);
  }

  /** Whether a person took part: requested it, or acted on or was informed by a hop. */
  public boolean involves(PersonId person, Capacity capacity) {
    Set<PositionId> positions = capacity.positions();
    return isRequester(person)
        || hops.stream()
            .anyMatch(
                h ->
                    positions.contains(h.position())
                        || h.actedBy().equals(Optional.of(person))
                        || h.holderWhenRouted().equals(Optional.of(person)));
  }

  /**
   * Whether a manager answers for where the request waits: it is open and its waiting step is on a
   * position they oversee, or has climbed away from one. A whistleblowing report reaches managers
   * only through the whistleblower function's own chain, never through the reporter's.
   */
  public boolean waitsWithin(Oversight oversight) {
    Optional<RequestHop> hop = current();
    if (hop.isEmpty()) {
      return false;
    }
    PositionId origin = hop.get().escalatedFrom().orElse(hop.get().position());
    if (!Whistleblowing.reachesOversightFrom(
        contact.kind(), oversight.isWhistleblowerFunction(origin))) {
      return false;
    }
    return oversight.covers(hop.get().position()) || oversight.covers(origin);
  }

  /**
   * The one rule of who may read a request: whoever {@link #involves takes part in it}, and the
   * managers above where it waits ({@link #waitsWithin}).
   */
  public boolean visibleTo(PersonId person, Capacity capacity, Oversight oversight) {
    return involves(person, capacity) || waitsWithin(oversight);
  }

  public RequestId id() {
    return id;
  }

  public ContactDescription contact() {
    return contact;
  }

  public RequestDetails details() {
    return details;
  }

  public RoutedUnder routedUnder() {
    return routedUnder;
  }

  public RequestStatus status() {
    return status;
  }

  public List<RequestHop> hops() {
    return List.copyOf(hops);
  }

  public List<RequestEvent> history() {
    return List.copyOf(history);
  }

  public Optional<PositionId> responsibleManager() {
    return responsibleManager;
  }

  public Optional<String> redirectedTo() {
    return redirectedTo;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The stored version this request was read at, for optimistic locking. */
  public long version() {
    return version;
  }

  /** Notes the version the store gave this request when its changes were stored. */
  public void stored(long newVersion) {
    if (newVersion <= version) {
      throw new IllegalArgumentException("a stored version only moves on");
    }
    version = newVersion;
    storedHistory = history.size();
  }

  /** The history entries this change added (not yet stored). */
  public List<RequestEvent> unstoredHistory() {
    return List.copyOf(history.subList(storedHistory, history.size()));
  }

  // ---- Internals ----

  private RequestHop requireCurrent(
      PersonId actor, Capacity capacity, HopAction action, String verb) {
    RequestHop hop = current().orElseThrow(() -> notOpen(verb));
    if (hop.action() != action) {
      throw invalidTransition(
          verb,
          "it is " + status + " and the step waiting is to " + hop.action().name().toLowerCase());
    }
    requireHolder(hop, capacity);
    if (action == HopAction.APPROVE && isRequester(actor)) {
      // Routing drops a step that would fall to the requester; one can still reach them later (a
      // substitution named after submission). Nobody approves their own request.
      actingFor = Optional.empty();
      throw SamspelException.forbidden(
          "Nobody approves or declines their own request: the step waits for someone else");
    }
    return hop;
  }

  private void requireHolder(RequestHop hop, Capacity capacity) {
    if (!capacity.covers(hop.position())) {
      throw SamspelException.forbidden(
          "Only the holder (or acting holder) of position '"
              + hop.position()
              + "' may act on this step");
    }
    actingFor = capacity.onBehalfOf(hop.position());
  }

  private RequestStatus nextOpenStatus(RequestStatus whenNothingWaits) {
    Optional<RequestHop> next =
        hops.stream().filter(h -> h.state() == HopState.PENDING).findFirst();
    if (next.isEmpty()) {
      return whenNothingWaits;
    }
    return switch (next.get().action()) {
      case APPROVE -> RequestStatus.AWAITING_DECISION;
      case ARRANGE -> RequestStatus.APPROVED;
      default -> RequestStatus.AWAITING_ACTION;
    };
  }

  private void finish(
      RequestHop decided,
      PersonId actor,
      RequestEventType event,
      RequestStatus to,
      Optional<String> note,
      Instant now) {
    RequestStatus from = status;
    replace(decided);
    skipPending();
    status = to;
    record(now, actor, event, Optional.of(from), to, Optional.of(decided.order()), note);
  }

  private void skipPending() {
    hops.replaceAll(h -> h.state() == HopState.PENDING ? h.skipped() : h);
  }

  private void replace(RequestHop hop) {
    hops.replaceAll(h -> h.order() == hop.order() ? hop : h);
  }

  private void record(
      Instant at,
      PersonId actor,
      RequestEventType event,
      Optional<RequestStatus> from,
      RequestStatus to,
      Optional<Integer> hop,
      Optional<String> note) {
    history.add(new RequestEvent(at, actor, actingFor, event, from, to, hop, note));
    actingFor = Optional.empty();
    updatedAt = at;
  }

  private SamspelException notOpen(String verb) {
    return invalidTransition(verb, "it is " + status + " and nothing waits on it");
  }

  private static SamspelException invalidTransition(String verb, String why) {
    return SamspelException.conflict(
        "invalid-transition", "The request cannot be " + pastTense(verb) + ": " + why);
  }

  private static String pastTense(String verb) {
    return switch (verb) {
      case "approve" -> "approved";
      case "decline" -> "declined";
      case "redirect" -> "redirected";
      case "arrange" -> "arranged";
      case "resolve" -> "resolved";
      case "complete" -> "completed";
      case "withdraw" -> "withdrawn";
      case "acknowledge" -> "acknowledged";
      case "escalate" -> "escalated";
      case "take a quick decision on" -> "settled by a quick decision";
      case "follow" -> "moved with the organisation";
      default -> throw new IllegalArgumentException("no past tense for " + verb);
    };
  }
}
