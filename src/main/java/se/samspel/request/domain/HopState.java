package se.samspel.request.domain;

/** Where a hop of a request stands. */
public enum HopState {
  /** Waiting for its holder. */
  PENDING,
  /** Its holder acted. */
  DONE,
  /** Its holder was informed; nothing waited. */
  INFORMED,
  /** The request ended before the hop was reached. */
  SKIPPED
}
