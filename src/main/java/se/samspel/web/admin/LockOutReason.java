package se.samspel.web.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.samspel.organisation.domain.LockOut;

/**
 * Why an import would retire its caller, as the page says it in its language: from the cause's code
 * and subject that {@link LockOut.Retirement} gives the preview and the audit trail keeps. An entry
 * without a code (none is written so today) is shown in the English words it keeps, marked as
 * English.
 *
 * @param kind {@code no-login}, {@code not-in-it}, {@code no-position}, or {@code other}
 * @param value the login the cause names, or the person as "name (id)" when the organisation knows
 *     them; the English words for {@code other}
 * @param you whether the reader is the person (the preview of their own import): the page then says
 *     "du"
 */
public record LockOutReason(String kind, String value, boolean you) {

  /**
   * The reason of a code and subject (objects as the audit trail's summary holds them, or null),
   * else the English words.
   *
   * @param nameOf the name of a person id, when the organisation knows them
   */
  static LockOutReason of(
      Object code, Object subject, String english, Function<String, Optional<String>> nameOf) {
    if (code != null
        && subject != null
        && Arrays.stream(LockOut.Retirement.Cause.values())
            .anyMatch(c -> c.name().equals(code.toString()))) {
      String value = subject.toString();
      if (!LockOut.Retirement.Cause.NO_LOGIN.name().equals(code.toString())) {
        // A person id: named as the reader knows them, with the id the HR file has.
        value = nameOf.apply(value).map(name -> name + " (" + subject + ")").orElse(value);
      }
      return new LockOutReason(
          code.toString().toLowerCase(Locale.ROOT).replace('_', '-'), value, false);
    }
    return new LockOutReason("other", english == null ? "" : english, false);
  }

  /** The same reason, said to the person it is about. */
  LockOutReason toYou() {
    return new LockOutReason(kind, value, true);
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
