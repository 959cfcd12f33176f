package se.samspel.escalation.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import se.samspel.policy.domain.Deadline;

/** How escalation runs in this deployment. */
@ConfigMapping(prefix = "samspel.escalation")
public interface EscalationConfig {

  /** The deadline of contact kinds neither the policy nor {@link #deadlines()} sets. */
  @WithDefault("5 working days")
  String defaultDeadline();

  /** Deadlines per contact kind that override the policy's, e.g. DIALOGUE=3 working days. */
  Map<String, String> deadlines();

  /** The statutory deadlines of reports to the whistleblower function. */
  Whistleblowing whistleblowing();

  /**
   * The whistleblowing act (lag 2021:890): the report is acknowledged within 7 days and the
   * reporter given feedback within 3 months of it; when either passes, the report climbs to the
   * function's own superior.
   */
  interface Whistleblowing {
    @WithDefault("P7D")
    java.time.Period acknowledgeWithin();

    @WithDefault("P3M")
    java.time.Period feedbackWithin();
  }

  /**
   * How many overdue requests one transaction of the sweeper claims and escalates: read in a few
   * queries and written in one flush, so that a larger batch costs fewer round trips and commits
   * per escalation; the rows stay locked until the batch commits.
   */
  @WithDefault("200")
  int claimBatch();

  /** The most requests one sweep escalates (the rest wait for the next). */
  @WithDefault("10000")
  int maxPerSweep();

  /** Reads "4 hours" or "5 working days" from this configuration. */
  static Deadline parse(String text) {
    return Deadline.parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a deadline must read like '4 hours' or '5 working days', not '" + text + "'"));
  }
}
