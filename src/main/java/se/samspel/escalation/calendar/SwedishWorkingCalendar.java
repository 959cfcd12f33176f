package se.samspel.escalation.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.samspel.common.MunicipalTimeZone;
import se.samspel.policy.domain.Deadline;

/**
 * The working calendar of a Swedish municipality: Monday to Friday, except the Swedish public
 * holidays (allmänna helgdagar) as the Jollyday library knows them, and except the {@link
 * ExtraDayOff extra days off} this municipality closes on; open during the same {@link OfficeHours}
 * every working day, in one time zone. Deadlines follow the rule described on {@link
 * WorkingCalendar}.
 *
 * <p>Jollyday lists midsommarafton, julafton and nyårsafton among Sweden's holidays although the
 * law does not; here they are days off only when configured as {@link ExtraDayOff}s. Jollyday's
 * observances (days that close nothing) are not days off.
 *
 * <p>Thread-safe: the days off of each year are computed once and kept.
 */
public final class SwedishWorkingCalendar implements WorkingCalendar {

  /** Jollyday's property keys for the eves that are days off only by configuration. */
  private static final Map<String, ExtraDayOff> EVES_BY_JOLLYDAY_KEY =
      Map.of(
          "MIDSUMMER_EVE", ExtraDayOff.MIDSUMMER_EVE,
          "CHRISTMAS_EVE", ExtraDayOff.CHRISTMAS_EVE,
          "NEW_YEARS_EVE", ExtraDayOff.NEW_YEARS_EVE);

  private final ZoneId zone;
  private final OfficeHours officeHours;
  private final EnumSet<ExtraDayOff> extraDaysOff;
  private final HolidayManager holidays;
  private final Map<Integer, Set<LocalDate>> daysOffByYear = new ConcurrentHashMap<>();

  public SwedishWorkingCalendar(
      ZoneId zone, OfficeHours officeHours, Set<ExtraDayOff> extraDaysOff) {
    this.zone = Objects.requireNonNull(zone, "zone is required");
    this.officeHours = Objects.requireNonNull(officeHours, "officeHours is required");
    Objects.requireNonNull(extraDaysOff, "extraDaysOff is required");
    this.extraDaysOff = EnumSet.noneOf(ExtraDayOff.class);
    this.extraDaysOff.addAll(extraDaysOff);
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
  }

  /**
   * The default zone (Europe/Stockholm), 08:00–17:00, with midsommarafton, julafton and nyårsafton
   * off.
   */
  public static SwedishWorkingCalendar withDefaults() {
    return new SwedishWorkingCalendar(
        MunicipalTimeZone.DEFAULT, OfficeHours.DEFAULT, EnumSet.allOf(ExtraDayOff.class));
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  public OfficeHours officeHours() {
    return officeHours;
  }

  public Set<ExtraDayOff> extraDaysOff() {
    return EnumSet.copyOf(extraDaysOff);
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day is required");
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !daysOffIn(Year.of(day.getYear())).contains(day);
  }

  @Override
  public Instant deadline(Instant start, Deadline deadline) {
    Objects.requireNonNull(start, "start is required");
    Objects.requireNonNull(deadline, "deadline is required");
    return switch (deadline.unit()) {
      case HOURS -> start.plus(Duration.ofHours(deadline.amount()));
      case WORKING_DAYS -> workingDaysAfter(start, deadline.amount());
    };
  }

  @Override
  public Duration workingTimeLeft(Instant now, Instant due) {
    Objects.requireNonNull(now, "now is required");
    Objects.requireNonNull(due, "due is required");
    return due.isBefore(now) ? officeTimeBetween(due, now).negated() : officeTimeBetween(now, due);
  }

  private Instant workingDaysAfter(Instant start, int workingDays) {
    ZonedDateTime local = start.atZone(zone);
    LocalDate day = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    boolean working = isWorkingDay(day);
    if (working && time.isAfter(officeHours.opening()) && !time.isAfter(officeHours.closing())) {
      return at(nthWorkingDayAfter(day, workingDays), time);
    }
    LocalDate firstOpening =
        working && !time.isAfter(officeHours.opening()) ? day : nthWorkingDayAfter(day, 1);
    return at(nthWorkingDayAfter(firstOpening, workingDays - 1), officeHours.closing());
  }

  private LocalDate nthWorkingDayAfter(LocalDate day, int n) {
    LocalDate current = day;
    for (int counted = 0; counted < n; ) {
      current = current.plusDays(1);
      if (isWorkingDay(current)) {
        counted++;
      }
    }
    return current;
  }

  /** Office time in [from, to], from not after to. */
  private Duration officeTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      Instant opens = at(day, officeHours.opening());
      Instant closes = at(day, officeHours.closing());
      Instant begin = opens.isAfter(from) ? opens : from;
      Instant end = closes.isBefore(to) ? closes : to;
      if (begin.isBefore(end)) {
        total = total.plus(Duration.between(begin, end));
      }
    }
    return total;
  }

  private Instant at(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(day, time, zone).toInstant();
  }

  /**
   * The public holidays and configured extra days off of a year, including those that fall on a
   * weekend anyway (e.g. påskdagen); for showing the calendar and for checking it.
   */
  public Set<LocalDate> daysOffIn(Year year) {
    Objects.requireNonNull(year, "year is required");
    return daysOffByYear.computeIfAbsent(year.getValue(), this::loadDaysOff);
  }

  private Set<LocalDate> loadDaysOff(int year) {
    Set<LocalDate> daysOff = new HashSet<>();
    Set<ExtraDayOff> evesListed = EnumSet.noneOf(ExtraDayOff.class);
    for (Holiday holiday : holidays.getHolidays(Year.of(year))) {
      ExtraDayOff eve = EVES_BY_JOLLYDAY_KEY.get(holiday.getPropertiesKey());
      if (eve != null) {
        evesListed.add(eve);
        if (extraDaysOff.contains(eve)) {
          daysOff.add(holiday.getActualDate());
        }
      } else if (holiday.getType() == HolidayType.PUBLIC_HOLIDAY) {
        daysOff.add(holiday.getActualDate());
      }
    }
    if (!evesListed.containsAll(extraDaysOff)) {
      // Fail loudly rather than count a configured day off as a working day.
      Set<ExtraDayOff> missing = EnumSet.copyOf(extraDaysOff);
      missing.removeAll(evesListed);
      throw new IllegalStateException(
          "the holiday library no longer lists " + missing + " for Sweden in " + year);
    }
    return Set.copyOf(daysOff);
  }
}
