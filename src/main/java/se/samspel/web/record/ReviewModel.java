package se.samspel.web.record;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PositionId;
import se.samspel.review.application.ReviewViews;

/**
 * The yearly review as its page shows it, made from the API's views of the full or the anonymised
 * review: counts as text (the public one shows small counts as "&lt;3"), durations and shares
 * written for the reader's language, and the three charts laid out.
 *
 * @param full the full review (names, request ids) rather than the anonymised one
 */
public record ReviewModel(
    boolean full,
    LocalDate from,
    LocalDate lastDay,
    String label,
    String policy,
    Instant producedAt,
    String suppressedBelow,
    List<Owner> owners,
    String total,
    List<CountRow> byRule,
    BarChart ruleChart,
    List<CountRow> byDepartment,
    BarChart departmentChart,
    List<RolesRow> byRoles,
    List<CountRow> perMonth,
    BarChart monthChart,
    List<CountRow> levels,
    List<DurationRow> durations,
    List<CountRow> siteVisits,
    String stuckCount,
    List<StuckRow> stuck,
    String section,
    String quote,
    List<String> questions,
    String headHash,
    VisitGuideline siteVisitGuideline) {

  public record Owner(String title, String holder) {}

  /**
   * What the site-visit figures answer: how many were registered afterwards, whether the majority
   * was coordinated ({@code yes}, {@code no}, or empty when there were none or it is withheld), and
   * the rule of the guideline in force that has visits coordinated (empty strings when none).
   */
  public record VisitGuideline(
      String registered,
      String majority,
      String ruleId,
      String ruleTitle,
      String section,
      String quote) {

    static VisitGuideline of(String registered, Boolean majority, ReviewViews.CitedRuleView rule) {
      return new VisitGuideline(
          registered,
          majority == null ? "" : majority ? "yes" : "no",
          rule == null ? "" : rule.id(),
          rule == null ? "" : rule.title(),
          rule == null ? "" : rule.section(),
          rule == null ? "" : rule.quote());
    }
  }

  /** A row of a count table; {@code extra} is a second column where the table has one. */
  public record CountRow(String key, String label, String count, String extra) {}

  public record RolesRow(String requesterRole, String targetRole, String count) {}

  /** Median and 90th percentile, empty when there is none (or the public review withholds it). */
  public record DurationRow(String measure, String count, String median, String p90) {}

  public record StuckRow(String requestId, Instant since, String waitingOn) {}

  public boolean anyDeviations() {
    return !byRule.isEmpty();
  }

  static ReviewModel full(
      ReviewViews.FullReview r, OrganisationGraph graph, LocalDate today, Locale locale) {
    ReviewViews.Deviations d = r.deviations();
    List<CountRow> rules =
        d.byRule().stream()
            .map(x -> new CountRow(x.ruleId(), x.title(), "" + x.count(), ""))
            .toList();
    List<CountRow> departments =
        d.byDepartment().stream()
            .map(
                x ->
                    new CountRow(
                        x.unitId() == null ? "" : x.unitId(), x.name(), "" + x.count(), ""))
            .toList();
    List<CountRow> months =
        d.perMonth().stream()
            .map(m -> new CountRow(m.month(), month(m.month(), locale), "" + m.count(), ""))
            .toList();
    List<CountRow> levels =
        r.escalations().perLevel().stream()
            .map(l -> new CountRow("" + l.level(), "" + l.level(), "" + l.hops(), ""))
            .toList();
    List<DurationRow> durations =
        List.of(
            duration("time_to_resolution", r.escalations().timeToResolution(), locale),
            duration(
                "time_to_resolution_escalated",
                r.escalations().timeToResolutionEscalated(),
                locale),
            duration("approval_lead_time", r.approvalLeadTimes(), locale));
    ReviewViews.SiteVisitsView v = r.siteVisits();
    List<CountRow> visits =
        List.of(
            new CountRow(
                "SITE_VISIT_SPONTANEOUS",
                "",
                "" + v.spontaneous(),
                share(v.spontaneousShare(), locale)),
            new CountRow(
                "SITE_VISIT_COORDINATED",
                "",
                "" + v.coordinated(),
                share(v.coordinatedShare(), locale)));
    List<StuckRow> stuck =
        r.stuckAtTop().requests().stream()
            .map(s -> new StuckRow(s.requestId(), s.since(), position(graph, s.waitingOn(), today)))
            .toList();
    return new ReviewModel(
        true,
        r.period().from(),
        r.period().lastDay(),
        r.period().label(),
        r.policy(),
        r.producedAt(),
        "",
        r.owners().stream()
            .map(o -> new Owner(o.title(), o.holder() == null ? "" : o.holder()))
            .toList(),
        "" + d.total(),
        rules,
        BarChart.horizontal("chart-rules", values(rules, CountRow::label)),
        departments,
        BarChart.horizontal("chart-departments", values(departments, CountRow::label)),
        d.byRoles().stream()
            .map(x -> new RolesRow(x.requesterRole(), x.targetRole(), "" + x.count()))
            .toList(),
        months,
        monthChart(months, locale),
        levels,
        durations,
        visits,
        "" + r.stuckAtTop().count(),
        stuck,
        r.attached() == null ? "" : r.attached().section(),
        r.attached() == null ? "" : r.attached().quote(),
        r.attached() == null ? List.of() : r.attached().evaluationQuestions(),
        r.recordHeadHash() == null ? "" : r.recordHeadHash(),
        VisitGuideline.of("" + v.registered(), v.majorityCoordinated(), v.rule()));
  }

  static ReviewModel anonymised(ReviewViews.PublicReview r, Locale locale) {
    ReviewViews.PublicDeviations d = r.deviations();
    List<CountRow> rules =
        d.byRule().stream().map(x -> new CountRow(x.ruleId(), x.title(), x.count(), "")).toList();
    List<CountRow> departments =
        d.byDepartment().stream().map(x -> new CountRow("", x.name(), x.count(), "")).toList();
    List<CountRow> months =
        d.perMonth().stream()
            .map(m -> new CountRow(m.month(), month(m.month(), locale), m.count(), ""))
            .toList();
    List<CountRow> levels =
        r.escalations().perLevel().stream()
            .map(l -> new CountRow("" + l.level(), "" + l.level(), l.hops(), ""))
            .toList();
    List<DurationRow> durations =
        List.of(
            publicDuration("time_to_resolution", r.escalations().timeToResolution(), locale),
            publicDuration(
                "time_to_resolution_escalated",
                r.escalations().timeToResolutionEscalated(),
                locale),
            publicDuration("approval_lead_time", r.approvalLeadTimes(), locale));
    ReviewViews.PublicSiteVisits v = r.siteVisits();
    List<CountRow> visits =
        List.of(
            new CountRow(
                "SITE_VISIT_SPONTANEOUS", "", v.spontaneous(), share(v.spontaneousShare(), locale)),
            new CountRow(
                "SITE_VISIT_COORDINATED",
                "",
                v.coordinated(),
                share(v.coordinatedShare(), locale)));
    return new ReviewModel(
        false,
        r.period().from(),
        r.period().lastDay(),
        r.period().label(),
        r.policy(),
        r.producedAt(),
        r.suppressedBelow(),
        r.owners().stream().map(title -> new Owner(title, "")).toList(),
        d.total(),
        rules,
        BarChart.horizontal("chart-rules", values(rules, CountRow::label)),
        departments,
        BarChart.horizontal("chart-departments", values(departments, CountRow::label)),
        d.byRoles().stream()
            .map(x -> new RolesRow(x.requesterRole(), x.targetRole(), x.count()))
            .toList(),
        months,
        monthChart(months, locale),
        levels,
        durations,
        visits,
        r.stuckAtTop(),
        List.of(),
        r.attached() == null ? "" : r.attached().section(),
        r.attached() == null ? "" : r.attached().quote(),
        r.attached() == null ? List.of() : r.attached().evaluationQuestions(),
        r.recordHeadHash() == null ? "" : r.recordHeadHash(),
        VisitGuideline.of(v.registered(), v.majorityCoordinated(), v.rule()));
  }

  // ---- charts ---------------------------------------------------------------------------------

  private static List<BarChart.Value> values(
      List<CountRow> rows, Function<CountRow, String> label) {
    List<BarChart.Value> values = new ArrayList<>();
    for (CountRow row : rows) {
      values.add(new BarChart.Value(label.apply(row), row.count(), count(row.count())));
    }
    return values;
  }

  private static BarChart monthChart(List<CountRow> months, Locale locale) {
    int n = months.size();
    int every = n <= 12 ? 1 : n <= 24 ? 3 : 6;
    List<String> ticks =
        months.stream()
            .map(
                m -> {
                  YearMonth ym = YearMonth.parse(m.key());
                  String name = ym.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
                  return n <= 12 ? name : name + " " + String.format("%02d", ym.getYear() % 100);
                })
            .toList();
    return BarChart.columns("chart-months", values(months, CountRow::label), ticks, every);
  }

  /** A count as a number, or null when it is suppressed ("&lt;3"). */
  private static Integer count(String shown) {
    try {
      return Integer.valueOf(shown);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---- words ----------------------------------------------------------------------------------

  private static String month(String yearMonth, Locale locale) {
    YearMonth ym = YearMonth.parse(yearMonth);
    return ym.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + ym.getYear();
  }

  private static DurationRow duration(String measure, ReviewViews.StatsView s, Locale locale) {
    return new DurationRow(
        measure, "" + s.count(), hours(s.median(), locale), hours(s.p90(), locale));
  }

  private static DurationRow publicDuration(
      String measure, ReviewViews.PublicStats s, Locale locale) {
    return new DurationRow(measure, s.count(), hours(s.median(), locale), hours(s.p90(), locale));
  }

  /** Hours with at most one decimal, as the reader writes numbers ("26,5"); empty for none. */
  private static String hours(ReviewViews.DurationView d, Locale locale) {
    if (d == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    BigDecimal hours = d.hours();
    return format.format(hours);
  }

  private static String share(Double share, Locale locale) {
    if (share == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(share);
  }

  private static String position(OrganisationGraph graph, String id, LocalDate today) {
    if (id == null) {
      return "";
    }
    return graph
        .position(new PositionId(id))
        .map(
            p ->
                graph
                    .holderOn(p.id(), today)
                    .map(Person::name)
                    .map(n -> p.title() + " – " + n)
                    .orElse(p.title()))
        .orElse(id);
  }
}
