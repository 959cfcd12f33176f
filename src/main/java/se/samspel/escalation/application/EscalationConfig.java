package se.samspel.escalation.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samspel.policy.domain.Deadline;

/** How escalation runs in this deployment. */
@ConfigMapping(prefix = "samspel.escalation")
public interface EscalationConfig {

  /** The deadline of contact kinds neither the policy nor {@link #deadlines()} sets. */
  @WithDefault("5 working days")
  String defaultDeadline();

  /** Deadlines per contact kind that override the policy's, e.g. DIALOGUE=3 working days. */
  Map<String, String> deadlines();

  /** How many overdue requests one transaction of the sweeper claims and escalates. */
  @WithDefault("50")
  int claimBatch();

  /** The most requests one sweep escalates (the rest wait for the next). */
  @WithDefault("10000")
  int maxPerSweep();

  Pattern FORMAT =
      Pattern.compile("(\\d{1,3})\\s+(hours?|working days?)", Pattern.CASE_INSENSITIVE);

  /** Reads "4 hours" or "5 working days". */
  static Deadline parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a deadline must read like '4 hours' or '5 working days', not '" + text + "'");
    }
    return new Deadline(
        Integer.parseInt(m.group(1)),
        m.group(2).toLowerCase(Locale.ROOT).startsWith("hour")
            ? Deadline.Unit.HOURS
            : Deadline.Unit.WORKING_DAYS);
  }
}
