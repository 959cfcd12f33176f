package se.samspel.organisation.domain;

import java.util.Objects;

/** The external identifier of a position, stable across re-imports (the HR system's key). */
public record PositionId(String value) {
  public PositionId {
    Objects.requireNonNull(value, "position id is required");
  }

  @Override
  public String toString() {
    return value;
  }
}
