package se.samspel.review.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one review period, before anything is named or anonymised.
 *
 * @param deviationsTotal every deviation in the period
 * @param escalationsPerLevel how many hops reached a 1st, 2nd, 3rd … escalation (index 0 = 1st)
 * @param resolution SUBMITTED to completion, for every completed request of the period
 * @param escalatedResolution the same, for completed requests that were escalated at least once
 * @param approvalLeadTimes SUBMITTED to the first APPROVED, DECLINED or REDIRECTED
 */
public record ReviewFigures(
    ReviewPeriod period,
    int deviationsTotal,
    List<RuleCount> byRule,
    List<DepartmentCount> byDepartment,
    List<RolesCount> byRoles,
    List<MonthCount> perMonth,
    List<Integer> escalationsPerLevel,
    DurationStats resolution,
    DurationStats escalatedResolution,
    DurationStats approvalLeadTimes,
    SiteVisits siteVisits,
    List<Stuck> stuckAtTop) {

  public ReviewFigures {
    byRule = List.copyOf(byRule);
    byDepartment = List.copyOf(byDepartment);
    byRoles = List.copyOf(byRoles);
    perMonth = List.copyOf(perMonth);
    escalationsPerLevel = List.copyOf(escalationsPerLevel);
    stuckAtTop = List.copyOf(stuckAtTop);
  }

  public record RuleCount(String ruleId, String title, int count) {}

  /**
   * Deviations by the department they happened in ({@link ReviewCalculator#DEPARTMENT_RULE}); empty
   * unit when none was recorded.
   */
  public record DepartmentCount(Optional<String> unitId, int count) {}

  public record RolesCount(String requesterRole, String targetRole, int count) {}

  public record MonthCount(YearMonth month, int count) {}

  /**
   * Site visits of the period, by kind (Alingsås, <i>Kommunikation</i>: "Det kan finnas anledningar
   * till att göra spontana verksamhetsbesök, men majoriteten av verksamhetsbesöken ska samordnas
   * med aktuell nämnd/styrelse och förvaltningsledning.").
   *
   * @param spontaneous visits registered afterwards plus requests of kind SITE_VISIT_SPONTANEOUS
   * @param coordinated requests of kind SITE_VISIT_COORDINATED created in the period
   * @param registered of the spontaneous, those registered afterwards ({@code POST
   *     /api/site-visits})
   */
  public record SiteVisits(int spontaneous, int coordinated, int registered) {

    public SiteVisits {
      if (registered > spontaneous) {
        throw new IllegalArgumentException("registered visits are among the spontaneous");
      }
    }

    /** Visits counted from requests alone. */
    public SiteVisits(int spontaneous, int coordinated) {
      this(spontaneous, coordinated, 0);
    }

    public int total() {
      return spontaneous + coordinated;
    }

    /**
     * Whether the majority (more than half) of the period's visits were coordinated, as the passage
     * asks; empty when there were none.
     */
    public Optional<Boolean> majorityCoordinated() {
      return total() == 0 ? Optional.empty() : Optional.of(2 * coordinated > total());
    }

    /** The share of spontaneous visits, 0–1; empty when there were none of either. */
    public Optional<Double> spontaneousShare() {
      return total() == 0 ? Optional.empty() : Optional.of((double) spontaneous / total());
    }

    public Optional<Double> coordinatedShare() {
      return total() == 0 ? Optional.empty() : Optional.of((double) coordinated / total());
    }
  }

  /** An open request stuck at the top of its chain. */
  public record Stuck(String requestId, Optional<Instant> since, Optional<String> waitingOn) {}
}
