package se.samspel.review.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samspel.review.domain.DurationStats;
import se.samspel.review.domain.Review;
import se.samspel.review.domain.ReviewCalculator;
import se.samspel.review.domain.ReviewFigures;
import se.samspel.review.domain.Suppression;

/** The review as JSON: the full version and the anonymised one for publication. */
public final class ReviewViews {

  private ReviewViews() {}

  /** [from, to): {@code to} is the first day not covered; {@code lastDay} the last covered. */
  public record PeriodView(LocalDate from, LocalDate to, LocalDate lastDay, String label) {}

  public record OwnerView(String role, String title, String holder) {}

  public record AttachedView(String section, String quote, List<String> evaluationQuestions) {}

  /** A duration both as ISO-8601 (PT5H30M) and as decimal hours. */
  public record DurationView(String iso, BigDecimal hours) {
    static DurationView of(Optional<Duration> d) {
      return d.map(
              x ->
                  new DurationView(
                      x.toString(),
                      BigDecimal.valueOf(x.toMillis())
                          .divide(BigDecimal.valueOf(3_600_000L), 2, RoundingMode.HALF_UP)))
          .orElse(null);
    }
  }

  public record StatsView(int count, DurationView median, DurationView p90) {
    static StatsView of(DurationStats s) {
      return new StatsView(s.count(), DurationView.of(s.median()), DurationView.of(s.p90()));
    }
  }

  // ---- The full review ----

  public record RuleRow(String ruleId, String title, int count) {}

  public record DepartmentRow(String unitId, String name, int count) {}

  public record RolesRow(String requesterRole, String targetRole, int count) {}

  public record MonthRow(String month, int count) {}

  public record LevelRow(int level, int hops) {}

  /**
   * @param departmentRule which department a deviation counts under in {@code byDepartment}, in one
   *     sentence ({@link ReviewCalculator#DEPARTMENT_RULE})
   */
  public record Deviations(
      int total,
      List<RuleRow> byRule,
      List<DepartmentRow> byDepartment,
      List<RolesRow> byRoles,
      List<MonthRow> perMonth,
      String departmentRule) {}

  public record Escalations(
      List<LevelRow> perLevel, StatsView timeToResolution, StatsView timeToResolutionEscalated) {}

  /**
   * Site visits: spontaneous (registered afterwards plus requests of that kind) and coordinated
   * (requests), their shares, whether the majority was coordinated, and the rule of the guideline
   * in force that has them coordinated.
   *
   * @param registered of the spontaneous, those registered afterwards
   * @param majorityCoordinated more than half coordinated; null when there were no visits
   */
  public record SiteVisitsView(
      int spontaneous,
      int coordinated,
      Double spontaneousShare,
      Double coordinatedShare,
      int registered,
      Boolean majorityCoordinated,
      CitedRuleView rule) {}

  /** A rule of the guideline in force, with its passage. */
  public record CitedRuleView(String id, String title, String section, String quote) {}

  public record StuckRow(String requestId, Instant since, String waitingOn) {}

  public record StuckView(int count, List<StuckRow> requests) {}

  public record FullReview(
      PeriodView period,
      Instant producedAt,
      String policy,
      List<OwnerView> owners,
      AttachedView attached,
      Deviations deviations,
      Escalations escalations,
      StatsView approvalLeadTimes,
      SiteVisitsView siteVisits,
      StuckView stuckAtTop,
      String recordHeadHash) {}

  public static FullReview full(Review review) {
    ReviewFigures f = review.figures();
    return new FullReview(
        period(f),
        review.producedAt(),
        review.policy(),
        review.owners().stream()
            .map(o -> new OwnerView(o.role(), o.title(), o.holder().orElse(null)))
            .toList(),
        attached(review),
        new Deviations(
            f.deviationsTotal(),
            f.byRule().stream().map(r -> new RuleRow(r.ruleId(), r.title(), r.count())).toList(),
            f.byDepartment().stream()
                .map(
                    d ->
                        new DepartmentRow(
                            d.unitId().orElse(null), review.unitName(d.unitId()), d.count()))
                .toList(),
            f.byRoles().stream()
                .map(r -> new RolesRow(r.requesterRole(), r.targetRole(), r.count()))
                .toList(),
            f.perMonth().stream().map(m -> new MonthRow(m.month().toString(), m.count())).toList(),
            ReviewCalculator.DEPARTMENT_RULE),
        new Escalations(
            levels(f), StatsView.of(f.resolution()), StatsView.of(f.escalatedResolution())),
        StatsView.of(f.approvalLeadTimes()),
        new SiteVisitsView(
            f.siteVisits().spontaneous(),
            f.siteVisits().coordinated(),
            share(f.siteVisits().spontaneousShare()),
            share(f.siteVisits().coordinatedShare()),
            f.siteVisits().registered(),
            f.siteVisits().majorityCoordinated().orElse(null),
            siteVisitRule(review)),
        new StuckView(
            f.stuckAtTop().size(),
            f.stuckAtTop().stream()
                .map(
                    s ->
                        new StuckRow(
                            s.requestId(), s.since().orElse(null), s.waitingOn().orElse(null)))
                .toList()),
        review.recordHeadHash().orElse(null));
  }

