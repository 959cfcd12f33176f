/**
 * The working-day calendar that escalation deadlines are computed with: which days are working days
 * in a Swedish municipality (not weekends, not public holidays, not the eves that municipalities
 * close on), the office hours, and the rule that turns a start and a policy {@link
 * se.samspel.policy.domain.Deadline} into the instant a hop is due. Plain Java; the CDI bean and
 * its configuration live in {@code infrastructure}.
 */
package se.samspel.escalation.calendar;
