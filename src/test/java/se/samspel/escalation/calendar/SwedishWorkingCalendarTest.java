package se.samspel.escalation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samspel.policy.domain.Deadline;
import se.samspel.policy.domain.Deadline.Unit;

class SwedishWorkingCalendarTest {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  final SwedishWorkingCalendar calendar = SwedishWorkingCalendar.withDefaults();

  /** A local date-time in Stockholm as an instant. */
  static Instant stockholm(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
  }

  static Deadline workingDays(int n) {
    return new Deadline(n, Unit.WORKING_DAYS);
  }

  static Deadline hours(int n) {
    return new Deadline(n, Unit.HOURS);
  }

  @Nested
  class Working_days {

    @Test
    void weekdays_are_working_days_and_weekends_are_not() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue(); // Monday
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-13"))).isTrue(); // Friday
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-14"))).isFalse(); // Saturday
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-15"))).isFalse(); // Sunday
    }

    @ParameterizedTest(name = "{0} is a public holiday on a weekday")
    @ValueSource(
        strings = {
          "2026-01-01", // nyårsdagen (Thu)
          "2026-01-06", // trettondedag jul (Tue)
          "2026-04-03", // långfredagen
          "2026-04-06", // annandag påsk
          "2026-05-01", // första maj (Fri)
          "2026-05-14", // Kristi himmelsfärdsdag (Thu)
          "2026-12-25", // juldagen (Fri)
          "2027-01-01", // nyårsdagen (Fri)
          "2027-01-06", // trettondedag jul (Wed)
          "2027-03-26", // långfredagen
          "2027-03-29", // annandag påsk
          "2027-05-06", // Kristi himmelsfärdsdag (Thu)
        })
    void public_holidays_on_weekdays_are_not_working_days(String day) {
      LocalDate date = LocalDate.parse(day);
      assertThat(date.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
      assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is an ordinary working day")
    @ValueSource(
        strings = {
          "2026-01-05", // the Monday before trettondedag jul
          "2026-04-02", // skärtorsdagen: not a holiday
          "2026-04-07", // the Tuesday after annandag påsk
          "2026-05-15", // the Friday after Kristi himmelsfärd (a klämdag, not a holiday)
          "2026-06-18", // the day before midsommarafton
          "2026-12-23", // the day before julafton
          "2026-12-28",
          "2027-01-07"
        })
    void days_next_to_holidays_are_working_days(String day) {
      assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isTrue();
    }

    @Test
    void the_days_off_of_2026_are_the_swedish_holidays_and_the_three_eves() {
      assertThat(calendar.daysOffIn(Year.of(2026)))
          .containsExactlyInAnyOrder(
              LocalDate.parse("2026-01-01"), // nyårsdagen
              LocalDate.parse("2026-01-06"), // trettondedag jul
              LocalDate.parse("2026-04-03"), // långfredagen
              LocalDate.parse("2026-04-05"), // påskdagen
              LocalDate.parse("2026-04-06"), // annandag påsk
              LocalDate.parse("2026-05-01"), // första maj
              LocalDate.parse("2026-05-14"), // Kristi himmelsfärdsdag
              LocalDate.parse("2026-05-24"), // pingstdagen
              LocalDate.parse("2026-06-06"), // nationaldagen (a Saturday)
              LocalDate.parse("2026-06-19"), // midsommarafton (extra day off)
              LocalDate.parse("2026-06-20"), // midsommardagen
              LocalDate.parse("2026-10-31"), // alla helgons dag
              LocalDate.parse("2026-12-24"), // julafton (extra day off)
              LocalDate.parse("2026-12-25"), // juldagen
              LocalDate.parse("2026-12-26"), // annandag jul
              LocalDate.parse("2026-12-31")); // nyårsafton (extra day off)
    }

    @Test
    void the_days_off_of_2027_are_the_swedish_holidays_and_the_three_eves() {
      assertThat(calendar.daysOffIn(Year.of(2027)))
          .containsExactlyInAnyOrder(
              LocalDate.parse("2027-01-01"),
              LocalDate.parse("2027-01-06"),
              LocalDate.parse("2027-03-26"), // långfredagen
              LocalDate.parse("2027-03-28"), // påskdagen
              LocalDate.parse("2027-03-29"), // annandag påsk
              LocalDate.parse("2027-05-01"),
              LocalDate.parse("2027-05-06"), // Kristi himmelsfärdsdag
              LocalDate.parse("2027-05-16"), // pingstdagen
              LocalDate.parse("2027-06-06"), // nationaldagen (a Sunday)
              LocalDate.parse("2027-06-25"), // midsommarafton
              LocalDate.parse("2027-06-26"), // midsommardagen
              LocalDate.parse("2027-11-06"), // alla helgons dag
              LocalDate.parse("2027-12-24"),
              LocalDate.parse("2027-12-25"),
              LocalDate.parse("2027-12-26"),
              LocalDate.parse("2027-12-31"));
    }

    @ParameterizedTest(name = "{0} is a day off by default")
    @ValueSource(strings = {"2026-06-19", "2026-12-24", "2026-12-31", "2027-06-25", "2027-12-24"})
    void the_eves_are_days_off_by_default(String day) {
      assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day when no extra days off are configured")
    @ValueSource(strings = {"2026-06-19", "2026-12-24", "2026-12-31", "2027-06-25", "2027-12-24"})
    void the_eves_are_working_days_when_extra_days_off_are_off(String day) {
      SwedishWorkingCalendar withoutEves =
          new SwedishWorkingCalendar(STOCKHOLM, OfficeHours.DEFAULT, Set.of());
      assertThat(withoutEves.isWorkingDay(LocalDate.parse(day))).isTrue();
    }

    @Test
    void public_holidays_stay_days_off_when_extra_days_off_are_off() {
      SwedishWorkingCalendar withoutEves =
          new SwedishWorkingCalendar(STOCKHOLM, OfficeHours.DEFAULT, Set.of());
      assertThat(withoutEves.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
      assertThat(withoutEves.isWorkingDay(LocalDate.parse("2026-04-03"))).isFalse();
      assertThat(withoutEves.daysOffIn(Year.of(2026))).hasSize(13);
    }

    @Test
    void only_the_configured_eves_are_days_off() {
      SwedishWorkingCalendar julaftonOnly =
          new SwedishWorkingCalendar(
              STOCKHOLM, OfficeHours.DEFAULT, EnumSet.of(ExtraDayOff.CHRISTMAS_EVE));
      assertThat(julaftonOnly.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
      assertThat(julaftonOnly.isWorkingDay(LocalDate.parse("2026-06-19"))).isTrue();
      assertThat(julaftonOnly.isWorkingDay(LocalDate.parse("2026-12-31"))).isTrue();
    }
  }

  @Nested
  class Working_day_deadlines {

    @Test
    void a_start_inside_office_hours_is_due_at_the_same_time_n_working_days_later() {
      assertThat(calendar.deadline(stockholm("2026-03-10T10:00"), workingDays(2)))
          .isEqualTo(stockholm("2026-03-12T10:00"));
    }

    @Test
    void the_weekend_is_skipped() {
      assertThat(calendar.deadline(stockholm("2026-03-13T14:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-16T14:00"));
      assertThat(calendar.deadline(stockholm("2026-03-13T14:00"), workingDays(3)))
          .isEqualTo(stockholm("2026-03-18T14:00"));
    }

    @Test
    void easter_2026_is_skipped_from_langfredag_to_annandag_pask() {
      // Skärtorsdagen 2 April is a working day; 3–6 April are not.
      assertThat(calendar.deadline(stockholm("2026-04-02T15:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-04-07T15:00"));
      assertThat(calendar.deadline(stockholm("2026-04-02T15:00"), workingDays(2)))
          .isEqualTo(stockholm("2026-04-08T15:00"));
    }

    @Test
    void christmas_and_new_year_are_skipped() {
      // 24–27 Dec off (julafton, juldagen, annandag jul, Sunday); 28, 29, 30 Dec work;
      // 31 Dec nyårsafton, 1 Jan nyårsdagen, 2–3 Jan weekend; 4, 5 Jan work; 6 Jan trettondedag.
      Instant start = stockholm("2026-12-23T11:00");
      assertThat(calendar.deadline(start, workingDays(1))).isEqualTo(stockholm("2026-12-28T11:00"));
      assertThat(calendar.deadline(start, workingDays(4))).isEqualTo(stockholm("2027-01-04T11:00"));
      assertThat(calendar.deadline(start, workingDays(6))).isEqualTo(stockholm("2027-01-07T11:00"));
    }

    @Test
    void julafton_counts_when_extra_days_off_are_off() {
      SwedishWorkingCalendar withoutEves =
          new SwedishWorkingCalendar(STOCKHOLM, OfficeHours.DEFAULT, Set.of());
      assertThat(withoutEves.deadline(stockholm("2026-12-23T11:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-12-24T11:00"));
    }

    @Test
    void a_start_after_closing_counts_from_the_next_opening_and_is_due_at_closing() {
      // Friday 18:00: counting starts Monday 08:00, one office day later is Monday 17:00.
      assertThat(calendar.deadline(stockholm("2026-03-13T18:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-16T17:00"));
      assertThat(calendar.deadline(stockholm("2026-03-13T18:00"), workingDays(2)))
          .isEqualTo(stockholm("2026-03-17T17:00"));
    }

    @Test
    void a_start_before_or_at_opening_counts_the_same_day_in_full() {
      assertThat(calendar.deadline(stockholm("2026-03-16T07:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-16T17:00"));
      assertThat(calendar.deadline(stockholm("2026-03-16T08:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-16T17:00"));
    }

    @Test
    void a_start_one_minute_after_opening_is_due_one_minute_after_opening() {
      assertThat(calendar.deadline(stockholm("2026-03-16T08:01"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-17T08:01"));
    }

    @Test
    void a_start_at_closing_is_due_at_closing() {
      assertThat(calendar.deadline(stockholm("2026-03-16T17:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-17T17:00"));
    }

    @Test
    void a_start_on_a_weekend_or_holiday_counts_from_the_next_opening() {
      assertThat(calendar.deadline(stockholm("2026-03-14T12:00"), workingDays(2)))
          .isEqualTo(stockholm("2026-03-17T17:00"));
      assertThat(calendar.deadline(stockholm("2026-04-03T10:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-04-07T17:00"));
      assertThat(calendar.deadline(stockholm("2026-06-19T10:00"), workingDays(1)))
          .isEqualTo(stockholm("2026-06-22T17:00"));
    }

    @Test
    void a_working_day_deadline_keeps_its_local_time_across_the_spring_dst_change() {
      // 29 March 2026 02:00 CET becomes 03:00 CEST: the weekend is one hour short.
      Instant start = stockholm("2026-03-27T10:00");
      Instant due = calendar.deadline(start, workingDays(1));
      assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z")); // 10:00 CEST
      assertThat(Duration.between(start, due)).isEqualTo(Duration.ofHours(71));
    }

    @Test
    void a_working_day_deadline_keeps_its_local_time_across_the_autumn_dst_change() {
      // 25 October 2026 03:00 CEST becomes 02:00 CET: the weekend is one hour long.
      Instant start = stockholm("2026-10-23T10:00");
      Instant due = calendar.deadline(start, workingDays(1));
      assertThat(due).isEqualTo(Instant.parse("2026-10-26T09:00:00Z")); // 10:00 CET
      assertThat(Duration.between(start, due)).isEqualTo(Duration.ofHours(73));
    }

    @Test
    void the_office_hours_are_those_configured() {
      SwedishWorkingCalendar sevenToFour =
          new SwedishWorkingCalendar(
              STOCKHOLM,
              new OfficeHours(LocalTime.of(7, 0), LocalTime.of(16, 0)),
              EnumSet.allOf(ExtraDayOff.class));
      assertThat(sevenToFour.deadline(stockholm("2026-03-13T16:30"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-16T16:00"));
      assertThat(sevenToFour.deadline(stockholm("2026-03-13T15:30"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-16T15:30"));
      assertThat(sevenToFour.deadline(stockholm("2026-03-13T06:30"), workingDays(1)))
          .isEqualTo(stockholm("2026-03-13T16:00"));
    }

    @Test
    void office_hours_are_read_in_the_configured_zone() {
      SwedishWorkingCalendar utc =
          new SwedishWorkingCalendar(
              ZoneOffset.UTC, OfficeHours.DEFAULT, EnumSet.allOf(ExtraDayOff.class));
      Instant fridayAfternoon = Instant.parse("2026-03-13T16:30:00Z"); // 17:30 in Stockholm
      assertThat(utc.deadline(fridayAfternoon, workingDays(1)))
          .isEqualTo(Instant.parse("2026-03-16T16:30:00Z"));
      assertThat(calendar.deadline(fridayAfternoon, workingDays(1)))
          .isEqualTo(stockholm("2026-03-16T17:00"));
    }

    /**
     * The rule itself, checked over two years of starts: a deadline of N working days lies exactly
     * N office days of office time after its start, and not a second earlier.
     */
    @Test
    void every_deadline_is_the_earliest_instant_n_office_days_after_its_start() {
      Duration officeDay = OfficeHours.DEFAULT.length();
      Instant end = stockholm("2028-01-01T00:00");
      int checked = 0;
      for (Instant start = stockholm("2026-01-01T00:00");
          start.isBefore(end);
          start = start.plus(Duration.ofMinutes(97))) {
        int n = 1 + checked % 5;
        Instant due = calendar.deadline(start, workingDays(n));
        LocalDateTime dueLocal = LocalDateTime.ofInstant(due, STOCKHOLM);
        assertThat(calendar.isWorkingDay(dueLocal.toLocalDate())).as("due %s", dueLocal).isTrue();
        assertThat(calendar.workingTimeLeft(start, due))
            .as("office time from %s to %s", start, due)
            .isEqualTo(officeDay.multipliedBy(n));
        assertThat(calendar.workingTimeLeft(start, due.minusSeconds(1)))
            .isLessThan(officeDay.multipliedBy(n));
        checked++;
      }
      assertThat(checked).isGreaterThan(10_000);
    }
  }

  @Nested
  class Hour_deadlines {

    @Test
    void hours_run_outside_office_hours_weekends_and_holidays() {
      assertThat(calendar.deadline(stockholm("2026-03-13T18:00"), hours(4)))
          .isEqualTo(stockholm("2026-03-13T22:00"));
      assertThat(calendar.deadline(stockholm("2026-03-14T12:00"), hours(24)))
          .isEqualTo(stockholm("2026-03-15T12:00"));
      assertThat(calendar.deadline(stockholm("2026-12-24T10:00"), hours(48)))
          .isEqualTo(stockholm("2026-12-26T10:00"));
    }

    @Test
    void hours_are_wall_clock_hours_across_the_spring_dst_change() {
      Instant start = stockholm("2026-03-28T20:00"); // 19:00 UTC
      Instant due = calendar.deadline(start, hours(12));
      assertThat(Duration.between(start, due)).isEqualTo(Duration.ofHours(12));
      assertThat(LocalDateTime.ofInstant(due, STOCKHOLM))
          .isEqualTo(LocalDateTime.parse("2026-03-29T09:00"));
    }

    @Test
    void hours_are_wall_clock_hours_across_the_autumn_dst_change() {
      Instant start = stockholm("2026-10-24T20:00"); // 18:00 UTC
      Instant due = calendar.deadline(start, hours(12));
      assertThat(Duration.between(start, due)).isEqualTo(Duration.ofHours(12));
      assertThat(LocalDateTime.ofInstant(due, STOCKHOLM))
          .isEqualTo(LocalDateTime.parse("2026-10-25T07:00"));
    }
  }

  @Nested
  class Working_time_left {

    @Test
    void only_office_time_is_left() {
      // Friday 16:00–17:00 and Monday 08:00–10:00.
      assertThat(
              calendar.workingTimeLeft(
                  stockholm("2026-03-13T16:00"), stockholm("2026-03-16T10:00")))
          .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void an_overdue_deadline_has_negative_time_left() {
      // Monday 16:00–17:00 and Tuesday 08:00–09:00.
      assertThat(
              calendar.workingTimeLeft(
                  stockholm("2026-03-17T09:00"), stockholm("2026-03-16T16:00")))
          .isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void no_office_time_passes_over_easter() {
      assertThat(
              calendar.workingTimeLeft(
                  stockholm("2026-04-02T17:00"), stockholm("2026-04-07T08:00")))
          .isZero();
    }
  }

  @Test
  void office_hours_must_open_before_they_close() {
    assertThatThrownBy(() -> new OfficeHours(LocalTime.of(17, 0), LocalTime.of(8, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OfficeHours(LocalTime.of(8, 0), LocalTime.of(8, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
