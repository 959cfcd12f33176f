package se.samspel.policy.domain;

import java.util.Objects;

/** How long a hop may wait for its holder: a number of hours (acute matters) or of working days. */
public record Deadline(int amount, Unit unit) {

  /** The unit a deadline is counted in. */
  public enum Unit {
    HOURS,
    WORKING_DAYS
  }

  public Deadline {
    Objects.requireNonNull(unit, "unit is required");
    if (amount <= 0) {
      throw new IllegalArgumentException("a deadline must be positive");
    }
  }
}
