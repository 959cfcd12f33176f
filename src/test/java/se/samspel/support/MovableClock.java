package se.samspel.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of the application under test: the system clock until a test moves it, so that
 * deadlines pass without sleeping. It replaces the application's default clock in every
 * {@code @QuarkusTest}; a test that moves it must {@link #reset()} it when done.
 */
@Singleton
public class MovableClock extends Clock {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private volatile Instant fixed;
  private volatile Duration offset = Duration.ZERO;

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at != null ? at : Instant.now().plus(offset);
  }

  /** Stops the clock at an instant. */
  public void setTo(Instant at) {
    fixed = at;
  }

  /** Moves the clock forward (it stays stopped if it was). */
  public void advance(Duration by) {
    if (fixed != null) {
      fixed = fixed.plus(by);
    } else {
      offset = offset.plus(by);
    }
  }

  /** Back to the system clock. */
  public void reset() {
    fixed = null;
    offset = Duration.ZERO;
  }
}
