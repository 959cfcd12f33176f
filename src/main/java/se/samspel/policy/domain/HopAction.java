package se.samspel.policy.domain;

/** What the holder of a hop does with a request. */
public enum HopAction {
  /** Decides whether the contact takes place (and who arranges it). */
  APPROVE,
  /** Arranges the contact. */
  ARRANGE,
  /** Is informed; nothing waits on them. */
  INFORM,
  /** Answers the question. */
  ANSWER,
  /** Handles the matter. */
  HANDLE;

  /** Whether the request waits for the holder to act. */
  public boolean waits() {
    return this != INFORM;
  }
}
