package se.samspel.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.request.domain.RequestEventType;
import se.samspel.review.domain.DurationStats;
import se.samspel.review.domain.ReviewCalculator;
import se.samspel.review.domain.ReviewFigures;
import se.samspel.review.domain.ReviewPeriod;
import se.samspel.review.domain.ReviewSource.DeviationFact;
import se.samspel.review.domain.ReviewSource.EventFact;
import se.samspel.review.domain.ReviewSource.RequestFact;
import se.samspel.review.domain.Suppression;

/** The review's figures from hand-made facts with known counts. */
class ReviewCalculatorTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final ReviewPeriod PERIOD =
      new ReviewPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), "custom");

  static DeviationFact deviation(
      String at, String rule, String requester, String target, String unit) {
    return new DeviationFact(
        1,
        Instant.parse(at),
        "REPORTED",
        rule,
        rule + " title",
        "MEDIUM",
        requester,
        target,
        Optional.ofNullable(unit));
  }

  static EventFact event(long hours, RequestEventType event) {
    return new EventFact(T0.plus(Duration.ofHours(hours)), event, Optional.of(0), Optional.empty());
  }

  static EventFact escalated(long hours, int hop) {
    return new EventFact(
        T0.plus(Duration.ofHours(hours)),
        RequestEventType.ESCALATED,
        Optional.of(hop),
        Optional.of("A → B (deadline passed; rule R)"));
  }

  static RequestFact request(String id, String kind, String status, EventFact... events) {
    return new RequestFact(id, kind, T0, status, false, Optional.empty(), List.of(events));
  }

  /** A fact of form v2: the requester's and the target's department, no single one. */
  static DeviationFact v2(String requesterRole, String requesterUnit, String targetUnit) {
    return new DeviationFact(
        1,
        Instant.parse("2026-02-10T10:00:00Z"),
        "REPORTED_CONTACT",
        "R1",
        "R1 title",
        "MEDIUM",
        requesterRole,
        "STAFF_MEMBER",
        Optional.empty(),
        Optional.ofNullable(requesterUnit),
        Optional.ofNullable(targetUnit));
  }

  /**
   * Issue 13, "A deviation belongs to the department where it happened": the requester's
   * department, the target's only when the requester has none; a v1 entry keeps its department.
   */
  @Test
  void a_deviation_counts_under_the_requesters_department_else_the_targets_and_v1_keeps_its_own() {
    List<DeviationFact> deviations =
        List.of(
            // A social-services nurse to KD: social services, not KD's department.
            v2("STAFF_MEMBER", "SOC", "KLF"),
            // A politician has no department: the target's.
            v2("ELECTED_MEMBER", null, "BUF"),
            // A v1 entry recorded KD's department: it keeps it.
            deviation("2026-02-11T10:00:00Z", "R1", "STAFF_MEMBER", "MUNICIPAL_DIRECTOR", "KLF"));
    ReviewFigures f = ReviewCalculator.compute(PERIOD, ZONE, deviations, List.of(), List.of());
    assertThat(f.byDepartment())
        .containsExactly(
            new ReviewFigures.DepartmentCount(Optional.of("BUF"), 1),
            new ReviewFigures.DepartmentCount(Optional.of("KLF"), 1),
            new ReviewFigures.DepartmentCount(Optional.of("SOC"), 1));
    assertThat(ReviewCalculator.DEPARTMENT_RULE)
        .startsWith("A deviation counts under the requester's department, or the target's");
  }

  @Test
  void deviations_are_counted_by_rule_department_roles_and_every_month_of_the_period() {
    List<DeviationFact> deviations =
        List.of(
            deviation("2026-01-10T10:00:00Z", "R1", "ELECTED_MEMBER", "STAFF_MEMBER", "BUF"),
            deviation("2026-01-31T23:30:00Z", "R1", "ELECTED_MEMBER", "STAFF_MEMBER", "BUF"),
            deviation("2026-03-05T10:00:00Z", "R2", "KSO", "MANAGER", "SOC"),
            deviation("2026-06-30T12:00:00Z", "R1", "ELECTED_MEMBER", "MANAGER", null));
    ReviewFigures f = ReviewCalculator.compute(PERIOD, ZONE, deviations, List.of(), List.of());

    assertThat(f.deviationsTotal()).isEqualTo(4);
    assertThat(f.byRule())
        .containsExactly(
            new ReviewFigures.RuleCount("R1", "R1 title", 3),
            new ReviewFigures.RuleCount("R2", "R2 title", 1));
    assertThat(f.byDepartment())
        .containsExactly(
            new ReviewFigures.DepartmentCount(Optional.of("BUF"), 2),
            new ReviewFigures.DepartmentCount(Optional.of("SOC"), 1),
            new ReviewFigures.DepartmentCount(Optional.empty(), 1));
    assertThat(f.byRoles())
        .containsExactly(
            new ReviewFigures.RolesCount("ELECTED_MEMBER", "STAFF_MEMBER", 2),
            new ReviewFigures.RolesCount("ELECTED_MEMBER", "MANAGER", 1),
            new ReviewFigures.RolesCount("KSO", "MANAGER", 1));
    // 23:30 UTC on 31 January is 1 February in Stockholm; months without deviations are zero.
    assertThat(f.perMonth())
        .extracting(ReviewFigures.MonthCount::month, ReviewFigures.MonthCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 1), 1),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 2), 1),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 3), 1),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 4), 0),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 5), 0),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 6), 1));
  }

  @Test
  void escalations_lead_times_resolution_and_site_visits_come_from_the_history() {
    List<RequestFact> requests =
        List.of(
            // Approved after 2 h, completed after 10 h; never escalated.
            request(
                "a",
                "DIALOGUE",
                "COMPLETED",
                event(0, RequestEventType.SUBMITTED),
                event(2, RequestEventType.APPROVED),
                event(5, RequestEventType.ARRANGED),
                event(10, RequestEventType.COMPLETED)),
            // Hop 0 escalated twice, hop 1 once; closed by resolving its last hop after 30 h.
            request(
                "b",
                "ACUTE_MATTER",
                "COMPLETED",
                event(0, RequestEventType.SUBMITTED),
                escalated(4, 0),
                escalated(8, 0),
                new EventFact(
                    T0.plusSeconds(9 * 3600),
                    RequestEventType.RESOLVED,
                    Optional.of(0),
                    Optional.empty()),
                escalated(12, 1),
                new EventFact(
                    T0.plusSeconds(30 * 3600),
                    RequestEventType.RESOLVED,
                    Optional.of(1),
                    Optional.empty())),
            // Declined after 6 h: a decision, never completed.
            request(
                "c",
                "SITE_VISIT_SPONTANEOUS",
                "DECLINED",
                event(0, RequestEventType.SUBMITTED),
                event(6, RequestEventType.DECLINED)),
            // Redirected after 1 h.
            request(
                "d",
                "SITE_VISIT_COORDINATED",
                "REDIRECTED",
                event(0, RequestEventType.SUBMITTED),
                event(1, RequestEventType.REDIRECTED)),
            // Still waiting.
            request(
                "e",
                "SITE_VISIT_COORDINATED",
                "AWAITING_DECISION",
                event(0, RequestEventType.SUBMITTED)));
    RequestFact stuck =
        new RequestFact(
            "s",
            "ACUTE_MATTER",
            T0,
            "AWAITING_ACTION",
            true,
            Optional.of("POS-KD"),
            List.of(
                event(0, RequestEventType.SUBMITTED), event(20, RequestEventType.STUCK_AT_TOP)));
    ReviewFigures f = ReviewCalculator.compute(PERIOD, ZONE, List.of(), requests, List.of(stuck));

    assertThat(f.escalationsPerLevel()).containsExactly(2, 1);
    assertThat(f.resolution().count()).isEqualTo(2);
    assertThat(f.resolution().median()).contains(Duration.ofHours(20));
    assertThat(f.escalatedResolution().count()).isEqualTo(1);
    assertThat(f.escalatedResolution().median()).contains(Duration.ofHours(30));
    assertThat(f.approvalLeadTimes().count()).isEqualTo(3);
    assertThat(f.approvalLeadTimes().median()).contains(Duration.ofHours(2));
    assertThat(f.approvalLeadTimes().p90()).contains(Duration.ofHours(6));
    // The declined spontaneous visit did not take place (issue 13: only visits made are counted
    // against "the majority"); the redirected and the waiting coordinated ones are.
    assertThat(f.siteVisits().spontaneous()).isEqualTo(0);
    assertThat(f.siteVisits().coordinated()).isEqualTo(2);
    assertThat(f.siteVisits().spontaneousShare().orElseThrow())
        .isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(f.stuckAtTop())
        .containsExactly(
            new ReviewFigures.Stuck(
                "s", Optional.of(T0.plus(Duration.ofHours(20))), Optional.of("POS-KD")));
  }

  @Test
  void nothing_in_the_period_gives_zeros_and_empty_durations() {
    ReviewFigures f = ReviewCalculator.compute(PERIOD, ZONE, List.of(), List.of(), List.of());
    assertThat(f.perMonth()).hasSize(6).allMatch(m -> m.count() == 0);
    assertThat(f.escalationsPerLevel()).isEmpty();
    assertThat(f.approvalLeadTimes())
        .isEqualTo(new DurationStats(0, Optional.empty(), Optional.empty()));
    assertThat(f.siteVisits().spontaneousShare()).isEmpty();
  }

  @Test
  void median_and_90th_percentile_at_their_edges() {
    assertThat(stats(7).median()).contains(Duration.ofHours(7));
    assertThat(stats(7).p90()).contains(Duration.ofHours(7));
    // Even count: the mean of the two middle values.
    assertThat(stats(1, 2).median()).contains(Duration.ofMinutes(90));
    assertThat(stats(4, 1, 3, 2).median()).contains(Duration.ofMinutes(150));
    // Nearest rank: of 10 values the 9th, of 11 the 10th, of 2 the 2nd.
    assertThat(stats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).p90()).contains(Duration.ofHours(9));
    assertThat(stats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).p90()).contains(Duration.ofHours(10));
    assertThat(stats(1, 2).p90()).contains(Duration.ofHours(2));
    List<Long> twenty = new ArrayList<>();
    for (long i = 1; i <= 20; i++) {
      twenty.add(i);
    }
    assertThat(stats(twenty.stream().mapToLong(Long::longValue).toArray()).p90())
        .contains(Duration.ofHours(18));
  }

  private static DurationStats stats(long... hours) {
    List<Duration> durations = new ArrayList<>();
    for (long h : hours) {
      durations.add(Duration.ofHours(h));
    }
    return DurationStats.of(durations);
  }

  @Test
  void periods_default_to_twelve_months_and_follow_the_electoral_terms() {
    ReviewPeriod year = ReviewPeriod.lastTwelveMonths(LocalDate.of(2026, 11, 23));
    assertThat(year.from()).isEqualTo(LocalDate.of(2025, 11, 24));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(year.months())
        .hasSize(13)
        .startsWith(YearMonth.of(2025, 11))
        .endsWith(YearMonth.of(2026, 11));

    ReviewPeriod current = ReviewPeriod.termOf(LocalDate.of(2026, 11, 23));
    assertThat(current.from()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(current.lastDay()).isEqualTo(LocalDate.of(2030, 10, 14));
    ReviewPeriod beforeElection = ReviewPeriod.termOf(LocalDate.of(2026, 10, 14));
    assertThat(beforeElection.from()).isEqualTo(LocalDate.of(2022, 10, 15));
    assertThat(beforeElection.to()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(ReviewPeriod.termOf(LocalDate.of(2026, 10, 15)).from())
        .isEqualTo(LocalDate.of(2026, 10, 15));
    ReviewPeriod previous = ReviewPeriod.previousTermOf(LocalDate.of(2026, 11, 23));
    assertThat(previous.from()).isEqualTo(LocalDate.of(2022, 10, 15));
    assertThat(previous.lastDay()).isEqualTo(LocalDate.of(2026, 10, 14));
    assertThat(ReviewPeriod.previousTermOf(LocalDate.of(2025, 1, 1)).from())
        .isEqualTo(LocalDate.of(2018, 10, 15));
    assertThatThrownBy(
            () -> new ReviewPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void counts_below_the_threshold_are_shown_as_less_than_it() {
    Suppression three = new Suppression(3);
    assertThat(three.show(0)).isEqualTo("<3");
    assertThat(three.show(1)).isEqualTo("<3");
    assertThat(three.show(2)).isEqualTo("<3");
    assertThat(three.show(3)).isEqualTo("3");
    assertThat(three.show(120)).isEqualTo("120");
    assertThat(new Suppression(5).show(4)).isEqualTo("<5");
    assertThat(new Suppression(1).show(0)).isEqualTo("<1");
    assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Alingsås, Kommunikation: "Det kan finnas anledningar till att göra spontana verksamhetsbesök,
   * men majoriteten av verksamhetsbesöken ska samordnas med aktuell nämnd/styrelse och
   * förvaltningsledning." Registered visits count as spontaneous; the majority is more than half.
   */
  @Test
  void registered_visits_count_as_spontaneous_and_the_majority_is_more_than_half() {
    ReviewFigures.SiteVisits none = new ReviewFigures.SiteVisits(0, 0, 0);
    assertThat(none.majorityCoordinated()).isEmpty();
    ReviewFigures.SiteVisits half = new ReviewFigures.SiteVisits(2, 2, 2);
    assertThat(half.majorityCoordinated()).contains(false);
    ReviewFigures.SiteVisits most = new ReviewFigures.SiteVisits(2, 3, 1);
    assertThat(most.majorityCoordinated()).contains(true);
    assertThat(most.coordinatedShare().orElseThrow()).isEqualTo(0.6);
    assertThatThrownBy(() -> new ReviewFigures.SiteVisits(1, 0, 2))
        .isInstanceOf(IllegalArgumentException.class);

    ReviewFigures f = ReviewCalculator.compute(PERIOD, ZONE, List.of(), List.of(), List.of(), 3);
    assertThat(f.siteVisits().spontaneous()).isEqualTo(3);
    assertThat(f.siteVisits().registered()).isEqualTo(3);
    assertThat(f.siteVisits().majorityCoordinated()).contains(false);
  }
}
