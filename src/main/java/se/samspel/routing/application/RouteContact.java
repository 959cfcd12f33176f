package se.samspel.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.routing.domain.Requester;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Router;
import se.samspel.substitution.application.SubstituteResolver;

/**
 * Use case: route a contact for a caller under the policy in force today, over the organisation in
 * memory. Stores nothing: the preview endpoint and contact requests both start here.
 */
@ApplicationScoped
public class RouteContact {

  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final SubstituteResolver substitutes;
  private final Clock clock;

  public RouteContact(
      OrganisationDirectory directory,
      PolicyCatalog policies,
      SubstituteResolver substitutes,
      Clock clock) {
    this.directory = directory;
    this.policies = policies;
    this.substitutes = substitutes;
    this.clock = clock;
  }

  public RoutePlan route(PersonId caller, RouteCommand command) {
    LocalDate day = LocalDate.now(clock);
    PolicyVersion policy = policies.requireActive();
    OrganisationGraph graph = directory.current();
    Requester requester = requester(graph, caller, command, day);
    RouteQuery query =
        new RouteQuery(
            requester,
            command.target(),
            command.kind(),
            command.context(),
            command.question(),
            command.flags(),
            substitutingIn(graph, caller, command, day),
            command.concernsUnit());
    RouteDecision decision = Router.route(policy.policy(), graph, query, day);
    return new RoutePlan(policy, decision, graph, day);
  }

  /**
   * The posts of absent people whose substitute the caller is today: a step there would fall to the
   * caller, so it is dropped from the caller's own route. Not for a contact registered for an
   * external party.
   */
  private Set<PositionId> substitutingIn(
      OrganisationGraph graph, PersonId caller, RouteCommand command, LocalDate day) {
    if (command.requesterExternal().isPresent()) {
      return Set.of();
    }
    Set<PositionId> posts = new HashSet<>();
    for (PersonId absent : substitutes.actingFor(caller, day)) {
      graph.positionsHeldBy(absent, day).forEach(p -> posts.add(p.id()));
    }
    return posts;
  }

  private static Requester requester(
      OrganisationGraph graph, PersonId caller, RouteCommand command, LocalDate day) {
    if (command.requesterExternal().isPresent()) {
      if (command.requesterPosition().isPresent()) {
        throw SamspelException.invalid(
            "requesterExternal", "give either requesterPosition or requesterExternal, not both");
      }
      return new Requester.External(command.requesterExternal().get());
    }
    List<Position> held = graph.positionsHeldBy(caller, day);
    if (command.requesterPosition().isPresent()) {
      Position position =
          held.stream()
              .filter(p -> p.id().equals(command.requesterPosition().get()))
              .findFirst()
              .orElseThrow(
                  () ->
                      SamspelException.invalid(
                          "requesterPosition", "you do not hold this position today"));
      return new Requester.InPosition(position.id());
    }
    // Without a choice, a person acts in their most senior position (the order of PositionKind).
    return held.stream()
        .min(Comparator.comparing(Position::kind).thenComparing(p -> p.id().value()))
        .map(p -> (Requester) new Requester.InPosition(p.id()))
        .orElseThrow(
            () ->
                SamspelException.invalid(
                    "requesterPosition", "you hold no position today to make a contact from"));
  }
}
