package se.samspel.deviation.domain;

/** How a deviation came to be recorded. */
public enum DeviationKind {
  /** Someone reported a contact that happened, and the policy in force then says it departed. */
  REPORTED_CONTACT,
  /**
   * Samspel saw an action outside a request's route (acting on a hop one does not hold, a request
   * the guideline forbids).
   */
  ACTION_OUTSIDE_ROUTE,
  /** A correction of an earlier entry, which it references. */
  CORRECTION
}
