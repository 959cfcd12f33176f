package se.samspel.policy.domain;

import java.util.List;
import java.util.Objects;

/**
 * One channel rule of a guideline, with the passage it comes from.
 *
 * @param route the prescribed hops, in order; empty unless the outcome is {@link Outcome#ROUTE}
 * @param severity how serious a departure from this rule is
 * @param conditions passages whoever acts on the route must keep to when they act (e.g. that an
 *     administration's proposal is said to be one, that no confidential document is handed out);
 *     shown with the route, never checked by Samspel; empty for most rules
 */
public record Rule(
    String id,
    String title,
    Condition when,
    Outcome outcome,
    List<HopSpec> route,
    Severity severity,
    Citation source,
    List<Citation> conditions) {

  public Rule {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(when, "when is required");
    Objects.requireNonNull(outcome, "outcome is required");
    route = List.copyOf(Objects.requireNonNull(route, "route is required (may be empty)"));
    Objects.requireNonNull(severity, "severity is required");
    Objects.requireNonNull(source, "source is required");
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions are required"));
  }

  /** A rule without conditions for whoever acts on it. */
  public Rule(
      String id,
      String title,
      Condition when,
      Outcome outcome,
      List<HopSpec> route,
      Severity severity,
      Citation source) {
    this(id, title, when, outcome, route, severity, source, List.of());
  }
}
