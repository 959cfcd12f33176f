package se.samspel.escalation.calendar.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import se.samspel.common.MunicipalTimeZone;
import se.samspel.escalation.calendar.ExtraDayOff;

/**
 * The working calendar's settings; see the "Working calendar" section of application.properties.
 */
@ConfigMapping(prefix = "samspel.calendar")
public interface CalendarConfig {

  /** The time zone office hours and working days are read in. */
  @WithDefault(MunicipalTimeZone.DEFAULT_ID)
  ZoneId zone();

  /** When the administration is open on a working day. */
  OfficeHoursConfig officeHours();

  /** Days that are not public holidays but on which the municipality is closed. */
  ExtraDaysOffConfig extraDaysOff();

  /** Office hours, local time of {@link #zone()}. */
  interface OfficeHoursConfig {
    /** Opening time, e.g. 08:00. */
    @WithDefault("08:00")
    LocalTime start();

    /** Closing time, e.g. 17:00; must be after the opening time. */
    @WithDefault("17:00")
    LocalTime end();
  }

  /** The extra days off: a switch and the list of named days it applies to. */
  interface ExtraDaysOffConfig {
    /** Whether the listed days are days off at all; false makes them ordinary weekdays. */
    @WithDefault("true")
    boolean enabled();

    /** The named days that are days off, e.g. MIDSUMMER_EVE,CHRISTMAS_EVE,NEW_YEARS_EVE. */
    @WithDefault("MIDSUMMER_EVE,CHRISTMAS_EVE,NEW_YEARS_EVE")
    Set<ExtraDayOff> days();
  }
}
