package se.samspel.common.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * A {@code timestamp with time zone} column read by native SQL, whichever Java type the driver
 * gives it as (H2 and PostgreSQL differ).
 */
public final class Timestamps {

  private Timestamps() {}

  /**
   * The instant a column value stands for.
   *
   * @throws IllegalStateException when the value is not a timestamp
   */
  public static Instant instant(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Instant t) {
      return t;
    }
    if (value instanceof ZonedDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Date t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass().getSimpleName());
  }
}
