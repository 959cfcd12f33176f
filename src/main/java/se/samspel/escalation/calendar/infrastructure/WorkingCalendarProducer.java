package se.samspel.escalation.calendar.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;
import se.samspel.escalation.calendar.ExtraDayOff;
import se.samspel.escalation.calendar.OfficeHours;
import se.samspel.escalation.calendar.SwedishWorkingCalendar;
import se.samspel.escalation.calendar.WorkingCalendar;

/** Produces the application's one {@link WorkingCalendar} from {@link CalendarConfig}. */
@ApplicationScoped
public class WorkingCalendarProducer {

  @Produces
  @Singleton
  WorkingCalendar workingCalendar(CalendarConfig config) {
    Set<ExtraDayOff> extraDaysOff =
        config.extraDaysOff().enabled()
            ? config.extraDaysOff().days()
            : EnumSet.noneOf(ExtraDayOff.class);
    return new SwedishWorkingCalendar(
        config.zone(),
        new OfficeHours(config.officeHours().start(), config.officeHours().end()),
        extraDaysOff);
  }
}
