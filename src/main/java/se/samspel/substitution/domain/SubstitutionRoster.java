package se.samspel.substitution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PersonId;

/**
 * Every known substitution, indexed for the two questions asked on every hop: who acts for a person
 * on a day ({@link #resolve}) and whose work reaches a person on a day ({@link #actingFor}). Pure
 * and immutable: built from a list, it answers from memory and never changes.
 *
 * <p>A person has at most one substitution in force on a day (naming refuses overlaps); should the
 * data hold several all the same, the one named last wins, so the answer is deterministic.
 */
public final class SubstitutionRoster {

  /** How many substitutions a chain follows at most unless told otherwise. */
  public static final int DEFAULT_MAX_STEPS = 5;

  private static final Comparator<Substitution> NEWEST_FIRST =
      Comparator.comparing(Substitution::namedAt).reversed().thenComparing(s -> s.id().value());

  private final List<Substitution> all;
  private final Map<SubstitutionId, Substitution> byId = new HashMap<>();
  private final Map<PersonId, List<Substitution>> byAbsent = new HashMap<>();
  private final Map<PersonId, List<Substitution>> bySubstitute = new HashMap<>();
  private final int maxSteps;

  private SubstitutionRoster(Collection<Substitution> substitutions, int maxSteps) {
    if (maxSteps < 1) {
      throw new IllegalArgumentException("a chain must be allowed at least one step");
    }
    this.maxSteps = maxSteps;
    this.all = List.copyOf(substitutions);
    for (Substitution s : all) {
      byId.put(s.id(), s);
      if (s.cancelled()) {
        continue;
      }
      byAbsent.computeIfAbsent(s.absent(), k -> new ArrayList<>()).add(s);
      bySubstitute.computeIfAbsent(s.substitute(), k -> new ArrayList<>()).add(s);
    }
    byAbsent.values().forEach(list -> list.sort(NEWEST_FIRST));
  }

  public static SubstitutionRoster of(Collection<Substitution> substitutions, int maxSteps) {
    return new SubstitutionRoster(substitutions, maxSteps);
  }

  public static SubstitutionRoster of(Collection<Substitution> substitutions) {
    return new SubstitutionRoster(substitutions, DEFAULT_MAX_STEPS);
  }

  public static SubstitutionRoster empty() {
    return new SubstitutionRoster(List.of(), DEFAULT_MAX_STEPS);
  }

  /** This roster with one more substitution (or one replaced by id): to try a change first. */
  public SubstitutionRoster with(Substitution substitution) {
    List<Substitution> next = new ArrayList<>(all.size() + 1);
    for (Substitution s : all) {
      if (!s.id().equals(substitution.id())) {
        next.add(s);
      }
    }
    next.add(substitution);
    return new SubstitutionRoster(next, maxSteps);
  }

  public int maxSteps() {
    return maxSteps;
  }

  public int size() {
    return all.size();
  }

  public List<Substitution> all() {
    return all;
  }

  public Optional<Substitution> find(SubstitutionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The substitutions of one absent person that may apply (not cancelled), newest named first. */
  public List<Substitution> ofAbsent(PersonId absent) {
    return Collections.unmodifiableList(byAbsent.getOrDefault(absent, List.of()));
  }

  /** The substitution in force for an absent person on a day. */
  public Optional<Substitution> inForce(PersonId absent, LocalDate day) {
    for (Substitution s : byAbsent.getOrDefault(absent, List.of())) {
      if (s.covers(day)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether the person has named a substitute for the day. */
  public boolean isAway(PersonId person, LocalDate day) {
    return inForce(person, day).isPresent();
  }

  /** The substitutions of the absent person whose period in force meets the days given. */
  public List<Substitution> overlapping(PersonId absent, LocalDate first, LocalDate last) {
    return byAbsent.getOrDefault(absent, List.of()).stream()
        .filter(s -> s.overlaps(first, last))
        .sorted(Comparator.comparing(Substitution::from))
        .toList();
  }

  /**
   * Who acts for the person on the day: follows the substitutions in force, at most {@link
   * #maxSteps()} of them, and stops at the first person who is not away. A walk that meets someone
   * already passed reports the cycle, and one that reaches the bound with the last person still
   * away reports the truncation; in both cases no one acts (see {@link SubstituteChain}).
   */
  public SubstituteChain resolve(PersonId person, LocalDate day) {
    Optional<Substitution> first = inForce(person, day);
    if (first.isEmpty()) {
      return SubstituteChain.present(person);
    }
    List<PersonId> via = new ArrayList<>();
    List<SubstitutionId> applied = new ArrayList<>();
    Set<PersonId> passed = new HashSet<>();
    passed.add(person);
    Optional<Substitution> step = first;
    while (step.isPresent()) {
      if (applied.size() == maxSteps) {
        return new SubstituteChain(person, via, Optional.empty(), applied, false, true);
      }
      Substitution s = step.get();
      applied.add(s.id());
      PersonId next = s.substitute();
      if (!passed.add(next)) {
        return new SubstituteChain(person, via, Optional.empty(), applied, true, false);
      }
      step = inForce(next, day);
      if (step.isEmpty()) {
        return new SubstituteChain(person, via, Optional.of(next), applied, false, false);
      }
      via.add(next);
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * The absent people whose work reaches the person on the day, directly or through a chain of
   * substitutes who are away too; nearest first. Empty when the person is away themselves, since
   * their own work then goes on to their substitute. Exactly the people P with {@code resolve(P,
   * day).acting()} equal to the person.
   */
  public Set<PersonId> actingFor(PersonId person, LocalDate day) {
    Set<PersonId> candidates = new LinkedHashSet<>();
    List<PersonId> frontier = List.of(person);
    for (int depth = 0; depth < maxSteps && !frontier.isEmpty(); depth++) {
      List<PersonId> next = new ArrayList<>();
      for (PersonId reached : frontier) {
        for (Substitution s : bySubstitute.getOrDefault(reached, List.of())) {
          PersonId absent = s.absent();
          if (!absent.equals(person)
              && inForce(absent, day).filter(s::equals).isPresent()
              && candidates.add(absent)) {
            next.add(absent);
          }
        }
      }
      frontier = next;
    }
    Set<PersonId> actingFor = new LinkedHashSet<>();
    for (PersonId candidate : candidates) {
      if (resolve(candidate, day).acting().filter(person::equals).isPresent()) {
        actingFor.add(candidate);
      }
    }
    return Collections.unmodifiableSet(actingFor);
  }
}
