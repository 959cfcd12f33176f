package se.samspel.policy.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a hop may wait for its holder: a number of hours (acute matters) or of working days. */
public record Deadline(int amount, Unit unit) {

  /** The unit a deadline is counted in. */
  public enum Unit {
    HOURS,
    WORKING_DAYS
  }

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{1,3})\\s+(hours?|working days?)", Pattern.CASE_INSENSITIVE);

  /** Reads "4 hours" or "5 working days"; empty for anything else (or zero). */
  public static Optional<Deadline> parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches() || Integer.parseInt(m.group(1)) == 0) {
      return Optional.empty();
    }
    Unit unit =
        m.group(2).toLowerCase(Locale.ROOT).startsWith("hour") ? Unit.HOURS : Unit.WORKING_DAYS;
    return Optional.of(new Deadline(Integer.parseInt(m.group(1)), unit));
  }

  public Deadline {
    Objects.requireNonNull(unit, "unit is required");
    if (amount <= 0) {
      throw new IllegalArgumentException("a deadline must be positive");
    }
  }
}
