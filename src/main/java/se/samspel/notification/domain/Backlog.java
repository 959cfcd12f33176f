package se.samspel.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The notifications of a municipality not yet handled: how many, and since when the oldest of them
 * waits (when its event was recorded in the outbox).
 *
 * @param pending notifications neither sent, undeliverable nor given up, retries included
 * @param oldestRecordedAt when the event of the oldest of them was recorded; empty when none waits
 */
public record Backlog(long pending, Optional<Instant> oldestRecordedAt) {

  public Backlog {
    Objects.requireNonNull(oldestRecordedAt, "oldestRecordedAt is required (may be empty)");
    if (pending < 0) {
      throw new IllegalArgumentException("pending must not be negative");
    }
  }

  /** How long the oldest pending notification has waited at {@code now}; zero when none waits. */
  public Duration oldestAge(Instant now) {
    return oldestRecordedAt
        .map(recorded -> Duration.between(recorded, now))
        .filter(age -> !age.isNegative())
        .orElse(Duration.ZERO);
  }
}
