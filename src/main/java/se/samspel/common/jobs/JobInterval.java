package se.samspel.common.jobs;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a scheduled job of this instance runs, read as Quarkus' scheduler reads its {@code
 * every}: {@code off} or {@code disabled} for never, a number and a unit ({@code 30s}, {@code 5m},
 * {@code 1h}, {@code 2d}), or ISO-8601 ({@code PT30S}).
 */
public final class JobInterval {

  private JobInterval() {}

  /**
   * The interval, or empty when the job is switched off on this instance.
   *
   * @throws IllegalArgumentException for text that is none of the forms above
   */
  public static Optional<Duration> parse(String text) {
    Objects.requireNonNull(text, "interval is required");
    String trimmed = text.trim().toUpperCase(Locale.ROOT);
    if (trimmed.equals("OFF") || trimmed.equals("DISABLED")) {
      return Optional.empty();
    }
    try {
      if (trimmed.startsWith("P")) {
        return Optional.of(Duration.parse(trimmed));
      }
      if (trimmed.endsWith("D")) {
        return Optional.of(Duration.parse("P" + trimmed));
      }
      return Optional.of(Duration.parse("PT" + trimmed));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "an interval reads like '30s', '5m', '1h', 'PT30S' or 'off', not '" + text + "'", e);
    }
  }
}
