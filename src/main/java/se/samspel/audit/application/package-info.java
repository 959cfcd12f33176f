/** Writes the trail from the events of other parts, and reads it for administrators. */
package se.samspel.audit.application;
