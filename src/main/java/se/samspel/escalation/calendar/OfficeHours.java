package se.samspel.escalation.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** The local time the administration opens and closes on a working day; the same every day. */
public record OfficeHours(LocalTime opening, LocalTime closing) {

  /** 08:00–17:00, the default of the municipalities in the sources. */
  public static final OfficeHours DEFAULT =
      new OfficeHours(LocalTime.of(8, 0), LocalTime.of(17, 0));

  public OfficeHours {
    Objects.requireNonNull(opening, "opening is required");
    Objects.requireNonNull(closing, "closing is required");
    if (!opening.isBefore(closing)) {
      throw new IllegalArgumentException(
          "office hours must open before they close, not " + opening + "–" + closing);
    }
  }

  /** How long the office is open on a working day (measured in local time). */
  public Duration length() {
    return Duration.between(opening, closing);
  }

  @Override
  public String toString() {
    return opening + "–" + closing;
  }
}
