package se.samspel.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.outbox.application.Outbox;
import se.samspel.outbox.domain.EventType;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;
import se.samspel.policy.domain.ContactKind;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.RequestEvent;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.StepMove;
import se.samspel.request.domain.Whistleblowing;

/**
 * Tells the outbox, in the transaction of the change, what happened to a request and whom to
 * notify: whoever must act next (a new waiting hop, an escalation to them), the people an acute
 * matter informs, the requester of a decision or an outcome, and of a withdrawal those on the route
 * who acted (the approver) or were waited on (the arranger). A hop reaches the position's holder
 * today, or the holder's substitute while they are away.
 */
@ApplicationScoped
public class RequestNotices {

  private final Outbox outbox;
  private final Capacities capacities;

  public RequestNotices(Outbox outbox, Capacities capacities) {
    this.outbox = outbox;
    this.capacities = capacities;
  }

  /**
   * Records the events of the changes made to a request and not yet stored. First notes on the
   * waiting step whom it now waits on ({@link ContactRequest#noteWhoWaits}): the person these
   * notices reach, and the one {@link FollowTheOrganisation} compares with who acts later.
   */
  public void recordChanges(ContactRequest request, LocalDate day) {
    request.noteWhoWaits(position -> capacities.whoActsIn(position, day));
    for (RequestEvent change : request.unstoredHistory()) {
      record(request, change, day);
    }
  }

  private void record(ContactRequest request, RequestEvent change, LocalDate day) {
    switch (change.event()) {
      case SUBMITTED -> submitted(request, change, day);
      case APPROVED, DECLINED, REDIRECTED, ARRANGED -> {
        outbox.record(
            toRequester(
                base(EventType.REQUEST_DECIDED, request, change)
                    .with("decision", change.event().name())
                    .with("by", change.actor().value())
                    .with("redirectedTo", request.redirectedTo().orElse(null))
                    .with(
                        "responsibleManager",
                        request.responsibleManager().map(PositionId::value).orElse(null)),
                request,
                NotifyReason.DECISION_ON_YOUR_REQUEST));
        hopWaiting(request, change, day);
      }
      case RESOLVED -> {
        if (request.status().isOpen()) {
          hopWaiting(request, change, day);
        } else {
          completed(request, change);
        }
      }
      case COMPLETED -> completed(request, change);
      case WITHDRAWN -> withdrawn(request, change, day);
      case ESCALATED -> {
        RequestHop hop = request.current().orElseThrow();
        OutboxEvent event =
            base(EventType.REQUEST_ESCALATED, request, change)
                .with("fromPosition", hop.escalatedFrom().map(PositionId::value).orElse(null))
                .with("toPosition", hop.position().value())
                .with("by", change.actor().value())
                .with("deadline", hop.dueAt().map(Object::toString).orElse(null));
        outbox.record(
            capacities
                .whoActsIn(hop.position(), day)
                .map(p -> event.notify(p, NotifyReason.ESCALATED_TO_YOU))
                .orElse(event));
      }
      case STUCK_AT_TOP ->
          outbox.record(
              toRequester(
                  base(EventType.REQUEST_ESCALATED, request, change)
                      .with("stuckAtTop", true)
                      .with(
                          "toPosition",
                          request.current().map(h -> h.position().value()).orElse(null)),
                  request,
                  NotifyReason.FOR_YOUR_INFORMATION));
      case STEP_FOLLOWED_ORGANISATION -> stepFollowed(request, change, day);
      case ACKNOWLEDGED -> {
        // Taking a matter at one's level changes no one's work: the feed need not carry it.
      }
      // The request is settled: its requester is told so. The level the decision informs is
      // told by quickDecisionTaken, which the use case calls with the position it resolved.
      case QUICK_DECISION_TAKEN -> completed(request, change);
    }
  }

  /**
   * A quick decision on an acute matter informs the level above at once (Kungsör, <i>Allas ansvar
   * tillsammans är att</i>: "Då ska berörd ansvarig informeras utan dröjsmål."): an event {@link
   * EventType#QUICK_DECISION_TAKEN} notifying whoever acts in that position today (its holder, or
   * their substitute), in the transaction of the decision. With no level above (the decision was
   * taken at the top) the event is in the feed only.
   *
   * @param informed the position the policy's quick-decision clause resolved to, if any
   */
  public void quickDecisionTaken(
      ContactRequest request, Optional<PositionId> informed, LocalDate day) {
    RequestEvent change =
        request.unstoredHistory().stream()
            .filter(e -> e.event() == RequestEventType.QUICK_DECISION_TAKEN)
            .reduce((first, second) -> second)
            .orElseThrow(() -> new IllegalStateException("no quick decision to tell of"));
    OutboxEvent event =
        base(EventType.QUICK_DECISION_TAKEN, request, change)
            .with("by", change.actor().value())
            .with(
                "decidedAt",
                change
                    .hop()
                    .flatMap(
                        order ->
                            request.hops().stream().filter(h -> h.order() == order).findFirst())
                    .map(h -> h.position().value())
                    .orElse(null))
            .with("informedPosition", informed.map(PositionId::value).orElse(null));
    Optional<PersonId> person = informed.flatMap(p -> capacities.whoActsIn(p, day));
    outbox.record(person.map(p -> event.notify(p, NotifyReason.ACUTE_INFORMATION)).orElse(event));
  }

