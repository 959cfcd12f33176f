package se.samspel.organisation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;

/**
 * What replacing one organisation with another changes, matched by external id as the store matches
 * rows. The one definition of the import's counts: the store's {@link ImportSummary} and the dry
 * run's preview are both computed here, so they cannot disagree.
 *
 * <ul>
 *   <li><b>created</b>: in the new organisation, not active in the current one (new, or retired
 *       earlier and now back);
 *   <li><b>updated</b>: active now and in the new organisation, with any value different (name,
 *       kind, references, holder, acting assignments …);
 *   <li><b>unchanged</b>: active now and in the new organisation, equal in every value;
 *   <li><b>retired</b>: active now and no longer in the new organisation.
 * </ul>
 */
public record OrganisationChanges(
    Changes<Unit> units, Changes<Position> positions, Changes<Person> people) {

  public OrganisationChanges {
    Objects.requireNonNull(units, "units are required");
    Objects.requireNonNull(positions, "positions are required");
    Objects.requireNonNull(people, "people are required");
  }

  /** The changes of one kind of row, each list in the order of its organisation. */
  public record Changes<T>(List<T> created, List<T> updated, List<T> retired, int unchanged) {
    public Changes {
      created = List.copyOf(created);
      updated = List.copyOf(updated);
      retired = List.copyOf(retired);
    }
  }

  /**
   * A person who held a position (appointed, or acting on the day) and would not hold it in the new
   * organisation.
   */
  public record LostRole(Person person, Position position) {}

  /**
   * A position whose holder on the day (the acting holder while an acting assignment runs) changes.
   *
   * @param after the new holder on the day; empty when the post becomes vacant or is retired
   * @param retired whether the position is no longer in the new organisation
   */
  public record HolderChange(
      Position position, Optional<Person> before, Optional<Person> after, boolean retired) {}

  /** Compares the current organisation with the one that would replace it. */
  public static OrganisationChanges between(Organisation current, Organisation next) {
    Objects.requireNonNull(current, "current is required");
    Objects.requireNonNull(next, "next is required");
    return new OrganisationChanges(
        compare(current.units(), next.units(), u -> u.id().value()),
        compare(current.positions(), next.positions(), p -> p.id().value()),
        compare(current.people(), next.people(), p -> p.id().value()));
  }

  /** The counts as an import answers them, with the revision the import produced. */
  public ImportSummary summary(long revision) {
    return new ImportSummary(
        revision,
        units.created().size(),
        units.updated().size(),
        units.retired().size(),
        positions.created().size(),
        positions.updated().size(),
        positions.retired().size(),
        people.created().size(),
        people.updated().size(),
        people.retired().size());
  }

  /**
   * Who would lose which position they hold on {@code day}, in the current organisation's order.
   */
  public static List<LostRole> lostRoles(Organisation current, Organisation next, LocalDate day) {
    Set<String> kept = new LinkedHashSet<>();
    for (Position position : next.positions()) {
      heldOn(position, day).forEach(person -> kept.add(person.value() + "\n" + position.id()));
    }
    Map<PersonId, Person> people = byId(current.people(), Person::id);
    List<LostRole> lost = new ArrayList<>();
    for (Position position : current.positions()) {
      for (PersonId holder : heldOn(position, day)) {
        if (!kept.contains(holder.value() + "\n" + position.id()) && people.containsKey(holder)) {
          lost.add(new LostRole(people.get(holder), position));
        }
      }
    }
    return lost;
  }

  /** The positions whose holder on {@code day} would change, vacancy and retirement included. */
  public static List<HolderChange> holderChanges(
      Organisation current, Organisation next, LocalDate day) {
    Map<PositionId, Position> after = byId(next.positions(), Position::id);
    Map<PersonId, Person> peopleBefore = byId(current.people(), Person::id);
    Map<PersonId, Person> peopleAfter = byId(next.people(), Person::id);
    List<HolderChange> changes = new ArrayList<>();
    for (Position position : current.positions()) {
      Optional<PersonId> before = position.holderOn(day);
      Position replacement = after.get(position.id());
      Optional<PersonId> now = replacement == null ? Optional.empty() : replacement.holderOn(day);
      if (!before.equals(now) || replacement == null) {
        changes.add(
            new HolderChange(
                position,
                before.map(peopleBefore::get),
                now.map(peopleAfter::get),
                replacement == null));
      }
    }
    return changes;
  }

  private static List<PersonId> heldOn(Position position, LocalDate day) {
    List<PersonId> held = new ArrayList<>(2);
    position.holder().ifPresent(held::add);
    position
        .actingOn(day)
        .map(ActingAssignment::person)
        .filter(p -> !held.contains(p))
        .ifPresent(held::add);
    return held;
  }

  private static <T> Changes<T> compare(List<T> current, List<T> next, Function<T, String> id) {
    Map<String, T> before = byId(current, id);
    Set<String> listed = new LinkedHashSet<>();
    List<T> created = new ArrayList<>();
    List<T> updated = new ArrayList<>();
    int unchanged = 0;
    for (T row : next) {
      String key = id.apply(row);
      listed.add(key);
      T old = before.get(key);
      if (old == null) {
        created.add(row);
      } else if (old.equals(row)) {
        unchanged++;
      } else {
        updated.add(row);
      }
    }
    List<T> retired = current.stream().filter(r -> !listed.contains(id.apply(r))).toList();
    return new Changes<>(created, updated, retired, unchanged);
  }

  private static <K, T> Map<K, T> byId(List<T> rows, Function<T, K> id) {
    Map<K, T> map = new LinkedHashMap<>();
    rows.forEach(r -> map.putIfAbsent(id.apply(r), r));
    return map;
  }
}
