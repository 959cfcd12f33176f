package se.samspel.web.admin;

import java.util.Arrays;
import se.samspel.organisation.domain.LockOut;

/**
 * Why an import would retire its caller, as the page says it in its language: from the cause's code
 * and subject that {@link LockOut.Retirement} gives the preview and the audit trail keeps. An entry
 * without a code (none is written so today) is shown in the English words it keeps, marked as
 * English.
 *
 * @param kind {@code no-login}, {@code not-in-it}, {@code no-position}, or {@code other}
 * @param value the login or person id the cause names; the English words for {@code other}
 */
public record LockOutReason(String kind, String value) {

  /**
   * The reason of a code and subject (objects as the audit trail's summary holds them, or null),
   * else the English words.
   */
  static LockOutReason of(Object code, Object subject, String english) {
    if (code != null
        && subject != null
        && Arrays.stream(LockOut.Retirement.Cause.values())
            .anyMatch(c -> c.name().equals(code.toString()))) {
      return new LockOutReason(
          code.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), subject.toString());
    }
    return new LockOutReason("other", english == null ? "" : english);
  }

  public boolean noLogin() {
    return kind.equals("no-login");
  }

  public boolean notInIt() {
    return kind.equals("not-in-it");
  }

  public boolean noPosition() {
    return kind.equals("no-position");
  }
}
