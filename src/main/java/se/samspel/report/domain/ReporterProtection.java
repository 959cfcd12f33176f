package se.samspel.report.domain;

import se.samspel.policy.domain.ContactKind;

/**
 * The whistleblowing act (lag (2021:890) om skydd för personer som rapporterar om missförhållanden)
 * keeps a reporter's identity with the whistleblower function alone. Nothing of a report of
 * suspected wrongdoing is therefore written to the deviation record, which KD, the KSO and auditors
 * read: not a reported contact, not a refused request, not an action on such a report.
 */
public final class ReporterProtection {

  private ReporterProtection() {}

  /** Whether anything about a contact of this kind must stay out of the deviation record. */
  public static boolean keepsOutOfTheRecord(ContactKind kind) {
    return kind == ContactKind.SUSPECTED_WRONGDOING;
  }
}
