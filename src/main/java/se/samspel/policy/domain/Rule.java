package se.samspel.policy.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel rule of a guideline, with the passage it comes from.
 *
 * @param route the prescribed hops, in order; empty unless the outcome is {@link Outcome#ROUTE}
 * @param severity how serious a departure from this rule is
 * @param quickDecision whom a quick decision taken on a request under this rule informs at once,
 *     when the guideline says so (only a {@link Outcome#ROUTE} rule has one)
 */
public record Rule(
    String id,
    String title,
    Condition when,
    Outcome outcome,
    List<HopSpec> route,
    Severity severity,
    Citation source,
    Optional<QuickDecision> quickDecision) {

  /** A rule that says nothing of quick decisions. */
  public Rule(
      String id,
      String title,
      Condition when,
      Outcome outcome,
      List<HopSpec> route,
      Severity severity,
      Citation source) {
    this(id, title, when, outcome, route, severity, source, Optional.empty());
  }

  public Rule {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(when, "when is required");
    Objects.requireNonNull(outcome, "outcome is required");
    route = List.copyOf(Objects.requireNonNull(route, "route is required (may be empty)"));
    Objects.requireNonNull(severity, "severity is required");
    Objects.requireNonNull(source, "source is required");
    Objects.requireNonNull(quickDecision, "quickDecision is required (may be empty)");
    if (quickDecision.isPresent() && outcome != Outcome.ROUTE) {
      throw new IllegalArgumentException("only a ROUTE rule can allow a quick decision");
    }
  }
}
