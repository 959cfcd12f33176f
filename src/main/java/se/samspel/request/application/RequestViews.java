package se.samspel.request.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.application.OrganisationViews.PositionRef;
import se.samspel.organisation.application.PersonNames;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.application.PolicyViews;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.Disclosure;
import se.samspel.request.domain.RequestEvent;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestSummary;
import se.samspel.routing.application.RouteViews;

/** Contact requests as the API shows them. */
public final class RequestViews {

  private RequestViews() {}

  /** A hop of a request and what happened to it. */
  public record HopView(
      int order,
      String template,
      PositionRef position,
      PositionRef vacantPosition,
      PersonRef holderWhenRouted,
      String action,
      String state,
      PersonRef actedBy,
      Instant actedAt,
      String note,
      Instant dueAt,
      PersonRef acknowledgedBy,
      Instant acknowledgedAt,
      PositionRef escalatedFrom,
      int escalations,
      @Schema(
              description =
                  "The passage of the rule's step this hop comes from, when the step has one of its"
                      + " own; null when the rule's citation covers it")
          PolicyViews.CitationView source) {}

  /**
   * An entry of the history.
   *
   * @param movedFrom for {@code STEP_FOLLOWED_ORGANISATION}: the post the step waited on before and
   *     the person it waited on there (whom the request was taken from)
   * @param movedTo for {@code STEP_FOLLOWED_ORGANISATION}: the post it waits on now (the same post
   *     when it is still held, the nearest held level above when it fell vacant) and the person it
   *     waits on there
   * @param movedBecause for {@code STEP_FOLLOWED_ORGANISATION}: why, one of {@code VACANT_POST,
   *     NEW_HOLDER, RETIRED, ACTING_PERIOD_ENDED, ACTING_PERIOD_STARTED, SUBSTITUTION_STARTED,
   *     SUBSTITUTION_ENDED, NO_ONE_PRESENT}
   */
  public record EventView(
      Instant at,
      PersonRef actor,
      PersonRef onBehalfOf,
      String event,
      String from,
      String to,
      Integer hop,
      String note,
      MoveEndView movedFrom,
      MoveEndView movedTo,
      String movedBecause) {}

  /**
   * One end of a step's move: the post and the person the step waited on there, as recorded when it
   * moved (not the post's holder today); {@code person} is null when no one was recorded.
   */
  public record MoveEndView(PositionRef position, PersonRef person) {}

  /**
   * What waits, on whom, and until when before it escalates; once the holder has taken the matter
   * at this level ({@code POST /api/requests/{id}/acknowledge}), who took it and when, {@code
   * dueAt} being then the next deadline the policy sets (working days or hours, see <i>Escalation
   * and notifications</i> in the README; for a whistleblowing report the feedback deadline of lag
   * 2021:890). In lists ({@link SummaryView}) the acknowledgement is not read: false and null.
   */
  public record WaitingView(
      PositionRef position,
      String action,
      @Schema(description = "When the step escalates unless acted on (ISO-8601 instant, UTC)")
          Instant dueAt,
      boolean acknowledged,
      @Schema(description = "Who took the matter at this level; null until someone has")
          PersonRef acknowledgedBy,
      @Schema(description = "When the matter was taken at this level; null until it was")
          Instant acknowledgedAt) {}

  /** A whole request. */
  public record RequestView(
      String id,
      long version,
      String status,
      String subject,
      String purpose,
      LocalDate wishedFrom,
      LocalDate wishedTo,
      String kind,
      String context,
      String question,
      List<String> flags,
      PersonRef requester,
      PositionRef requesterPosition,
      String requesterExternal,
      PositionRef target,
      String targetExternal,
      @Schema(
              description =
                  "Whether the route was found from the target. False under a rule that decides"
                      + " from the requester alone (a staff member's problem, a whistleblowing"
                      + " report): the target is then only whom the matter concerns, never routed to")
          boolean targetRouted,
      RouteViews.PolicyRef policy,
      RouteViews.RuleRef rule,
      WaitingView waiting,
      PositionRef responsibleManager,
      String redirectedTo,
      boolean stuckAtTop,
      List<HopView> hops,
      List<EventView> history,
      Instant createdAt,
      Instant updatedAt) {}

  /** A request in a list. */
  public record SummaryView(
      String id,
      String subject,
      String kind,
      String status,
      PersonRef requester,
      PositionRef target,
      WaitingView waiting,
      String ruleId,
      Instant createdAt,
      Instant updatedAt) {}

