package se.samspel.policy.domain;

/** Whether a contact happens in the operation and working time, or outside them. */
public enum ContactContext {
  ON_DUTY,
  OFF_DUTY
}
