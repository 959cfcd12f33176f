package se.samspel.report.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.deviation.domain.PrescribedRoute;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Unit;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.OutsideRouteLog;
import se.samspel.request.domain.Whistleblowing;

/**
 * Records what Samspel itself sees go outside a route: a request the guideline forbids (steering an
 * individual case, changing a delegated decision), and acting on a step of a request one does not
 * hold. Each is recorded in a transaction of its own, so that the refusal that follows (and rolls
 * back the attempt) does not roll back the record of it.
 *
 * <p>Departments, so that the yearly review counts the entry where it happened: the "requester" of
 * an action outside the route is whoever acted. For a forbidden request that is the requester and
 * the target is the position asked for; for acting on a step one does not hold, it is the actor
 * (the department of the position they hold that day, none for a politician) and the target is the
 * position the step waits on. Each is the department of that position (none for a political one).
 */
@ApplicationScoped
public class RecordOutsideRoute implements OutsideRouteLog {

  private static final Logger LOG = Logger.getLogger(RecordOutsideRoute.class);

  private final DeviationRecorder recorder;
  private final PolicyCatalog policies;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public RecordOutsideRoute(
      DeviationRecorder recorder,
      PolicyCatalog policies,
      OrganisationDirectory directory,
      Clock clock) {
    this.recorder = recorder;
    this.policies = policies;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public void forbiddenRequest(
      PersonId requester,
      ContactKind kind,
      PolicyVersion policy,
      Rule rule,
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      String externalRequester,
      String externalTarget) {
    if (Whistleblowing.keepsOutOfTheRecord(kind)) {
      return;
    }
    OrganisationGraph graph = directory.current();
    LocalDate day = LocalDate.now(clock);
    append(
        new NewDeviation(
            DeviationKind.ACTION_OUTSIDE_ROUTE,
            clock.instant(),
            policy.policy().key(),
            policy.policy().version(),
            rule.id(),
            rule.title(),
            rule.source().section(),
            rule.source().quote(),
            rule.severity(),
            PrescribedRoute.NONE,
            role(graph, requesterPosition, externalRequester),
            role(graph, targetPosition, externalTarget),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "A request the guideline does not permit",
            new PersonalData(
                Optional.empty(),
                Optional.of(requester),
                targetPosition.flatMap(p -> graph.holderOn(p, day)).map(Person::id),
                Optional.empty()),
            department(graph, requesterPosition),
            department(graph, targetPosition)));
  }

  @Override
  public void actedWithoutHolding(PersonId actor, ContactRequest request, String action) {
    if (Whistleblowing.keepsOutOfTheRecord(request.contact().kind())) {
      return;
    }
    Optional<PositionId> waiting = request.current().map(h -> h.position());
    Optional<PolicyVersion> policy =
        policies.version(request.routedUnder().policyKey(), request.routedUnder().policyVersion());
    Optional<Rule> rule = policy.flatMap(p -> p.policy().rule(request.routedUnder().ruleId()));
    if (policy.isEmpty() || rule.isEmpty() || waiting.isEmpty()) {
      LOG.warnf(
          "Cannot record %s acting outside the route of %s: its rule is unknown",
          actor, request.id());
      return;
    }
    OrganisationGraph graph = directory.current();
    LocalDate day = LocalDate.now(clock);
    Optional<Position> actorPosition = graph.positionsHeldBy(actor, day).stream().findFirst();
    append(
        new NewDeviation(
            DeviationKind.ACTION_OUTSIDE_ROUTE,
            clock.instant(),
            policy.get().policy().key(),
            policy.get().policy().version(),
            rule.get().id(),
            rule.get().title(),
            rule.get().source().section(),
            rule.get().source().quote(),
            rule.get().severity(),
            new PrescribedRoute(
                request.hops().stream()
                    .map(h -> PrescribedRoute.Step.of(h.position().value(), h.action().name()))
                    .toList()),
            actorPosition.map(p -> PartyType.of(p.kind()).name()).orElse("UNKNOWN"),
            graph.position(waiting.get()).map(p -> PartyType.of(p.kind()).name()).orElse("UNKNOWN"),
            Optional.empty(),
            Optional.of(request.id().value()),
            Optional.empty(),
            "Tried to "
                + action
                + " a step that waits on "
                + waiting.get()
                + ", a position not held",
            new PersonalData(
                Optional.empty(),
                Optional.of(actor),
                graph.holderOn(waiting.get(), day).map(Person::id),
                Optional.empty()),
            department(graph, actorPosition.map(Position::id)),
            department(graph, waiting)));
  }

  private void append(NewDeviation deviation) {
    QuarkusTransaction.requiringNew().run(() -> recorder.record(deviation));
  }

  private static String role(
      OrganisationGraph graph, Optional<PositionId> position, String external) {
    return position
        .flatMap(graph::position)
        .map(p -> PartyType.of(p.kind()).name())
        .orElse(external == null ? "UNKNOWN" : external);
  }

  private static Optional<String> department(
      OrganisationGraph graph, Optional<PositionId> position) {
    return position.flatMap(graph::departmentOf).map(Unit::id).map(Object::toString);
  }
}
