package se.samspel.web.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samspel.deviation.domain.PrescribedRoute;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;

/**
 * A prescribed route as the record keeps it ({@code POS-FC-BUF (APPROVE) → POS-REKTOR-1
 * (ARRANGE)}), shown as steps with the position's title and who holds it today.
 */
public final class RouteSteps {

  /**
   * One step of a prescribed route.
   *
   * @param title the position's title, or its id when the organisation no longer has it
   * @param holder who holds it today (empty when vacant or unknown)
   * @param action the step's action ({@code HopAction} name), empty when it could not be read
   */
  public record Step(String position, String title, String holder, String action) {}

  private RouteSteps() {}

  public static List<Step> of(PrescribedRoute route, OrganisationGraph graph, LocalDate today) {
    return route.steps().stream().map(s -> step(s, graph, today)).toList();
  }

  /** The same, from the stored text. */
  public static List<Step> of(String route, OrganisationGraph graph, LocalDate today) {
    if (route == null || route.isBlank()) {
      return List.of();
    }
    return of(PrescribedRoute.parse(route), graph, today);
  }

  private static Step step(PrescribedRoute.Step step, OrganisationGraph graph, LocalDate today) {
    String id = step.position().trim();
    Optional<Position> position = graph.position(new PositionId(id));
    return new Step(
        id,
        position.map(Position::title).orElse(id),
        position.flatMap(p -> graph.holderOn(p.id(), today)).map(Person::name).orElse(""),
        step.action().orElse(""));
  }
}
