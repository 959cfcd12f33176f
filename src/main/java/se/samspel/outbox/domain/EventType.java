package se.samspel.outbox.domain;

/** What happened. The payload each type carries is described on {@link OutboxEvent}. */
public enum EventType {
  /** A contact request was submitted and routed. */
  REQUEST_SUBMITTED,
  /** A hop of a request's route now waits on a position (a decision, an arrangement). */
  HOP_WAITING,
  /** The department head (or whoever the hop names) approved, declined or redirected. */
  REQUEST_DECIDED,
  /** A deadline passed and the request climbed to the next level of the chain. */
  REQUEST_ESCALATED,
  /** An acute matter: the responsible person is informed without delay (Allas ansvar). */
  ACUTE_INFORMATION,
  /** The contact took place. */
  REQUEST_COMPLETED,
  /** The requester withdrew the request. */
  REQUEST_WITHDRAWN,
  /**
   * A quick decision was taken on an acute matter below the level that answers for it, which is
   * informed at once (Kungsör, Allas ansvar: "Då ska berörd ansvarig informeras utan dröjsmål.").
   */
  QUICK_DECISION_TAKEN
}
