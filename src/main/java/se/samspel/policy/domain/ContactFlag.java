package se.samspel.policy.domain;

/** Circumstances of a contact that some rules depend on. */
public enum ContactFlag {
  /** The requester states a clear purpose for the question. */
  PURPOSE_STATED,
  /** The matter concerns the requester's nearest manager, so it is unsuitable to raise there. */
  CONCERNS_NEAREST_MANAGER,
  /** The matter is strategic, so politics takes part through the KSO or the chair. */
  STRATEGIC,
  /** The politician promised an action or a handling (in a reported contact). */
  PROMISE_OF_ACTION;

  /**
   * Whether a requester states this when asking for a contact (the request and preview bodies carry
   * it); false for what is only ever reported afterwards, a promise of action.
   */
  public boolean statedWhenAsking() {
    return this != PROMISE_OF_ACTION;
  }
}
