package se.samspel.visit.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The identifier of a registered site visit: a random UUID, so that an id reveals nothing about how
 * many visits there are or whose they are.
 */
public record SiteVisitId(String value) {
  public SiteVisitId {
    Objects.requireNonNull(value, "site visit id is required");
  }

  public static SiteVisitId random() {
    return new SiteVisitId(UUID.randomUUID().toString());
  }

  /** The id in its text form, if it is one; empty for anything that cannot be an id. */
  public static Optional<SiteVisitId> parse(String text) {
    try {
      return Optional.of(new SiteVisitId(UUID.fromString(text.trim()).toString()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
