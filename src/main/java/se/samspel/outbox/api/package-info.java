/**
 * The event feed over HTTP ({@code GET /api/events}) that intranet systems poll with a cursor, for
 * the integration and administrator groups.
 */
package se.samspel.outbox.api;
