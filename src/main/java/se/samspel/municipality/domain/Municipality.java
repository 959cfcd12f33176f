package se.samspel.municipality.domain;

import java.util.Objects;

/**
 * A municipality the deployment serves.
 *
 * @param id its SCB municipality code
 * @param name its name as its people write it, e.g. "Kungsörs kommun"
 * @param policyKey the key of the guideline it follows (e.g. {@code kungsor}, {@code alingsas}):
 *     routing uses the version of that key in force on the day
 */
public record Municipality(MunicipalityId id, String name, String policyKey) {

  /** The longest name stored (the column's length). */
  public static final int MAX_NAME_LENGTH = 200;

  public Municipality {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(policyKey, "policyKey is required");
    if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "a municipality's name is 1 to " + MAX_NAME_LENGTH + " characters");
    }
  }
}
