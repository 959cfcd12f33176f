package se.samspel.request.domain;

/**
 * What happened to a request, as one entry of its history records it (DDD's {@code
 * HandlingEvent.Type}). Stored by {@link #name()}: a constant is never renamed or removed, since
 * stored histories and the yearly reviews of past years name it.
 */
public enum RequestEventType {
  /** The requester submitted it; it waits on its first acting step. */
  SUBMITTED,
  /** The approver said yes (and named the manager who arranges the contact, if any). */
  APPROVED,
  /** The approver said no, with a reason; the request is closed. */
  DECLINED,
  /** The approver sent it to another department or forum; the request is closed. */
  REDIRECTED,
  /** The responsible manager arranged the contact. */
  ARRANGED,
  /** The holder of a handling or answering step resolved it. */
  RESOLVED,
  /** The contact took place; the request is closed. */
  COMPLETED,
  /** The requester withdrew it; the request is closed. */
  WITHDRAWN,
  /** The holder took the matter at their level: it stops climbing until the next deadline. */
  ACKNOWLEDGED,
  /** The waiting step climbed to the next level (deadline passed, or by hand). */
  ESCALATED,
  /** The waiting step reached the top of the chain with nothing above it. */
  STUCK_AT_TOP,
  /**
   * The holder of an acute matter's handling step took a quick decision: the request is settled and
   * the level above was informed at once (Kungsör, <i>Allas ansvar tillsammans är att</i>).
   */
  QUICK_DECISION_TAKEN,
  /**
   * The organisation changed who acts in the post the waiting step waits on (an import, an acting
   * period or a substitution ending or starting), and the step followed: to whoever acts in the
   * post now, or to the nearest held level above when it fell vacant. Recorded by {@link
   * ContactRequest#SAMSPEL} with a {@link StepMove}; not a deviation from the route, and the
   * deadline restarts from the move (except the whistleblowing act's, which counts from the
   * report).
   */
  STEP_FOLLOWED_ORGANISATION;

  /** Whether this is an approver's decision on the request: approved, declined or redirected. */
  public boolean isDecision() {
    return this == APPROVED || this == DECLINED || this == REDIRECTED;
  }

  /** Whether this entry marks the request climbing: escalated, or stuck at the top. */
  public boolean isClimb() {
    return this == ESCALATED || this == STUCK_AT_TOP;
  }
}
