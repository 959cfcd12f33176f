/**
 * The escalation use cases: take a matter or escalate it by hand, the sweeper that escalates
 * overdue hops safely across instances, the deadlines per contact kind, and a manager's view of
 * what waits below them.
 */
package se.samspel.escalation.application;
