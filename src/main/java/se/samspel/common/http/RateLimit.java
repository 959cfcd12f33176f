package se.samspel.common.http;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate as configured: {@code N/PERIOD}, at most N calls per PERIOD, where PERIOD is a number with
 * a unit ({@code 30s}, {@code 1m}, {@code 1h}, {@code 1d}) or an ISO-8601 duration ({@code PT1M});
 * {@code off} for no limit. A caller may spend all N at once (the bucket holds N tokens) and gets
 * them back evenly over the period.
 */
public record RateLimit(int permits, Duration period) {

  private static final Pattern FORM =
      Pattern.compile(
          "\\s*(\\d{1,9})\\s*/\\s*(\\d{0,9})\\s*([smhd])\\s*", Pattern.CASE_INSENSITIVE);

  public RateLimit {
    if (permits < 1) {
      throw new IllegalArgumentException("a rate limit allows at least one call");
    }
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("a rate limit's period must be positive");
    }
  }

  /** The limit a configured value describes; empty for {@code off}. */
  public static Optional<RateLimit> parse(String value) {
    String text = value == null ? "" : value.trim();
    if (text.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text);
    if (m.matches()) {
      long amount = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
      Duration unit =
          switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
          };
      return Optional.of(new RateLimit(Integer.parseInt(m.group(1)), unit.multipliedBy(amount)));
    }
    int slash = text.indexOf('/');
    if (slash > 0) {
      try {
        return Optional.of(
            new RateLimit(
                Integer.parseInt(text.substring(0, slash).trim()),
                Duration.parse(text.substring(slash + 1).trim())));
      } catch (NumberFormatException | DateTimeParseException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "'" + value + "' is not a rate limit: write N/PERIOD (e.g. 10/1m, 100/1h, 5/PT30S) or off");
  }
}
