package se.samspel.substitution.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The identifier of a substitution: a random UUID, so that an id reveals nothing about how many
 * substitutions exist or whose they are.
 */
public record SubstitutionId(String value) {
  public SubstitutionId {
    Objects.requireNonNull(value, "substitution id is required");
  }

  public static SubstitutionId random() {
    return new SubstitutionId(UUID.randomUUID().toString());
  }

  /** The id in the text form, if it is one; empty for anything that cannot be an id. */
  public static java.util.Optional<SubstitutionId> parse(String text) {
    try {
      return java.util.Optional.of(new SubstitutionId(UUID.fromString(text.trim()).toString()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
