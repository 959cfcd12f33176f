package se.samspel.substitution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;

/**
 * Where substitutions are kept. Implemented in infrastructure; the domain only asks. Changes are
 * made inside a transaction the caller opens, after {@link #lockForChange()}, so that two people
 * naming overlapping substitutes at once, on any instance, are checked one after the other.
 */
public interface SubstitutionStore {

  /** Every substitution whose period as named ends on or after the day, ended ones included. */
  List<Substitution> endingOnOrAfter(LocalDate day);

  /** Every substitution the person is absent in, substitute in, or named. */
  List<Substitution> involving(PersonId person);

  Optional<Substitution> find(SubstitutionId id);

  /** Stores a new substitution. */
  void add(Substitution substitution);

  /** Stores the early end of a substitution. */
  void update(Substitution substitution);

  /** A counter that every change of a substitution increases. */
  long revision();

  /**
   * Locks the substitutions against concurrent changes until the current transaction ends, and
   * returns the revision they are at.
   */
  long lockForChange();

  /** Records that the substitutions changed: increases the revision. Call after a change. */
  void changed();
}
