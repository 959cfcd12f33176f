package se.samspel.web.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an import would retire its caller, read back from the English reason {@code
 * organisation.domain.LockOut} writes (which the API and the audit trail keep as is), so the page
 * can say it in the page's language: one of three forms, each with the login or id it names. A
 * reason in no known form is shown as written, marked as English.
 *
 * @param kind {@code no-login}, {@code not-in-it}, {@code no-position}, or {@code other}
 * @param value the login or person id the reason names; the whole reason for {@code other}
 */
public record LockOutReason(String kind, String value) {

  private static final Pattern NO_LOGIN =
      Pattern.compile("no person in the new organisation has the login '(.*)'");
  private static final Pattern NOT_IN_IT = Pattern.compile("the person '(.*)' is not in it");
  private static final Pattern NO_POSITION = Pattern.compile("'(.*)' would hold no position");

  /** The reason's form and value; {@code other} when the text matches no known form. */
  public static LockOutReason of(String english) {
    String text = english == null ? "" : english;
    for (var form :
        new Object[][] {
          {"no-login", NO_LOGIN}, {"not-in-it", NOT_IN_IT}, {"no-position", NO_POSITION}
        }) {
      Matcher m = ((Pattern) form[1]).matcher(text);
      if (m.matches()) {
        return new LockOutReason((String) form[0], m.group(1));
      }
    }
    return new LockOutReason("other", text);
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
