package se.samspel.organisation.domain;

import java.util.Objects;

/** The external identifier of a person, stable across re-imports (the HR system's key). */
public record PersonId(String value) {
  public PersonId {
    Objects.requireNonNull(value, "person id is required");
  }

  @Override
  public String toString() {
    return value;
  }
}
