package se.samspel.web.requests;

/** The fields of "Kontakta förvaltningen" as posted, kept as typed to show them again. */
public class ContactForm {

  /** Which button was pressed: {@code visa} (preview the route) or {@code skicka} (send). */
  public String action;

  /** The words searched for in the chooser of whom to reach, kept so the matches stay. */
  public String search;

  public String requesterPosition;

  public String target;

  public String kind;

  public String context;

  public String question;

  public String purposeStated;

  public String concernsNearestManager;

  public String strategic;

  public String subject;

  public String purpose;

  public String wishedFrom;

  public String wishedTo;

  /** An empty form, as the page first shows it. */
  static ContactForm empty() {
    return new ContactForm();
  }

  static String value(String s) {
    return s == null ? "" : s;
  }

  public String searchValue() {
    return value(search);
  }

  public String subjectValue() {
    return value(subject);
  }

  public String purposeValue() {
    return value(purpose);
  }

  public String wishedFromValue() {
    return value(wishedFrom);
  }

  public String wishedToValue() {
    return value(wishedTo);
  }

  public boolean offDuty() {
    return "OFF_DUTY".equals(context);
  }

  boolean sending() {
    return "skicka".equals(action);
  }

  /**
   * Whether to show the chooser's matches rather than check the form: its "Sök" was pressed, or
   * words were typed in it and nothing is chosen yet (Enter in the search box without JavaScript
   * submits with the form's default button).
   */
  boolean searching() {
    return (action != null && action.startsWith("sok-"))
        || (ContactPage.trimmed(target) == null && ContactPage.trimmed(search) != null);
  }
}
