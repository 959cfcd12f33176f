/**
 * A registered site visit as a value, and {@link se.samspel.visit.domain.SiteVisitStore}, the port
 * to where visits are kept. Pure Java.
 */
package se.samspel.visit.domain;
