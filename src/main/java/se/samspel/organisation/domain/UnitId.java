package se.samspel.organisation.domain;

import java.util.Objects;

/** The external identifier of a unit, stable across re-imports (the HR system's key). */
public record UnitId(String value) {
  public UnitId {
    Objects.requireNonNull(value, "unit id is required");
  }

  @Override
  public String toString() {
    return value;
  }
}
