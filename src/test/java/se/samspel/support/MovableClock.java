package se.samspel.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspel.common.MunicipalTimeZone;

/**
 * The clock of the application under test: the system clock until a test moves it, so that
 * deadlines pass without sleeping. It replaces the application's default clock in every
 * {@code @QuarkusTest}; a test that moves it must {@link #reset()} it when done.
 */
@Singleton
public class MovableClock extends Clock {

  /** The configured zone, as the application's own clock has it. */
  private final ZoneId zone;

  private volatile Instant fixed;
  private volatile Duration offset = Duration.ZERO;

  public MovableClock(
      @ConfigProperty(
              name = MunicipalTimeZone.PROPERTY,
              defaultValue = MunicipalTimeZone.DEFAULT_ID)
          ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
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
