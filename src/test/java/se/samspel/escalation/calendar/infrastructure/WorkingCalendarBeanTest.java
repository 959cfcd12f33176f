package se.samspel.escalation.calendar.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.calendar.ExtraDayOff;
import se.samspel.escalation.calendar.OfficeHours;
import se.samspel.escalation.calendar.SwedishWorkingCalendar;
import se.samspel.escalation.calendar.WorkingCalendar;
import se.samspel.policy.domain.Deadline;

@QuarkusTest
class WorkingCalendarBeanTest {

  @Inject WorkingCalendar calendar;

  @Inject CalendarConfig config;

  @Test
  void the_application_has_a_swedish_calendar_built_from_the_configured_defaults() {
    assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
    assertThat(config.officeHours().start()).isEqualTo(LocalTime.of(8, 0));
    assertThat(config.officeHours().end()).isEqualTo(LocalTime.of(17, 0));
    assertThat(config.extraDaysOff().enabled()).isTrue();
    assertThat(config.extraDaysOff().days()).containsExactlyInAnyOrder(ExtraDayOff.values());

    assertThat(calendar).isInstanceOf(SwedishWorkingCalendar.class);
    SwedishWorkingCalendar swedish = (SwedishWorkingCalendar) calendar;
    assertThat(swedish.zone()).isEqualTo(config.zone());
    assertThat(swedish.officeHours()).isEqualTo(OfficeHours.DEFAULT);
    assertThat(swedish.extraDaysOff()).containsExactlyInAnyOrder(ExtraDayOff.values());
  }

  @Test
  void the_bean_reads_jollydays_holiday_data_inside_quarkus() {
    // Långfredagen and julafton: the holiday XML is found and parsed on Quarkus' class path.
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-03"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-07"))).isTrue();
    // Friday 18:00 in Stockholm (17:00 UTC) with one working day: Monday 17:00 (16:00 UTC).
    assertThat(
            calendar.deadline(
                Instant.parse("2026-03-13T17:00:00Z"), new Deadline(1, Deadline.Unit.WORKING_DAYS)))
        .isEqualTo(Instant.parse("2026-03-16T16:00:00Z"));
  }
}
