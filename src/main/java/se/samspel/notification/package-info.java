/**
 * E-mail notifications of the outbox's events: a scheduled dispatcher claims each pending recipient
 * of an event, finds the person's e-mail address in the organisation, sends a Swedish (then
 * English) mail with a link to the request through Quarkus Mailer, and records the outcome on the
 * recipient row: sent (with the address and time), undeliverable (no such person, no address;
 * logged as a warning) or, after repeated SMTP failures, failed. Nothing is dropped silently, and
 * the rows are the record from which a person's notifications can be shown.
 *
 * <p>A recipient is claimed with {@code SELECT … FOR UPDATE SKIP LOCKED} in a transaction that
 * lasts until the outcome is stored: two instances never both send it, and a dispatcher that dies
 * before storing the outcome leaves it pending for the next run. Delivery is therefore at least
 * once: only a crash between the SMTP server accepting the mail and the commit can repeat one.
 */
package se.samspel.notification;
