/**
 * Producing the review: the period asked for, the facts read, names and owners added; who sees the
 * full or the anonymised review ({@code ReviewAccess}); the read models the API, the CSV and the
 * pages render ({@code ReviewViews}, {@code ReviewCsv}).
 */
package se.samspel.review.application;
