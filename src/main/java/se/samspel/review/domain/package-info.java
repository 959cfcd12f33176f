/**
 * The review's model: the facts it reads ({@link se.samspel.review.domain.ReviewSource}, {@link
 * se.samspel.review.domain.DeviationFacts}), the period, the figures worked out from the facts
 * ({@link se.samspel.review.domain.ReviewCalculator}) and the anonymisation rule of the public
 * version ({@link se.samspel.review.domain.Suppression}). Pure: nothing here reads or writes.
 */
package se.samspel.review.domain;