  // ---- The public review ----

  public record PublicCount(String name, String count) {}

  public record PublicRuleRow(String ruleId, String title, String count) {}

  public record PublicRolesRow(String requesterRole, String targetRole, String count) {}

  public record PublicMonthRow(String month, String count) {}

  public record PublicLevelRow(int level, String hops) {}

  /** A duration figure is withheld (null) when it rests on fewer cases than the threshold. */
  public record PublicStats(String count, DurationView median, DurationView p90) {}

  /** As {@link Deviations}, counts anonymised. */
  public record PublicDeviations(
      String total,
      List<PublicRuleRow> byRule,
      List<PublicCount> byDepartment,
      List<PublicRolesRow> byRoles,
      List<PublicMonthRow> perMonth,
      String departmentRule) {}

  public record PublicEscalations(
      List<PublicLevelRow> perLevel,
      PublicStats timeToResolution,
      PublicStats timeToResolutionEscalated) {}

  /** As {@link SiteVisitsView}; the majority is withheld (null) with the shares. */
  public record PublicSiteVisits(
      String spontaneous,
      String coordinated,
      Double spontaneousShare,
      Double coordinatedShare,
      String registered,
      Boolean majorityCoordinated,
      CitedRuleView rule) {}

  public record PublicReview(
      PeriodView period,
      Instant producedAt,
      String policy,
      String suppressedBelow,
      List<String> owners,
      AttachedView attached,
      PublicDeviations deviations,
      PublicEscalations escalations,
      PublicStats approvalLeadTimes,
      PublicSiteVisits siteVisits,
      String stuckAtTop,
      String recordHeadHash) {}

  public static PublicReview anonymised(Review review, Suppression s) {
    ReviewFigures f = review.figures();
    Map<String, Integer> departments = new LinkedHashMap<>();
    f.byDepartment()
        .forEach(d -> departments.merge(review.unitName(d.unitId()), d.count(), Integer::sum));
    ReviewFigures.SiteVisits v = f.siteVisits();
    boolean sharesHidden = s.hides(v.spontaneous()) || s.hides(v.coordinated());
    return new PublicReview(
        period(f),
        review.producedAt(),
        review.policy(),
        "<" + s.threshold(),
        review.owners().stream().map(Review.Owner::title).toList(),
        attached(review),
        new PublicDeviations(
            s.show(f.deviationsTotal()),
            f.byRule().stream()
                .map(r -> new PublicRuleRow(r.ruleId(), r.title(), s.show(r.count())))
                .toList(),
            departments.entrySet().stream()
                .map(e -> new PublicCount(e.getKey(), s.show(e.getValue())))
                .toList(),
            f.byRoles().stream()
                .map(r -> new PublicRolesRow(r.requesterRole(), r.targetRole(), s.show(r.count())))
                .toList(),
            f.perMonth().stream()
                .map(m -> new PublicMonthRow(m.month().toString(), s.show(m.count())))
                .toList(),
            ReviewCalculator.DEPARTMENT_RULE),
        new PublicEscalations(
            levels(f).stream().map(l -> new PublicLevelRow(l.level(), s.show(l.hops()))).toList(),
            stats(f.resolution(), s),
            stats(f.escalatedResolution(), s)),
        stats(f.approvalLeadTimes(), s),
        new PublicSiteVisits(
            s.show(v.spontaneous()),
            s.show(v.coordinated()),
            sharesHidden ? null : share(v.spontaneousShare()),
            sharesHidden ? null : share(v.coordinatedShare()),
            s.show(v.registered()),
            sharesHidden ? null : v.majorityCoordinated().orElse(null),
            siteVisitRule(review)),
        s.show(f.stuckAtTop().size()),
        review.recordHeadHash().orElse(null));
  }

  private static PublicStats stats(DurationStats d, Suppression s) {
    boolean hidden = s.hides(d.count());
    return new PublicStats(
        s.show(d.count()),
        hidden ? null : DurationView.of(d.median()),
        hidden ? null : DurationView.of(d.p90()));
  }

  // ---- Shared ----

  private static PeriodView period(ReviewFigures f) {
    return new PeriodView(
        f.period().from(), f.period().to(), f.period().lastDay(), f.period().label());
  }

  private static AttachedView attached(Review review) {
    return review
        .attached()
        .map(a -> new AttachedView(a.section(), a.quote(), a.evaluationQuestions()))
        .orElse(null);
  }

  private static CitedRuleView siteVisitRule(Review review) {
    return review
        .siteVisitRule()
        .map(r -> new CitedRuleView(r.ruleId(), r.title(), r.section(), r.quote()))
        .orElse(null);
  }

  private static List<LevelRow> levels(ReviewFigures f) {
    List<LevelRow> rows = new ArrayList<>();
    for (int i = 0; i < f.escalationsPerLevel().size(); i++) {
      rows.add(new LevelRow(i + 1, f.escalationsPerLevel().get(i)));
    }
    return rows;
  }

  private static Double share(Optional<Double> share) {
    return share
        .map(x -> BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_UP).doubleValue())
        .orElse(null);
  }
}
