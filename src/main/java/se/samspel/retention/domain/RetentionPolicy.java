package se.samspel.retention.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long one municipality keeps what Samspel holds about contacts between named people, as its
 * decision says (arkivlagen 1990:782, 10 §: public records are culled, gallras, only as decided).
 * Each period is counted from when a thing was closed or recorded, in the municipality's time zone:
 *
 * @param closedRequests how long a closed contact request (completed, declined, redirected or
 *     withdrawn) keeps its personal data and free text, counted from its last change; then it is
 *     culled down to the anonymous facts the yearly review counts; a registered site visit, a
 *     contact between named people too, is kept as long, counted from the day of the visit
 * @param whistleblowingReports the same for a closed report of suspected wrongdoing; at most {@link
 *     #WHISTLEBLOWING_AT_MOST}: personal data in a follow-up case may not be processed later than
 *     two years after the case was closed (lag 2021:890 om skydd för personer som rapporterar om
 *     missförhållanden, 7 kap. 4 §)
 * @param notifications how long a notification (who was told, at which address, whether the mail
 *     went) and its event in the event feed are kept, counted from when the event was recorded;
 *     pending notifications are never culled
 * @param deviationPersonalData how long an entry of the deviation record keeps its personal fields
 *     (reporter, requester, target, description), counted from when it was recorded; the entry
 *     itself and its hashes stay, so the record verifies as before
 * @param decision the decision these periods come from
 * @param version the stored version, 0 before the first is stored; an update names the version it
 *     read, so two administrators' changes are never merged
 */
public record RetentionPolicy(
    Period closedRequests,
    Period whistleblowingReports,
    Period notifications,
    Period deviationPersonalData,
    RetentionDecision decision,
    long version) {

  /** The longest a whistleblowing report may keep personal data (lag 2021:890, 7 kap. 4 §). */
  public static final Period WHISTLEBLOWING_AT_MOST = Period.ofYears(2);

  /** The citation of {@link #WHISTLEBLOWING_AT_MOST}, given with a refusal. */
  public static final String WHISTLEBLOWING_LAW =
      "lag (2021:890) om skydd för personer som rapporterar om missförhållanden, 7 kap. 4 §";

  public RetentionPolicy {
    Objects.requireNonNull(closedRequests, "closedRequests is required");
    Objects.requireNonNull(whistleblowingReports, "whistleblowingReports is required");
    Objects.requireNonNull(notifications, "notifications is required");
    Objects.requireNonNull(deviationPersonalData, "deviationPersonalData is required");
    Objects.requireNonNull(decision, "decision is required");
  }

  /** The instants before which things are due for culling, seen at {@code now}. */
  public Cutoffs cutoffs(Instant now, ZoneId zone) {
    return new Cutoffs(
        before(now, zone, closedRequests),
        before(now, zone, whistleblowingReports),
        before(now, zone, notifications),
        before(now, zone, deviationPersonalData));
  }

  private static Instant before(Instant now, ZoneId zone, Period period) {
    return now.atZone(zone).minus(period).toInstant();
  }

  /**
   * Whether {@code a} is longer than {@code b}, measured from one day (a period of months and one
   * of days cannot be compared otherwise; P24M and P2Y are the same).
   */
  public static boolean longer(Period a, Period b) {
    LocalDate from = LocalDate.of(2000, 1, 1);
    return from.plus(a).isAfter(from.plus(b));
  }

  /**
   * What is due: a closed request last changed before {@code closedRequests}, a closed report
   * before {@code whistleblowingReports}, a notification or feed event recorded before {@code
   * notifications}, a deviation entry recorded before {@code deviationPersonalData}.
   */
  public record Cutoffs(
      Instant closedRequests,
      Instant whistleblowingReports,
      Instant notifications,
      Instant deviationPersonalData) {}
}
