package se.samspel.web.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;

/**
 * A prescribed route as the record keeps it ({@code POS-FC-BUF (APPROVE) → POS-REKTOR-1
 * (ARRANGE)}), read back into steps with the position's title and who holds it today.
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

  private static final Pattern STEP = Pattern.compile("^(.+) \\(([A-Z_]+)\\)$");

  private RouteSteps() {}

  public static List<Step> of(String route, OrganisationGraph graph, LocalDate today) {
    List<Step> steps = new ArrayList<>();
    if (route == null || route.isBlank()) {
      return steps;
    }
    for (String part : route.split(" → ")) {
      Matcher m = STEP.matcher(part.trim());
      String id = m.matches() ? m.group(1) : part.trim();
      String action = m.matches() ? m.group(2) : "";
      Optional<Position> position = graph.position(new PositionId(id));
      steps.add(
          new Step(
              id,
              position.map(Position::title).orElse(id),
              position.flatMap(p -> graph.holderOn(p.id(), today)).map(Person::name).orElse(""),
              action));
    }
    return steps;
  }
}