  /**
   * A whole request as the reader may see it ({@link Disclosure}, decided by {@code
   * Whistleblowing}): without its content, the subject, purpose, wished dates, the target (whom a
   * report names) and the requester's own notes are null; without its requester, the requester,
   * their position and the requester as actor of the history are null.
   */
  public static RequestView of(
      ContactRequest r,
      OrganisationGraph graph,
      PersonNames names,
      Optional<PolicyVersion> policy,
      LocalDate day,
      Disclosure disclosure) {
    PersonId reporter = r.contact().requesterPerson();
    boolean revealReporter = disclosure.requester();
    boolean content = disclosure.content();
    Optional<Rule> rule = policy.flatMap(p -> p.policy().rule(r.routedUnder().ruleId()));
    return new RequestView(
        r.id().value(),
        r.version(),
        r.status().name(),
        content ? r.details().subject() : null,
        content ? r.details().purpose().orElse(null) : null,
        content ? r.details().wishedFrom().orElse(null) : null,
        content ? r.details().wishedTo().orElse(null) : null,
        r.contact().kind().name(),
        r.contact().context().name(),
        r.contact().question().map(Enum::name).orElse(null),
        r.contact().flags().stream().map(Enum::name).sorted().toList(),
        revealReporter ? person(names, Optional.of(reporter)) : null,
        revealReporter ? position(graph, r.contact().requesterPosition(), day) : null,
        r.contact().requesterExternal().map(Enum::name).orElse(null),
        // Whom a report names is what it is about: withheld with its content.
        content ? position(graph, r.contact().targetPosition(), day) : null,
        content ? r.contact().targetExternal().map(Enum::name).orElse(null) : null,
        rule.map(Rule::looksAtTarget).orElse(true),
        policy.map(RouteViews::policyRef).orElse(null),
        policy.flatMap(p -> rule.map(found -> RouteViews.ruleRef(p, found))).orElse(null),
        r.current()
            .map(
                h ->
                    new WaitingView(
                        position(graph, Optional.of(h.position()), day),
                        h.action().name(),
                        h.dueAt().orElse(null),
                        h.isAcknowledged(),
                        person(names, h.acknowledgedBy()),
                        h.acknowledgedAt().orElse(null)))
            .orElse(null),
        position(graph, r.responsibleManager(), day),
        r.redirectedTo().orElse(null),
        r.isStuckAtTop(),
        r.hops().stream().map(h -> hop(graph, names, h, day, rule)).toList(),
        r.history().stream()
            .map(
                e ->
                    event(
                        graph,
                        names,
                        e,
                        day,
                        revealReporter || !e.actor().equals(reporter),
                        content || !e.actor().equals(reporter)))
            .toList(),
        r.createdAt(),
        r.updatedAt());
  }

  /** A request in a list as the reader may see it (see {@link #of}). */
  public static SummaryView summary(
      RequestSummary s,
      OrganisationGraph graph,
      PersonNames names,
      LocalDate day,
      Disclosure disclosure) {
    return new SummaryView(
        s.id().value(),
        disclosure.content() ? s.subject() : null,
        s.kind().name(),
        s.status().name(),
        disclosure.requester() ? person(names, Optional.of(s.requester())) : null,
        disclosure.content() ? position(graph, s.target(), day) : null,
        s.waitingOn()
            .map(
                p ->
                    new WaitingView(
                        position(graph, Optional.of(p), day),
                        s.waitingFor().map(Enum::name).orElse(null),
                        s.dueAt().orElse(null),
                        false,
                        null,
                        null))
            .orElse(null),
        s.ruleId(),
        s.createdAt(),
        s.updatedAt());
  }

  private static HopView hop(
      OrganisationGraph graph,
      PersonNames names,
      RequestHop h,
      LocalDate day,
      Optional<Rule> rule) {
    return new HopView(
        h.order(),
        h.template().name(),
        position(graph, Optional.of(h.position()), day),
        position(graph, h.vacantPosition(), day),
        person(names, h.holderWhenRouted()),
        h.action().name(),
        h.state().name(),
        person(names, h.actedBy()),
        h.actedAt().orElse(null),
        h.note().orElse(null),
        h.dueAt().orElse(null),
        person(names, h.acknowledgedBy()),
        h.acknowledgedAt().orElse(null),
        position(graph, h.escalatedFrom(), day),
        h.escalations(),
        rule.map(found -> RouteViews.hopSource(found, h.template(), h.action())).orElse(null));
  }

  private static EventView event(
      OrganisationGraph graph,
      PersonNames names,
      RequestEvent e,
      LocalDate day,
      boolean showActor,
      boolean showNote) {
    return new EventView(
        e.at(),
        showActor ? person(names, Optional.of(e.actor())) : null,
        person(names, e.onBehalfOf()),
        e.event().name(),
        e.from().map(Enum::name).orElse(null),
        e.to().name(),
        e.hop().orElse(null),
        showNote ? e.note().orElse(null) : null,
        e.move()
            .map(
                m ->
                    new MoveEndView(
                        position(graph, Optional.of(m.from()), day), person(names, m.fromPerson())))
            .orElse(null),
        e.move()
            .map(
                m ->
                    new MoveEndView(
                        position(graph, Optional.of(m.to()), day), person(names, m.toPerson())))
            .orElse(null),
        e.move().map(m -> m.reason().name()).orElse(null));
  }

  private static PositionRef position(
      OrganisationGraph graph, Optional<PositionId> id, LocalDate day) {
    return id.map(
            p ->
                graph
                    .position(p)
                    .map(found -> OrganisationViews.positionRef(graph, found, day))
                    // A position retired since keeps its id in the history.
                    .orElse(new PositionRef(p.value(), null, null, null, null, false, true)))
        .orElse(null);
  }

  // A person retired since keeps their name, marked retired: the record still says who acted.
  private static PersonRef person(PersonNames names, Optional<PersonId> id) {
    if (id.equals(Optional.of(se.samspel.request.domain.ContactRequest.SAMSPEL))) {
      return new PersonRef(id.get().value(), "Samspel (automatiskt)");
    }
    return id.map(names::ref).orElse(null);
  }
}
