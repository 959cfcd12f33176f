package se.samspel.outbox.domain;

/** Why a person is notified of an event; the notification text is chosen by it. */
public enum NotifyReason {
  /** Something waits on the person: a decision, an arrangement, a resolution. */
  WAITS_ON_YOU,
  /** A request escalated to the person because it was not handled in time. */
  ESCALATED_TO_YOU,
  /** A decision was taken on the person's own request. */
  DECISION_ON_YOUR_REQUEST,
  /** Acute information the person must have without delay. */
  ACUTE_INFORMATION,
  /** The person takes part in the request and is told how it went (completed, withdrawn). */
  FOR_YOUR_INFORMATION
}
