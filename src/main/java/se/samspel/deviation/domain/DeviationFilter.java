package se.samspel.deviation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.policy.domain.Severity;

/**
 * Which entries to list; empty parts match everything.
 *
 * @param from occurred at or after
 * @param to occurred before
 * @param kind only entries of this kind
 * @param corrects only the corrections of this entry
 * @param excludedRules never entries of these rules (the pages leave out whistleblowing rules)
 */
public record DeviationFilter(
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> ruleId,
    Optional<String> department,
    Optional<Severity> severity,
    Optional<DeviationKind> kind,
    Optional<Long> corrects,
    Set<String> excludedRules) {

  public DeviationFilter {
    Objects.requireNonNull(kind, "kind is required (may be empty)");
    Objects.requireNonNull(corrects, "corrects is required (may be empty)");
    excludedRules =
        Set.copyOf(Objects.requireNonNull(excludedRules, "excludedRules (may be empty)"));
  }

  /** The filter the API offers: period, rule, department and severity. */
  public DeviationFilter(
      Optional<Instant> from,
      Optional<Instant> to,
      Optional<String> ruleId,
      Optional<String> department,
      Optional<Severity> severity) {
    this(from, to, ruleId, department, severity, Optional.empty(), Optional.empty(), Set.of());
  }

  public static DeviationFilter all() {
    return new DeviationFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public DeviationFilter withKind(Optional<DeviationKind> wanted) {
    return new DeviationFilter(
        from, to, ruleId, department, severity, wanted, corrects, excludedRules);
  }

  public DeviationFilter correcting(long seq) {
    return new DeviationFilter(
        from, to, ruleId, department, severity, kind, Optional.of(seq), excludedRules);
  }

  public DeviationFilter excluding(Set<String> rules) {
    return new DeviationFilter(from, to, ruleId, department, severity, kind, corrects, rules);
  }
}
