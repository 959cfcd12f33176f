/**
 * Keeps outbox events and their recipients in the relational database; an event's feed position is
 * given only once it is committed, so a reader never skips one.
 */
package se.samspel.outbox.infrastructure;
