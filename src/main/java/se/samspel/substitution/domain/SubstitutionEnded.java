package se.samspel.substitution.domain;

import java.util.Objects;

/**
 * A substitution was ended (or cancelled before it began). Fired (a synchronous CDI event) inside
 * the transaction that stores the ending, so that an observer's write commits or rolls back with
 * it.
 *
 * @param substitution the substitution as stored, with its {@code ending}
 */
public record SubstitutionEnded(Substitution substitution) {

  public SubstitutionEnded {
    Objects.requireNonNull(substitution, "substitution is required");
    if (substitution.ending().isEmpty()) {
      throw new IllegalArgumentException("an ended substitution has an ending");
    }
  }

  /** The ending: from which day, by whom, when. */
  public Substitution.Ending ending() {
    return substitution.ending().orElseThrow();
  }

  /** Whether someone other than the absent person ended it. */
  public boolean endedForAnother() {
    return !ending().by().equals(substitution.absent());
  }
}
