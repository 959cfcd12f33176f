package se.samspel.review.domain;

import java.time.LocalDate;

/**
 * The registered site visits as the review counts them: how many, nothing about whom. Implemented
 * over the visit part's store; the review's {@link ReviewSource} adapter delegates here.
 */
public interface SiteVisitFacts {

  /** How many spontaneous site visits were registered as made on a day in [from, to). */
  int registeredBetween(LocalDate from, LocalDate to);
}
