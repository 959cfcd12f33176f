/**
 * Routing as a pure function: a contact (requester, target, kind, context) and a policy, resolved
 * over the organisation graph, give a {@link se.samspel.routing.domain.RouteDecision} — a route of
 * hops, free, or not permitted — with the rule that decided it.
 */
package se.samspel.routing.domain;
