package se.samspel.visit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.UnitId;

/** Where registered site visits are kept. Lists are newest visit first. */
public interface SiteVisitStore {

  /** Stores a new visit; within the caller's transaction. */
  void add(SiteVisit visit);

  Optional<SiteVisit> find(SiteVisitId id);

  /** The visits a person registered. */
  List<SiteVisit> byVisitor(PersonId visitor);

  /** The visits to units or positions of these departments. */
  List<SiteVisit> toDepartments(Collection<UnitId> departments);

  /** Every visit. */
  List<SiteVisit> all();

  /** How many visits were made on a day in [from, to). */
  int countVisitedBetween(LocalDate from, LocalDate to);
}
