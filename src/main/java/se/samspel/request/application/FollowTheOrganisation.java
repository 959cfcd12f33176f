package se.samspel.request.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationChanged;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.FollowReason;
import se.samspel.request.domain.HopDeadlines;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.StepMove;
import se.samspel.request.domain.VacantPostWaits;
import se.samspel.request.domain.WaitingPair;
import se.samspel.substitution.application.SubstituteResolver;
import se.samspel.substitution.domain.SubstitutionsChanged;

/**
 * Open work follows the organisation (issue 15): when who acts in the post a waiting step waits on
 * changes (an import gives the post another holder or leaves it vacant, a person retires, an acting
 * period or a substitution ends or begins), the step follows at once:
 *
 * <ul>
 *   <li>the post is still held: the step stays on it and waits on whoever acts there now ({@link
 *       Capacities#whoActsIn}: the holder or acting holder, or the substitute of an absent holder);
 *   <li>no one acts in the post: the step moves to the nearest level above where someone does, the
 *       rule routing uses ({@link OrganisationGraph#nearestHeld}); it stays there when the post is
 *       filled again.
 * </ul>
 *
 * The person who now acts is notified ({@link RequestNotices}); the history records {@link
 * se.samspel.request.domain.RequestEventType#STEP_FOLLOWED_ORGANISATION} with from where and why;
 * the deadline restarts from the move, except the whistleblowing act's.
 *
 * <p>Cheap for 50 000 open requests: one grouped query of the distinct (position, person waited on)
 * pairs, compared in memory with who acts now; only the requests of pairs that changed are loaded,
 * each in a transaction of its own and stored with the version it was read at. A request changed
 * meanwhile (an approval, another instance following the same change) is read again once; if it no
 * longer waits as it did, there is nothing left to do; if it still conflicts, the next sweep takes
 * it. Steps stored before the person was recorded get one recorded without a move.
 *
 * <p>Runs on {@link OrganisationChanged} (so that an import answers after its steps followed), on
 * {@link SubstitutionsChanged}, and in every sweep of the escalation sweeper, which applies changes
 * that come with the date (an acting period or a substitution ending at midnight).
 */
@ApplicationScoped
public class FollowTheOrganisation {

  private static final Logger LOG = Logger.getLogger(FollowTheOrganisation.class);

  /** A request changed meanwhile is read again this many times before the next sweep takes it. */
  private static final int ATTEMPTS = 2;

  private final ContactRequestRepository requests;
  private final OrganisationDirectory directory;
  private final Capacities capacities;
  private final SubstituteResolver substitutes;
  private final HopDeadlines deadlines;
  private final VacantPostWaits vacantPostWaits;
  private final RequestNotices notices;
  private final Clock clock;

  public FollowTheOrganisation(
      ContactRequestRepository requests,
      OrganisationDirectory directory,
      Capacities capacities,
      SubstituteResolver substitutes,
      HopDeadlines deadlines,
      VacantPostWaits vacantPostWaits,
      RequestNotices notices,
      Clock clock) {
    this.requests = requests;
    this.directory = directory;
    this.capacities = capacities;
    this.substitutes = substitutes;
    this.deadlines = deadlines;
    this.vacantPostWaits = vacantPostWaits;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * How one round went.
   *
   * @param moved steps that followed a change (stayed with a new person, or moved up)
   * @param recorded steps stored before the person was recorded, now recorded without a move
   * @param left requests that kept changing under this round; the next one takes them
   */
  public record Outcome(int moved, int recorded, int left) {
    static final Outcome NONE = new Outcome(0, 0, 0);

    Outcome plus(Outcome other) {
      return new Outcome(moved + other.moved, recorded + other.recorded, left + other.left);
    }
  }

  /** What one pair of (position, person) needs. */
  private sealed interface Plan {
    /** The step has no one recorded: record who acts, without a move or a notice. */
    record Record(PersonId person) implements Plan {}

    /** The step follows the change. */
    record Follow(StepMove move, Optional<PersonId> person) implements Plan {}
  }

  void onOrganisationChanged(@Observes OrganisationChanged event) {
    if (event.previous().isEmpty()) {
      // The first load at start: the substitutions may not be loaded yet, so who acts is not
      // known for sure. The sweeper's first round follows once everything is loaded.
      return;
    }
    followAfter("organisation revision " + event.revision(), event.previous());
  }

  void onSubstitutionsChanged(@Observes SubstitutionsChanged event) {
    followAfter("substitutions revision " + event.revision(), Optional.empty());
  }

  /**
   * Follows a change already committed: a failure is logged, never thrown back at the import or the
   * substitution that made the change; the next sweep tries again.
   */
  private void followAfter(String trigger, Optional<OrganisationGraph> previous) {
    try {
      report(trigger, follow(previous));
    } catch (RuntimeException e) {
      LOG.errorf(e, "Following %s failed; the next sweep tries again", trigger);
    }
  }

  /** Follows every change of who acts in the posts open work waits on, as of now. */
  public Outcome follow() {
    return follow(Optional.empty());
  }

  /**
   * @param previous the organisation before an import, to find where a step on a post the import
   *     removed altogether goes (the nearest level above it that still exists)
   */
  private Outcome follow(Optional<OrganisationGraph> previous) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    OrganisationGraph graph = directory.current();
    if (graph.positionCount() == 0) {
      return Outcome.NONE;
    }
    List<WaitingPair> pairs = QuarkusTransaction.requiringNew().call(requests::waitingPairs);
    Outcome outcome = Outcome.NONE;
    for (WaitingPair pair : pairs) {
      Optional<Plan> plan = plan(pair, graph, previous, day);
      if (plan.isEmpty()) {
        continue;
      }
      List<RequestId> ids = QuarkusTransaction.requiringNew().call(() -> requests.waitingAs(pair));
      for (RequestId id : ids) {
        outcome = outcome.plus(followOne(id, pair, plan.get(), now, day));
      }
    }
    return outcome;
  }

