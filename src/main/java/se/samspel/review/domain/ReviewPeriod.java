package se.samspel.review.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a review covers: [from, to), whole days in the municipality's time zone.
 *
 * @param label how the period was asked for, e.g. "last-12-months", "term 2022–2026", "custom"
 */
public record ReviewPeriod(LocalDate from, LocalDate to, String label) {

  /** The first election year Samspel counts terms from; elections are every four years. */
  static final int ELECTION_YEAR = 2022;

  public ReviewPeriod {
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(label, "label is required");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from");
    }
  }

  /** The last twelve months up to and including today. */
  public static ReviewPeriod lastTwelveMonths(LocalDate today) {
    return new ReviewPeriod(today.minusMonths(12).plusDays(1), today.plusDays(1), "last-12-months");
  }

  /**
   * The electoral term holding a day: Swedish terms run from 15 October of an election year (2022,
   * 2026, every four years) to 14 October four years later.
   */
  public static ReviewPeriod termOf(LocalDate day) {
    int year = day.getYear();
    while (Math.floorMod(year - ELECTION_YEAR, 4) != 0
        || day.isBefore(LocalDate.of(year, Month.OCTOBER, 15))) {
      year--;
    }
    return new ReviewPeriod(
        LocalDate.of(year, Month.OCTOBER, 15),
        LocalDate.of(year + 4, Month.OCTOBER, 15),
        "term " + year + "–" + (year + 4));
  }

  /** The term before the one holding a day. */
  public static ReviewPeriod previousTermOf(LocalDate day) {
    return termOf(termOf(day).from().minusDays(1));
  }

  /** Every month the period touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth last = YearMonth.from(to.minusDays(1));
    for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The last day the period covers. */
  public LocalDate lastDay() {
    return to.minusDays(1);
  }
}
