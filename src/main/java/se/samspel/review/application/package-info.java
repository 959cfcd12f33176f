/** Producing the review: the period asked for, the facts read, names and owners added. */
package se.samspel.review.application;
