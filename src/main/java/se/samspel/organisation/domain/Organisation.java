package se.samspel.organisation.domain;

import java.util.List;
import java.util.Objects;

/**
 * A whole organisation as data: what is imported, stored and indexed into an {@link
 * OrganisationGraph}. It is checked by {@code OrganisationValidator} before it is accepted.
 */
public record Organisation(List<Unit> units, List<Position> positions, List<Person> people) {
  public Organisation {
    units = List.copyOf(Objects.requireNonNull(units, "units are required"));
    positions = List.copyOf(Objects.requireNonNull(positions, "positions are required"));
    people = List.copyOf(Objects.requireNonNull(people, "people are required"));
  }

  public static Organisation empty() {
    return new Organisation(List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return units.isEmpty() && positions.isEmpty() && people.isEmpty();
  }
}
