package se.samspel.request.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;

/**
 * The positions a person may act in today: their own (appointed or acting), and those of people
 * whose substitute they are, each with the absent person it acts for.
 */
public record Capacity(Set<PositionId> own, Map<PositionId, PersonId> substituting) {

  public Capacity {
    own = Set.copyOf(Objects.requireNonNull(own, "own is required"));
    substituting = Map.copyOf(Objects.requireNonNull(substituting, "substituting is required"));
  }

  public static Capacity none() {
    return new Capacity(Set.of(), Map.of());
  }

  /** Whether the person may act in this position today. */
  public boolean covers(PositionId position) {
    return own.contains(position) || substituting.containsKey(position);
  }

  /** Whom the person acts for in this position, when they do so as a substitute. */
  public Optional<PersonId> onBehalfOf(PositionId position) {
    return own.contains(position)
        ? Optional.empty()
        : Optional.ofNullable(substituting.get(position));
  }

  /** Every position the person may act in today. */
  public Set<PositionId> positions() {
    Set<PositionId> all = new HashSet<>(own);
    all.addAll(substituting.keySet());
    return all;
  }
}
