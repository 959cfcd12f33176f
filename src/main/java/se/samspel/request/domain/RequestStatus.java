package se.samspel.request.domain;

/**
 * Where a request is in its life.
 *
 * <pre>
 * AWAITING_DECISION ─approve→ APPROVED ─arrange→ ARRANGED ─complete→ COMPLETED
 *        │ decline → DECLINED
 *        │ redirect → REDIRECTED
 * AWAITING_ACTION ─resolve (last hop)→ COMPLETED
 * AWAITING_DECISION, AWAITING_ACTION, APPROVED ─withdraw (requester)→ WITHDRAWN
 * </pre>
 *
 * <p>Withdrawing is allowed until the request is arranged ({@code ContactRequest.mayBeWithdrawn});
 * an ARRANGED request can only be completed.
 */
public enum RequestStatus {
  /** Waiting for a department head's (or other approver's) decision. */
  AWAITING_DECISION(true),
  /** Waiting for the holder of a hop to handle or answer it. */
  AWAITING_ACTION(true),
  /** Approved; waiting for the responsible manager to arrange the contact. */
  APPROVED(true),
  /** Arranged; waiting to be completed. */
  ARRANGED(true),
  COMPLETED(false),
  DECLINED(false),
  REDIRECTED(false),
  WITHDRAWN(false);

  private final boolean open;

  RequestStatus(boolean open) {
    this.open = open;
  }

  public boolean isOpen() {
    return open;
  }
}
