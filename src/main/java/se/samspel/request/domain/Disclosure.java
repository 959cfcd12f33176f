package se.samspel.request.domain;

/**
 * What of a request a reader may see beyond its route, status and rule, decided by {@link
 * Whistleblowing#disclosure}.
 *
 * @param content what it is about: its subject and purpose, its target (the person or party a
 *     report names), the wished dates, and the notes its requester wrote in the history
 * @param requester who made it: the requester, their position, and the requester as actor of the
 *     history's entries
 */
public record Disclosure(boolean content, boolean requester) {

  /** Everything: any request but a whistleblowing report, or the report to its reporter. */
  public static final Disclosure FULL = new Disclosure(true, true);

  /** Neither what a whistleblowing report is about nor who sent it. */
  public static final Disclosure WITHHELD = new Disclosure(false, false);
}
