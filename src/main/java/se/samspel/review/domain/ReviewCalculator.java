package se.samspel.review.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.samspel.request.domain.RequestEventType;
import se.samspel.review.domain.ReviewFigures.DepartmentCount;
import se.samspel.review.domain.ReviewFigures.MonthCount;
import se.samspel.review.domain.ReviewFigures.RolesCount;
import se.samspel.review.domain.ReviewFigures.RuleCount;
import se.samspel.review.domain.ReviewFigures.SiteVisits;
import se.samspel.review.domain.ReviewFigures.Stuck;
import se.samspel.review.domain.ReviewSource.DeviationFact;
import se.samspel.review.domain.ReviewSource.EventFact;
import se.samspel.review.domain.ReviewSource.RequestFact;

/**
 * Works out a review's figures from the facts of a period. Pure: the facts are given, nothing is
 * read. Breakdowns are sorted by count (largest first), then by name; months are every month of the
 * period, zero-filled.
 */
public final class ReviewCalculator {

  /**
   * Which department a deviation counts under in the by-department figures, in one sentence for the
   * review's readers (issue 13, "A deviation belongs to the department where it happened").
   */
  public static final String DEPARTMENT_RULE =
      "A deviation counts under the requester's department, or the target's when the requester has"
          + " none (a politician, an outside party); entries recorded before both were kept count"
          + " under the one department they recorded.";

  private ReviewCalculator() {}

  /**
   * @param deviations the deviations that occurred in the period
   * @param requests the requests created in the period, with their history
   * @param stuck the requests open now and stuck at the top, whenever created
   * @param zone the municipality's time zone, for months
   */
  public static ReviewFigures compute(
      ReviewPeriod period,
      ZoneId zone,
      List<DeviationFact> deviations,
      List<RequestFact> requests,
      List<RequestFact> stuck) {
    return compute(period, zone, deviations, requests, stuck, 0);
  }

  /**
   * @param registeredVisits spontaneous site visits registered afterwards as made in the period,
   *     counted with the requests of kind SITE_VISIT_SPONTANEOUS
   */
  public static ReviewFigures compute(
      ReviewPeriod period,
      ZoneId zone,
      List<DeviationFact> deviations,
      List<RequestFact> requests,
      List<RequestFact> stuck,
      int registeredVisits) {
    return new ReviewFigures(
        period,
        deviations.size(),
        byRule(deviations),
        byDepartment(deviations),
        byRoles(deviations),
        perMonth(period, zone, deviations),
        escalationsPerLevel(requests),
        DurationStats.of(resolutionTimes(requests, false)),
        DurationStats.of(resolutionTimes(requests, true)),
        DurationStats.of(approvalLeadTimes(requests)),
        siteVisits(requests, registeredVisits),
        stuck(stuck));
  }

