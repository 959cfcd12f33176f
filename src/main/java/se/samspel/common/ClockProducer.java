package se.samspel.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every part of Samspel reads time from, in the municipality's time zone. Tests replace
 * it to move time instead of sleeping.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Stockholm"));
  }
}