  private void submitted(ContactRequest request, RequestEvent change, LocalDate day) {
    OutboxEvent event =
        base(EventType.REQUEST_SUBMITTED, request, change)
            .with("kind", request.contact().kind().name())
            // A whistleblower's identity is for the whistleblower function alone: never in the
            // feed that intranet systems and administrators read.
            .with(
                "requester",
                whistleblowing(request) ? null : request.contact().requesterPerson().value())
            .with(
                "policy",
                request.routedUnder().policyKey() + "/" + request.routedUnder().policyVersion())
            .with("rule", request.routedUnder().ruleId());
    Optional<PersonId> first =
        request.current().flatMap(h -> capacities.whoActsIn(h.position(), day));
    outbox.record(first.map(p -> event.notify(p, NotifyReason.WAITS_ON_YOU)).orElse(event));
    List<RequestHop> informed =
        request.hops().stream().filter(h -> h.state() == HopState.INFORMED).toList();
    if (informed.isEmpty()) {
      return;
    }
    boolean acute = request.contact().kind() == ContactKind.ACUTE_MATTER;
    OutboxEvent info =
        base(EventType.ACUTE_INFORMATION, request, change)
            .with("from", request.contact().requesterPerson().value())
            .with("acute", acute);
    for (RequestHop hop : informed) {
      Optional<PersonId> person = capacities.whoActsIn(hop.position(), day);
      if (person.isPresent()) {
        info =
            info.notify(
                person.get(),
                acute ? NotifyReason.ACUTE_INFORMATION : NotifyReason.FOR_YOUR_INFORMATION);
      }
    }
    outbox.record(info);
  }

  private void hopWaiting(ContactRequest request, RequestEvent change, LocalDate day) {
    request
        .current()
        .ifPresent(
            hop -> {
              OutboxEvent event =
                  base(EventType.HOP_WAITING, request, change)
                      .with("hop", hop.order())
                      .with("position", hop.position().value())
                      .with("action", hop.action().name());
              outbox.record(
                  capacities
                      .whoActsIn(hop.position(), day)
                      .map(p -> event.notify(p, NotifyReason.WAITS_ON_YOU))
                      .orElse(event));
            });
  }

  /**
   * A step followed the organisation: the person who now acts in its position is told it waits on
   * them and why it came to them, as an escalation tells its target. The feed's {@link
   * EventType#HOP_WAITING} carries {@code movedFrom} (the post it waited on before) and {@code
   * movedBecause} (a {@link se.samspel.request.domain.FollowReason}).
   */
  private void stepFollowed(ContactRequest request, RequestEvent change, LocalDate day) {
    StepMove move = change.move().orElseThrow();
    request
        .current()
        .ifPresent(
            hop -> {
              OutboxEvent event =
                  base(EventType.HOP_WAITING, request, change)
                      .with("hop", hop.order())
                      .with("position", hop.position().value())
                      .with("action", hop.action().name())
                      .with("movedFrom", move.from().value())
                      .with("movedBecause", move.reason().name())
                      .with("deadline", hop.dueAt().map(Object::toString).orElse(null));
              outbox.record(
                  capacities
                      .whoActsIn(hop.position(), day)
                      .map(p -> event.notify(p, NotifyReason.WAITS_ON_YOU))
                      .orElse(event));
            });
  }

  /**
   * A withdrawal tells whoever has taken part on the route and would otherwise go on with it: the
   * one who approved it (or acted on an earlier step) and whoever the request waited on (the
   * approver still to decide, or the manager who was to arrange it). The requester withdrew it
   * themselves and is not told; a whistleblower is not named in the feed.
   */
  private void withdrawn(ContactRequest request, RequestEvent change, LocalDate day) {
    OutboxEvent event =
        base(EventType.REQUEST_WITHDRAWN, request, change)
            .with("from", change.from().map(Enum::name).orElse(null))
            .with("by", whistleblowing(request) ? null : change.actor().value());
    List<PersonId> told = new ArrayList<>();
    for (RequestHop hop : request.hops()) {
      if (hop.state() == HopState.DONE) {
        hop.actedBy().ifPresent(told::add);
      }
    }
    request.hops().stream()
        .filter(h -> h.state() == HopState.SKIPPED)
        .findFirst()
        .flatMap(h -> capacities.whoActsIn(h.position(), day))
        .ifPresent(told::add);
    for (PersonId person : told) {
      if (!person.equals(change.actor())) {
        event = event.notify(person, NotifyReason.FOR_YOUR_INFORMATION);
      }
    }
    outbox.record(event);
  }

  private void completed(ContactRequest request, RequestEvent change) {
    OutboxEvent event =
        toRequester(
            base(EventType.REQUEST_COMPLETED, request, change).with("by", change.actor().value()),
            request,
            NotifyReason.FOR_YOUR_INFORMATION);
    for (RequestHop hop : request.hops()) {
      if (hop.state() == HopState.DONE && hop.actedBy().isPresent()) {
        event = event.notify(hop.actedBy().get(), NotifyReason.FOR_YOUR_INFORMATION);
      }
    }
    outbox.record(event);
  }

  /**
   * Adds the requester as a recipient, except a whistleblower, whose identity must not appear in
   * the feed (the whistleblower function answers them directly).
   */
  private static OutboxEvent toRequester(
      OutboxEvent event, ContactRequest request, NotifyReason reason) {
    return whistleblowing(request)
        ? event
        : event.notify(request.contact().requesterPerson(), reason);
  }

  /** Whether the feed must carry neither the content nor the reporter ({@link Whistleblowing}). */
  private static boolean whistleblowing(ContactRequest request) {
    return !Whistleblowing.toTheFeed(request.contact().kind()).requester();
  }

  private static OutboxEvent base(EventType type, ContactRequest request, RequestEvent change) {
    return OutboxEvent.of(type, request.id().value(), change.at())
        .with(
            "subject",
            whistleblowing(request)
                ? "Anmälan till visselblåsarfunktionen"
                : request.details().subject())
        .with("status", request.status().name());
  }
}