  private static List<RuleCount> byRule(List<DeviationFact> deviations) {
    Map<String, String> titles = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (DeviationFact d : deviations) {
      String id = d.ruleId() == null ? "(no rule)" : d.ruleId();
      titles.putIfAbsent(id, d.ruleTitle() == null ? "" : d.ruleTitle());
      counts.merge(id, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> new RuleCount(e.getKey(), titles.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingInt(RuleCount::count).reversed().thenComparing(RuleCount::ruleId))
        .toList();
  }

  private static List<DepartmentCount> byDepartment(List<DeviationFact> deviations) {
    Map<Optional<String>, Integer> counts = new HashMap<>();
    for (DeviationFact d : deviations) {
      counts.merge(d.countedDepartment(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> new DepartmentCount(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingInt(DepartmentCount::count)
                .reversed()
                .thenComparing(c -> c.unitId().orElse("\uffff")))
        .toList();
  }

  private static List<RolesCount> byRoles(List<DeviationFact> deviations) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (DeviationFact d : deviations) {
      counts.merge(List.of(orNone(d.requesterRole()), orNone(d.targetRole())), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> new RolesCount(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .sorted(
            Comparator.comparingInt(RolesCount::count)
                .reversed()
                .thenComparing(RolesCount::requesterRole)
                .thenComparing(RolesCount::targetRole))
        .toList();
  }

  private static String orNone(String role) {
    return role == null || role.isBlank() ? "UNKNOWN" : role;
  }

  private static List<MonthCount> perMonth(
      ReviewPeriod period, ZoneId zone, List<DeviationFact> deviations) {
    Map<YearMonth, Integer> counts = new LinkedHashMap<>();
    period.months().forEach(m -> counts.put(m, 0));
    for (DeviationFact d : deviations) {
      YearMonth month = YearMonth.from(d.occurredAt().atZone(zone));
      counts.computeIfPresent(month, (m, c) -> c + 1);
    }
    return counts.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
  }

  /** Per hop, the number of ESCALATED events; a hop escalated k times reached levels 1..k. */
  private static List<Integer> escalationsPerLevel(List<RequestFact> requests) {
    List<Integer> levels = new ArrayList<>();
    for (RequestFact r : requests) {
      Map<Integer, Integer> perHop = new HashMap<>();
      for (EventFact e : r.events()) {
        if (e.event() == RequestEventType.ESCALATED) {
          perHop.merge(e.hop().orElse(-1), 1, Integer::sum);
        }
      }
      for (int times : perHop.values()) {
        for (int level = 1; level <= times; level++) {
          while (levels.size() < level) {
            levels.add(0);
          }
          levels.set(level - 1, levels.get(level - 1) + 1);
        }
      }
    }
    return levels;
  }

  private static List<Duration> resolutionTimes(List<RequestFact> requests, boolean escalated) {
    List<Duration> times = new ArrayList<>();
    for (RequestFact r : requests) {
      if (escalated
          && r.events().stream().noneMatch(e -> e.event() == RequestEventType.ESCALATED)) {
        continue;
      }
      Optional<Instant> submitted = first(r, RequestEventType.SUBMITTED::equals);
      closedAt(r).ifPresent(c -> submitted.ifPresent(s -> times.add(Duration.between(s, c))));
    }
    return times;
  }

  /**
   * When a request was completed: its COMPLETED event, or, for a request completed by resolving its
   * last hop or by a quick decision (which record no COMPLETED event), its last RESOLVED or
   * QUICK_DECISION_TAKEN event.
   */
  static Optional<Instant> closedAt(RequestFact r) {
    if (!"COMPLETED".equals(r.status())) {
      return Optional.empty();
    }
    Optional<Instant> completed = first(r, RequestEventType.COMPLETED::equals);
    if (completed.isPresent()) {
      return completed;
    }
    return r.events().stream()
        .filter(
            e ->
                e.event() == RequestEventType.RESOLVED
                    || e.event() == RequestEventType.QUICK_DECISION_TAKEN)
        .map(EventFact::at)
        .max(Comparator.naturalOrder());
  }

  private static List<Duration> approvalLeadTimes(List<RequestFact> requests) {
    List<Duration> times = new ArrayList<>();
    for (RequestFact r : requests) {
      Optional<Instant> submitted = first(r, RequestEventType.SUBMITTED::equals);
      Optional<Instant> decided = first(r, RequestEventType::isDecision);
      if (submitted.isPresent() && decided.isPresent()) {
        times.add(Duration.between(submitted.get(), decided.get()));
      }
    }
    return times;
  }

  private static Optional<Instant> first(RequestFact r, Predicate<RequestEventType> events) {
    return r.events().stream()
        .filter(e -> events.test(e.event()))
        .map(EventFact::at)
        .min(Comparator.naturalOrder());
  }

  /** Statuses of a request whose contact did not take place. */
  private static final java.util.Set<String> DID_NOT_TAKE_PLACE =
      java.util.Set.of("WITHDRAWN", "DECLINED");

  private static SiteVisits siteVisits(List<RequestFact> requests, int registered) {
    int spontaneous = registered;
    int coordinated = 0;
    for (RequestFact r : requests) {
      // A visit asked for and then withdrawn or declined did not take place as
      // coordinated: counting it would flatter the share against "the majority".
      if (DID_NOT_TAKE_PLACE.contains(r.status())) {
        continue;
      }
      if ("SITE_VISIT_SPONTANEOUS".equals(r.kind())) {
        spontaneous++;
      } else if ("SITE_VISIT_COORDINATED".equals(r.kind())) {
        coordinated++;
      }
    }
    return new SiteVisits(spontaneous, coordinated, registered);
  }

  private static List<Stuck> stuck(List<RequestFact> stuck) {
    return stuck.stream()
        .map(
            r ->
                new Stuck(
                    r.id(),
                    r.events().stream()
                        .filter(e -> e.event() == RequestEventType.STUCK_AT_TOP)
                        .map(EventFact::at)
                        .max(Comparator.naturalOrder()),
                    r.waitingOn()))
        .sorted(Comparator.comparing(s -> s.since().orElse(Instant.MAX)))
        .toList();
  }
}
