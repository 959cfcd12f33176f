package se.samspel.policy.domain;

import java.util.Objects;

/** One step of a prescribed route: which position, doing what. */
public record HopSpec(HopTemplate position, HopAction action) {
  public HopSpec {
    Objects.requireNonNull(position, "position is required");
    Objects.requireNonNull(action, "action is required");
  }
}
