package se.samspel.policy.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel rule of a guideline, with the passage it comes from.
 *
 * @param route the prescribed hops, in order; empty unless the outcome is {@link Outcome#ROUTE}
 * @param severity how serious a departure from this rule is
 * @param conditions passages whoever acts on the route must keep to when they act (e.g. that an
 *     administration's proposal is said to be one, that no confidential document is handed out);
 *     shown with the route, never checked by Samspel; empty for most rules
 * @param recommendation on a {@link Outcome#FREE} rule: whom the guideline recommends as the first
 *     contact all the same (empty on other rules)
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
    List<Citation> conditions,
    Optional<Recommendation> recommendation,
    Optional<QuickDecision> quickDecision) {

  public Rule {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(when, "when is required");
    Objects.requireNonNull(outcome, "outcome is required");
    route = List.copyOf(Objects.requireNonNull(route, "route is required (may be empty)"));
    Objects.requireNonNull(severity, "severity is required");
    Objects.requireNonNull(source, "source is required");
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions are required"));
    Objects.requireNonNull(recommendation, "recommendation is required (may be empty)");
    if (recommendation.isPresent() && outcome != Outcome.FREE) {
      throw new IllegalArgumentException("only a FREE rule carries a recommendation");
    }
    Objects.requireNonNull(quickDecision, "quickDecision is required (may be empty)");
    if (quickDecision.isPresent() && outcome != Outcome.ROUTE) {
      throw new IllegalArgumentException("only a ROUTE rule can allow a quick decision");
    }
  }

  /** A rule with none of the optional parts: conditions, recommendation, quick decision. */
  public Rule(
      String id,
      String title,
      Condition when,
      Outcome outcome,
      List<HopSpec> route,
      Severity severity,
      Citation source) {
    this(
        id,
        title,
        when,
        outcome,
        route,
        severity,
        source,
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /** A rule with conditions for whoever acts on it, and nothing else optional. */
  public Rule(
      String id,
      String title,
      Condition when,
      Outcome outcome,
      List<HopSpec> route,
      Severity severity,
      Citation source,
      List<Citation> conditions) {
    this(
        id,
        title,
        when,
        outcome,
        route,
        severity,
        source,
        conditions,
        Optional.empty(),
        Optional.empty());
  }

  /** A rule that allows a quick decision, and nothing else optional. */
  public Rule(
      String id,
      String title,
      Condition when,
      Outcome outcome,
      List<HopSpec> route,
      Severity severity,
      Citation source,
      Optional<QuickDecision> quickDecision) {
    this(
        id,
        title,
        when,
        outcome,
        route,
        severity,
        source,
        List.of(),
        Optional.empty(),
        quickDecision);
  }

  /**
   * Whether the rule's decision depends on whom the contact is for: its condition selects targets
   * or relations, or a step of its route is found from the target. A contact kind whose rules never
   * look at the target is asked without one (Kungsör, <i>Medarbetare</i>: a problem goes to the
   * nearest manager, whoever it concerns).
   */
  public boolean looksAtTarget() {
    return !when.acceptsAnyTarget() || route.stream().anyMatch(h -> h.position().needsTarget());
  }
}
