/**
 * What the outbox holds: events that happened to a request, the people each one notifies and why,
 * and the port to where they are kept. Pure Java.
 */
package se.samspel.outbox.domain;
