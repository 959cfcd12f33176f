package se.samspel.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every part of Samspel reads time from, in the municipality's time zone ({@value
 * MunicipalTimeZone#PROPERTY}, the working calendar's zone), and that zone itself. Tests replace
 * the clock to move time instead of sleeping; the zone follows whichever clock is in use, so there
 * is one source of it.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @DefaultBean
  @Singleton
  Clock clock(
      @ConfigProperty(
              name = MunicipalTimeZone.PROPERTY,
              defaultValue = MunicipalTimeZone.DEFAULT_ID)
          ZoneId zone) {
    return Clock.system(zone);
  }

  /** The zone dates and times are read and shown in: the clock's. */
  @Produces
  @Singleton
  ZoneId zone(Clock clock) {
    return clock.getZone();
  }
}
