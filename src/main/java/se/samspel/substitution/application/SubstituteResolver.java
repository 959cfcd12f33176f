package se.samspel.substitution.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.SubstituteChain;

/**
 * The questions hop resolution and authorisation ask about substitutes, answered from memory.
 *
 * <ul>
 *   <li>{@link #resolve}: a hop held by a person on a day goes to {@code chain.acting()}; the chain
 *       keeps the original and every substitute passed, for the history. When {@code acting} is
 *       empty (a cycle, or more than the configured number of steps) no one on the chain is
 *       present: treat the hop as held by a vacant position.
 *   <li>{@link #actingFor}: the absent people whose hops a person may act on, on a day.
 * </ul>
 */
@ApplicationScoped
public class SubstituteResolver {

  private final SubstitutionDirectory directory;

  public SubstituteResolver(SubstitutionDirectory directory) {
    this.directory = directory;
  }

  /** Who acts for the person on the day, and the chain walked to find them. */
  public SubstituteChain resolve(PersonId person, LocalDate day) {
    return directory.current().resolve(person, day);
  }

  /** The absent people whose work reaches the person on the day, through chains; nearest first. */
  public Set<PersonId> actingFor(PersonId person, LocalDate day) {
    return directory.current().actingFor(person, day);
  }

  /**
   * Whether {@code substitute} stood in for {@code absent} in a substitution that is over before
   * {@code day} (its period ran out, or it was ended early): how a step that waited on the
   * substitute knows the holder is back because the substitution ended.
   */
  public boolean stoodInBefore(PersonId substitute, PersonId absent, LocalDate day) {
    return directory.current().ofAbsent(absent).stream()
        .filter(s -> s.substitute().equals(substitute) && !s.cancelled())
        .anyMatch(s -> s.lastDay().map(last -> last.isBefore(day)).orElse(false));
  }

  /** Whether the person has a substitute in force on the day. */
  public boolean isAway(PersonId person, LocalDate day) {
    return directory.current().isAway(person, day);
  }
}
