package se.samspel.deviation.domain;

import java.time.Instant;
import java.util.Optional;
import se.samspel.policy.domain.Severity;

/**
 * Which entries to list; empty parts match everything.
 *
 * @param from occurred at or after
 * @param to occurred before
 */
public record DeviationFilter(
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> ruleId,
    Optional<String> department,
    Optional<Severity> severity) {

  public static DeviationFilter all() {
    return new DeviationFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
