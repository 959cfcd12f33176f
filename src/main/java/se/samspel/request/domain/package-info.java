/**
 * The contact request aggregate: its route of hops, its status, its history of events and the
 * transitions between them, each checked against the status and the acting person's capacity. Pure
 * Java; {@link se.samspel.request.domain.ContactRequestRepository} and {@link
 * se.samspel.request.domain.OutsideRouteLog} are its ports.
 */
package se.samspel.request.domain;
