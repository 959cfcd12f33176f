package se.samspel.review.application;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The review as CSV (RFC 4180, comma, CRLF): one table per section, tables separated by an empty
 * line. Every table starts with its header row, and the first column of every row names the table,
 * so a reader can split the file on empty lines or filter rows by their first cell. The columns are
 * listed in the README's "The yearly review".
 */
public final class ReviewCsv {

  private final StringBuilder out = new StringBuilder();

  private ReviewCsv() {}

  private ReviewCsv table(String name, String... columns) {
    if (out.length() > 0) {
      out.append("\r\n");
    }
    line(Stream.concat(Stream.of("table"), Stream.of(columns)).toList());
    current = name;
    return this;
  }

  private String current;

  private ReviewCsv row(Object... values) {
    line(
        Stream.concat(Stream.of(current), Stream.of(values).map(v -> v == null ? "" : v.toString()))
            .toList());
    return this;
  }

  private void line(List<String> cells) {
    out.append(cells.stream().map(ReviewCsv::cell).collect(Collectors.joining(","))).append("\r\n");
  }

  private static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private void siteVisitGuideline(
      Object registered, Boolean majority, ReviewViews.CitedRuleView rule) {
    table(
        "site_visits_guideline",
        "registered",
        "majority_coordinated",
        "rule_id",
        "section",
        "quote");
    row(
        registered,
        majority,
        rule == null ? null : rule.id(),
        rule == null ? null : rule.section(),
        rule == null ? null : rule.quote());
  }

  private void durations(
      String measure, Object count, ReviewViews.DurationView median, ReviewViews.DurationView p90) {
    row(
        measure,
        count,
        median == null ? null : median.iso(),
        median == null ? null : median.hours().toPlainString(),
        p90 == null ? null : p90.iso(),
        p90 == null ? null : p90.hours().toPlainString());
  }

  private void attached(ReviewViews.AttachedView a) {
    table("evaluation_questions", "number", "question");
    if (a != null) {
      for (int i = 0; i < a.evaluationQuestions().size(); i++) {
        row(i + 1, a.evaluationQuestions().get(i));
      }
    }
  }

  public static String full(ReviewViews.FullReview r) {
    ReviewCsv c = new ReviewCsv();
    c.table("period", "from", "to", "last_day", "label", "policy", "record_head_hash")
        .row(
            r.period().from(),
            r.period().to(),
            r.period().lastDay(),
            r.period().label(),
            r.policy(),
            r.recordHeadHash());
    c.table("owners", "role", "title", "holder");
    r.owners().forEach(o -> c.row(o.role(), o.title(), o.holder()));
    c.table("deviations_by_rule", "rule_id", "title", "count");
    r.deviations().byRule().forEach(x -> c.row(x.ruleId(), x.title(), x.count()));
    c.table("deviations_by_department", "unit_id", "department", "count");
    r.deviations().byDepartment().forEach(x -> c.row(x.unitId(), x.name(), x.count()));
    c.table("department_rule", "rule").row(r.deviations().departmentRule());
    c.table("deviations_by_roles", "requester_role", "target_role", "count");
    r.deviations().byRoles().forEach(x -> c.row(x.requesterRole(), x.targetRole(), x.count()));
    c.table("deviations_per_month", "month", "count");
    r.deviations().perMonth().forEach(x -> c.row(x.month(), x.count()));
    c.table("escalations_per_level", "level", "hops");
    r.escalations().perLevel().forEach(x -> c.row(x.level(), x.hops()));
    c.table("durations", "measure", "count", "median_iso", "median_hours", "p90_iso", "p90_hours");
    var e = r.escalations();
    c.durations(
        "time_to_resolution",
        e.timeToResolution().count(),
        e.timeToResolution().median(),
        e.timeToResolution().p90());
    c.durations(
        "time_to_resolution_escalated",
        e.timeToResolutionEscalated().count(),
        e.timeToResolutionEscalated().median(),
        e.timeToResolutionEscalated().p90());
    c.durations(
        "approval_lead_time",
        r.approvalLeadTimes().count(),
        r.approvalLeadTimes().median(),
        r.approvalLeadTimes().p90());
    c.table("site_visits", "kind", "count", "share");
    c.row(
        "SITE_VISIT_SPONTANEOUS", r.siteVisits().spontaneous(), r.siteVisits().spontaneousShare());
    c.row(
        "SITE_VISIT_COORDINATED", r.siteVisits().coordinated(), r.siteVisits().coordinatedShare());
    c.siteVisitGuideline(
        r.siteVisits().registered(), r.siteVisits().majorityCoordinated(), r.siteVisits().rule());
    c.table("stuck_at_top", "request_id", "since", "waiting_on");
    r.stuckAtTop().requests().forEach(x -> c.row(x.requestId(), x.since(), x.waitingOn()));
    c.attached(r.attached());
    return c.out.toString();
  }

  public static String anonymised(ReviewViews.PublicReview r) {
    ReviewCsv c = new ReviewCsv();
    c.table(
            "period",
            "from",
            "to",
            "last_day",
            "label",
            "policy",
            "suppressed_below",
            "record_head_hash")
        .row(
            r.period().from(),
            r.period().to(),
            r.period().lastDay(),
            r.period().label(),
            r.policy(),
            r.suppressedBelow(),
            r.recordHeadHash());
    c.table("owners", "title");
    r.owners().forEach(c::row);
    c.table("deviations_by_rule", "rule_id", "title", "count");
    r.deviations().byRule().forEach(x -> c.row(x.ruleId(), x.title(), x.count()));
    c.table("deviations_by_department", "department", "count");
    r.deviations().byDepartment().forEach(x -> c.row(x.name(), x.count()));
    c.table("department_rule", "rule").row(r.deviations().departmentRule());
    c.table("deviations_by_roles", "requester_role", "target_role", "count");
    r.deviations().byRoles().forEach(x -> c.row(x.requesterRole(), x.targetRole(), x.count()));
    c.table("deviations_per_month", "month", "count");
    r.deviations().perMonth().forEach(x -> c.row(x.month(), x.count()));
    c.table("escalations_per_level", "level", "hops");
    r.escalations().perLevel().forEach(x -> c.row(x.level(), x.hops()));
    c.table("durations", "measure", "count", "median_iso", "median_hours", "p90_iso", "p90_hours");
    var e = r.escalations();
    c.durations(
        "time_to_resolution",
        e.timeToResolution().count(),
        e.timeToResolution().median(),
        e.timeToResolution().p90());
    c.durations(
        "time_to_resolution_escalated",
        e.timeToResolutionEscalated().count(),
        e.timeToResolutionEscalated().median(),
        e.timeToResolutionEscalated().p90());
    c.durations(
        "approval_lead_time",
        r.approvalLeadTimes().count(),
        r.approvalLeadTimes().median(),
        r.approvalLeadTimes().p90());
    c.table("site_visits", "kind", "count", "share");
    c.row(
        "SITE_VISIT_SPONTANEOUS", r.siteVisits().spontaneous(), r.siteVisits().spontaneousShare());
    c.row(
        "SITE_VISIT_COORDINATED", r.siteVisits().coordinated(), r.siteVisits().coordinatedShare());
    c.siteVisitGuideline(
        r.siteVisits().registered(), r.siteVisits().majorityCoordinated(), r.siteVisits().rule());
    c.table("stuck_at_top", "count");
    c.row(r.stuckAtTop());
    c.attached(r.attached());
    return Objects.requireNonNull(c.out.toString());
  }
}
