/** The review's facts read from the request tables with JPQL, a few queries per review. */
package se.samspel.review.infrastructure;
