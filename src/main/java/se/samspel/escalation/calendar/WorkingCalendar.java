package se.samspel.escalation.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import se.samspel.policy.domain.Deadline;

/**
 * The days and hours on which the administration works, and the deadlines that follow from them.
 *
 * <h2>The deadline rule</h2>
 *
 * <ul>
 *   <li><b>{@link Deadline.Unit#HOURS HOURS}</b> (acute matters): wall-clock hours. The deadline is
 *       exactly {@code amount × 3600} seconds after the start, whatever the office hours, weekends,
 *       holidays or daylight-saving changes: acute matters do not wait for the office to open.
 *   <li><b>{@link Deadline.Unit#WORKING_DAYS WORKING_DAYS}</b>: <em>office time</em> runs only
 *       during office hours on working days. A deadline of N working days falls at the earliest
 *       instant by which N full office days of office time have run since the start. In local time
 *       that means:
 *       <ul>
 *         <li>a start inside office hours on a working day (after opening, up to and including
 *             closing) is due at the <em>same local time of day on the Nth following working
 *             day</em>: Tuesday 10:00 + 2 is Thursday 10:00, Friday 14:00 + 1 is Monday 14:00;
 *         <li>any other start (at or before opening, after closing, on a weekend or a day off)
 *             counts from the next opening, and is due at <em>closing time of the Nth working day
 *             counted from that opening's day</em>: Friday 18:00 + 1 is Monday 17:00, Monday 07:00
 *             + 1 is Monday 17:00, Saturday + 2 is Tuesday 17:00.
 *       </ul>
 *       Local times are those of the calendar's zone, so a working-day deadline keeps its local
 *       time across a daylight-saving change (it may then lie 71 or 73 wall-clock hours after a
 *       start three days earlier).
 * </ul>
 */
public interface WorkingCalendar {

  /**
   * Whether the administration works on this day (not a weekend, holiday or configured day off).
   */
  boolean isWorkingDay(LocalDate day);

  /** The time zone office hours and days are read in. */
  java.time.ZoneId zone();

  /** The instant a hop that started at {@code start} is due, by the rule in the class comment. */
  Instant deadline(Instant start, Deadline deadline);

  /**
   * The office time (time inside office hours on working days) from {@code now} until {@code due},
   * for showing "time left"; negative, by the office time already overdue, when {@code due} has
   * passed. For a working-day deadline, the office time from its start to its due instant is
   * exactly N office days.
   */
  Duration workingTimeLeft(Instant now, Instant due);
}
