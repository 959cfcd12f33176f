package se.samspel.escalation.calendar.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.calendar.ExtraDayOff;
import se.samspel.escalation.calendar.OfficeHours;
import se.samspel.escalation.calendar.SwedishWorkingCalendar;

/** The producer hands every setting to the calendar; the defaults are checked by the bean test. */
class WorkingCalendarProducerTest {

  record Config(
      ZoneId zone, LocalTime start, LocalTime end, boolean extraEnabled, Set<ExtraDayOff> days)
      implements CalendarConfig {
    @Override
    public OfficeHoursConfig officeHours() {
      return new OfficeHoursConfig() {
        @Override
        public LocalTime start() {
          return start;
        }

        @Override
        public LocalTime end() {
          return end;
        }
      };
    }

    @Override
    public ExtraDaysOffConfig extraDaysOff() {
      return new ExtraDaysOffConfig() {
        @Override
        public boolean enabled() {
          return extraEnabled;
        }

        @Override
        public Set<ExtraDayOff> days() {
          return days;
        }
      };
    }
  }

  final WorkingCalendarProducer producer = new WorkingCalendarProducer();

  @Test
  void the_calendar_gets_the_configured_zone_office_hours_and_days_off() {
    SwedishWorkingCalendar calendar =
        (SwedishWorkingCalendar)
            producer.workingCalendar(
                new Config(
                    ZoneId.of("Europe/Helsinki"),
                    LocalTime.of(7, 30),
                    LocalTime.of(16, 0),
                    true,
                    EnumSet.of(ExtraDayOff.MIDSUMMER_EVE)));

    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
    assertThat(calendar.officeHours())
        .isEqualTo(new OfficeHours(LocalTime.of(7, 30), LocalTime.of(16, 0)));
    assertThat(calendar.extraDaysOff()).containsExactly(ExtraDayOff.MIDSUMMER_EVE);
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-19"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();
  }

  @Test
  void switching_extra_days_off_off_makes_the_listed_eves_working_days() {
    SwedishWorkingCalendar calendar =
        (SwedishWorkingCalendar)
            producer.workingCalendar(
                new Config(
                    ZoneId.of("Europe/Stockholm"),
                    LocalTime.of(8, 0),
                    LocalTime.of(17, 0),
                    false,
                    EnumSet.allOf(ExtraDayOff.class)));

    assertThat(calendar.extraDaysOff()).isEmpty();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
  }
}