  private Outcome followOne(RequestId id, WaitingPair pair, Plan plan, Instant now, LocalDate day) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return QuarkusTransaction.requiringNew().call(() -> apply(id, pair, plan, now, day));
      } catch (SamspelException e) {
        if (!ContactRequestRepository.CONCURRENT_MODIFICATION.equals(e.code())) {
          return failed(id, e);
        }
        LOG.debugf("Request %s changed while following the organisation (attempt %d)", id, attempt);
      } catch (RuntimeException e) {
        return failed(id, e);
      }
    }
    LOG.infof("Request %s kept changing; the next sweep follows the organisation for it", id);
    return new Outcome(0, 0, 1);
  }

  /**
   * One request that cannot follow must not stop the others, nor fail the import or substitution
   * whose change it follows (that change is committed already): it is logged and left for the next
   * sweep.
   */
  private static Outcome failed(RequestId id, RuntimeException e) {
    LOG.errorf(e, "Request %s could not follow the organisation; the next sweep tries again", id);
    return new Outcome(0, 0, 1);
  }

  private Outcome apply(RequestId id, WaitingPair pair, Plan plan, Instant now, LocalDate day) {
    Optional<ContactRequest> found = requests.find(id);
    Optional<RequestHop> hop = found.flatMap(ContactRequest::current);
    if (hop.isEmpty()
        || !new WaitingPair(hop.get().position(), hop.get().waitingOn()).equals(pair)) {
      // Acted on, or already followed (by another instance) since the pairs were read.
      return Outcome.NONE;
    }
    ContactRequest request = found.get();
    if (plan instanceof Plan.Follow follow
        && follow.move().movedUp()
        && escalatedToAVacantPost(hop.get())
        && vacantPostWaits.escalatedStepWaitsOnVacantPost(request)) {
      // The policy's escalation section gives a step to a vacant post all the same: it waits
      // there until its deadline, and the sweeper climbs on from it then.
      return Outcome.NONE;
    }
    Outcome outcome;
    if (plan instanceof Plan.Follow follow) {
      request.followOrganisation(
          follow.move(), follow.person(), deadlines.dueFor(request, now), now);
      outcome = new Outcome(1, 0, 0);
    } else {
      PersonId person = ((Plan.Record) plan).person();
      request.noteWhoWaits(position -> Optional.of(person));
      outcome = new Outcome(0, 1, 0);
    }
    notices.recordChanges(request, day);
    request.stored(requests.update(request));
    return outcome;
  }

  /**
   * A step that has just become current (an approval handing the contact to the manager who
   * arranges it, a resolution passing it on) on a post no one acts in today moves up now, in the
   * caller's transaction, as the next sweep would move it: the route was resolved at submission,
   * and the post may have fallen vacant since. A step that climbed by escalation is left to the
   * sweep, which knows whether the policy lets it wait on a vacant post.
   *
   * @param request the request just changed, not yet stored; its new step's clock already started
   * @param now the moment of the change
   */
  public void followNewStep(ContactRequest request, Instant now) {
    Optional<RequestHop> hop = request.current();
    if (hop.isEmpty() || hop.get().escalations() > 0 || hop.get().waitingOn().isPresent()) {
      return;
    }
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    WaitingPair pair = new WaitingPair(hop.get().position(), Optional.empty());
    // Someone who acts in the post gives a Record plan, which the notices record anyway: only a
    // move is applied here.
    plan(pair, directory.current(), Optional.empty(), day)
        .filter(Plan.Follow.class::isInstance)
        .map(Plan.Follow.class::cast)
        .ifPresent(
            follow ->
                request.followOrganisation(
                    follow.move(), follow.person(), deadlines.dueFor(request, now), now));
  }

  /** The step climbed here by escalation and no one acted in the post when it arrived. */
  private static boolean escalatedToAVacantPost(RequestHop hop) {
    return hop.escalations() > 0 && hop.waitingOn().isEmpty();
  }

  /** What a pair needs, from the organisation and the substitutions as they are on the day. */
  private Optional<Plan> plan(
      WaitingPair pair,
      OrganisationGraph graph,
      Optional<OrganisationGraph> previous,
      LocalDate day) {
    PositionId from = pair.position();
    Optional<Position> post = graph.position(from);
    if (post.isEmpty()) {
      return removedPost(pair, graph, previous, day);
    }
    Optional<PersonId> acting = capacities.whoActsIn(from, day);
    if (acting.isPresent() && acting.equals(pair.person())) {
      return Optional.empty();
    }
    if (acting.isPresent() && pair.person().isEmpty()) {
      return Optional.of(new Plan.Record(acting.get()));
    }
    FollowReason reason = reason(pair.person(), post.get(), acting, graph, day);
    if (acting.isPresent()) {
      return Optional.of(new Plan.Follow(new StepMove(from, from, reason), acting));
    }
    Position to = graph.nearestHeld(from, p -> someoneActsIn(p, day)).orElseThrow();
    if (to.id().equals(from)) {
      // Nothing above is held either: the step stays where it is, flagged by the sweeper in time.
      return Optional.empty();
    }
    return Optional.of(
        new Plan.Follow(new StepMove(from, to.id(), reason), capacities.whoActsIn(to.id(), day)));
  }

  /**
   * An import removed the post itself: the step goes to the nearest level above it, as the previous
   * organisation had it, that still exists and is held. Without the previous organisation (a sweep)
   * the step stays, and the history of the next import tells.
   */
  private Optional<Plan> removedPost(
      WaitingPair pair,
      OrganisationGraph graph,
      Optional<OrganisationGraph> previous,
      LocalDate day) {
    Optional<Position> stillThere =
        previous.flatMap(
            before ->
                before.chainOfCommand(pair.position()).stream()
                    .filter(p -> graph.position(p.id()).isPresent())
                    .findFirst());
    if (stillThere.isEmpty()) {
      LOG.warnf(
          "Position %s, on which open requests wait, is no longer in the organisation and has no"
              + " level above it that is; the requests stay where they are",
          pair.position());
      return Optional.empty();
    }
    Position to =
        graph.nearestHeld(stillThere.get().id(), p -> someoneActsIn(p, day)).orElseThrow();
    FollowReason reason =
        pair.person().map(p -> graph.person(p).isEmpty()).orElse(false)
            ? FollowReason.RETIRED
            : FollowReason.VACANT_POST;
    return Optional.of(
        new Plan.Follow(
            new StepMove(pair.position(), to.id(), reason), capacities.whoActsIn(to.id(), day)));
  }

  private boolean someoneActsIn(Position position, LocalDate day) {
    return capacities.whoActsIn(position.id(), day).isPresent();
  }

  /** Why who acts in a post changed, from what is known now ({@link FollowReason#of}). */
  private FollowReason reason(
      Optional<PersonId> waitedOn,
      Position post,
      Optional<PersonId> acting,
      OrganisationGraph graph,
      LocalDate day) {
    Optional<PersonId> holder = graph.holderOn(post.id(), day).map(Person::id);
    boolean left = waitedOn.map(p -> graph.person(p).isEmpty()).orElse(false);
    boolean actingEnded =
        waitedOn
            .map(
                p ->
                    post.acting().stream()
                        .anyMatch(
                            a ->
                                a.person().equals(p)
                                    && a.to().map(end -> end.isBefore(day)).orElse(false)))
            .orElse(false);
    boolean nobodyPresent = holder.isPresent() && acting.isEmpty();
    boolean nowSubstitute = acting.isPresent() && !acting.equals(holder);
    boolean wasSubstitute =
        waitedOn.isPresent()
            && holder.isPresent()
            && !waitedOn.equals(holder)
            && substitutes.stoodInBefore(waitedOn.get(), holder.get(), day);
    boolean nowActingHolder =
        acting.isPresent()
            && post.actingOn(day).map(a -> acting.get().equals(a.person())).orElse(false);
    return FollowReason.of(
        left,
        actingEnded,
        nobodyPresent,
        wasSubstitute,
        nowSubstitute,
        nowActingHolder,
        acting.isPresent());
  }

  private static void report(String trigger, Outcome outcome) {
    LOG.debugf("After %s: %s", trigger, outcome);
    if (outcome.moved() > 0 || outcome.left() > 0) {
      LOG.infof(
          "After %s: %d waiting step(s) followed the organisation, %d left for the next sweep",
          trigger, outcome.moved(), outcome.left());
    }
  }
}
