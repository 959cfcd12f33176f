package se.samspel.substitution.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;

/**
 * Who acts for a person on a day, and how that was found: the original person, then each absent
 * substitute passed on the way, then the person who acts.
 *
 * <p>When the walk meets a person it has already passed (A→B→A) or would need more steps than the
 * bound allows, every person on it is away, so no one is found to act: {@code acting} is empty and
 * {@code cycle} or {@code truncated} says why. The caller then treats the work as it treats a
 * vacant position (it climbs to the manager) rather than leaving it with someone who is away.
 *
 * @param original the person the work was addressed to
 * @param via the substitutes passed who are away themselves, in the order walked
 * @param acting who acts: the original when not away, else the first substitute on the chain who is
 *     not away; empty when the chain closes in a cycle or exceeds the bound
 * @param applied the substitutions followed, one per step, for the history to cite
 * @param cycle whether the walk came back to someone already passed
 * @param truncated whether the walk stopped at the bound with the last person still away
 */
public record SubstituteChain(
    PersonId original,
    List<PersonId> via,
    Optional<PersonId> acting,
    List<SubstitutionId> applied,
    boolean cycle,
    boolean truncated) {

  public SubstituteChain {
    Objects.requireNonNull(original, "original is required");
    via = List.copyOf(Objects.requireNonNull(via, "via is required (may be empty)"));
    Objects.requireNonNull(acting, "acting is required (may be empty)");
    applied = List.copyOf(Objects.requireNonNull(applied, "applied is required (may be empty)"));
    if (acting.isEmpty() && !cycle && !truncated) {
      throw new IllegalArgumentException("no one acts only after a cycle or at the bound");
    }
  }

  /** The person acts for themselves: they are not away. */
  public static SubstituteChain present(PersonId person) {
    return new SubstituteChain(person, List.of(), Optional.of(person), List.of(), false, false);
  }

  /** Whether someone other than the original acts. */
  public boolean substituted() {
    return acting.map(a -> !a.equals(original)).orElse(false);
  }

  /** Whether the walk found no one to act (a cycle or the bound). */
  public boolean noOneActs() {
    return acting.isEmpty();
  }
}
