/**
 * The escalation use cases: take a matter or escalate it by hand, the sweeper that escalates
 * overdue hops safely across instances, the deadlines per contact kind, and a manager's view of
 * what waits below them ({@code EscalationViews}, the read model the API and the page render); the
 * ladder of a request's own policy version ({@code EscalationLadders}).
 */
package se.samspel.escalation.application;
