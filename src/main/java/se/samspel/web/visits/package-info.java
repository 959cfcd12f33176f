/**
 * "Verksamhetsbesök": a politician registers a spontaneous site visit afterwards and sees the
 * visits they registered, with what the guideline in force that day said of each (Alingsås,
 * <i>Kommunikation</i>: spontaneous visits may happen, but the majority shall be coordinated).
 */
package se.samspel.web.visits;
