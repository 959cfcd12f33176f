package se.samspel.policy.domain;

/** What a rule says of a contact. */
public enum Outcome {
  /** The contact must take the prescribed route. */
  ROUTE,
  /** The contact is free: anyone may make it directly. */
  FREE,
  /** No route is permitted. */
  NOT_PERMITTED
}
