/**
 * The notification ports implemented: delivery state on {@code outbox_recipient} in plain SQL
 * (claimed with {@code FOR UPDATE SKIP LOCKED}) and sending through Quarkus Mailer.
 */
package se.samspel.notification.infrastructure;
