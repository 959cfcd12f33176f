/**
 * Records events in the transaction of the change itself and reads the event feed in its stable
 * order for intranet systems.
 */
package se.samspel.outbox.application;
