package se.samspel.substitution.domain;

/** Where a substitution stands on a given day. */
public enum SubstitutionStatus {
  /** Its period has not begun. */
  PLANNED,
  /** Its period covers the day: work reaches the substitute. */
  ACTIVE,
  /** Its period (possibly ended early) lies before the day. */
  OVER,
  /** Ended before its period began: it never applied. */
  CANCELLED
}
