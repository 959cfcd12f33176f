package se.samspel.visit.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Culls (gallrar) registered site visits under the municipality's retention decision: a visit is a
 * contact between named people, kept as long as a closed contact request. A culled visit keeps what
 * the yearly review counts (that a visit was registered for its day), its department, unit and the
 * guideline's verdict; who visited, from which position, and the note are removed, and no one finds
 * it any more.
 */
public interface SiteVisitCulling {

  /**
   * Culls up to {@code limit} visits of the current municipality made before {@code visitedBefore}
   * that are not culled yet, skipping rows another transaction holds. Runs in the caller's
   * transaction.
   *
   * @param at when, stored as the visit's {@code culled_at}
   * @return how many it culled; fewer than {@code limit} when no more are due
   */
  int cullVisitedBefore(LocalDate visitedBefore, Instant at, int limit);
}
