/**
 * The transactional outbox: what happened to a request, recorded as an {@link
 * se.samspel.outbox.domain.OutboxEvent} in the same database transaction as the change itself
 * (through {@link se.samspel.outbox.application.Outbox#record}), so that an event is never lost
 * when the service stops between the change and the sending, and never exists for a change that was
 * rolled back.
 *
 * <p>Two readers consume the outbox: intranet systems through the event feed ({@code GET
 * /api/events?after=…}, paged by a feed position that is assigned only to committed events, so no
 * event is ever skipped), and {@code se.samspel.notification}, which e-mails the people each event
 * names. Each event has one stable id: a reader that re-reads after a crash dedupes by it.
 */
package se.samspel.outbox;
