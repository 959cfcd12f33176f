package se.samspel.substitution.domain;

import java.util.Objects;

/**
 * A substitute was named. Fired (a synchronous CDI event) inside the transaction that stores it, so
 * that an observer's write (the administrators' audit trail) commits or rolls back with it.
 *
 * @param substitution the substitution as stored; {@code namedBy} is who named it
 */
public record SubstituteNamed(Substitution substitution) {

  public SubstituteNamed {
    Objects.requireNonNull(substitution, "substitution is required");
  }

  /** Whether someone other than the absent person named it (their manager). */
  public boolean namedForAnother() {
    return !substitution.namedBy().equals(substitution.absent());
  }
}
