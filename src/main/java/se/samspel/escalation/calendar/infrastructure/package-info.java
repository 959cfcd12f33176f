/**
 * Makes the working calendar a CDI bean: reads {@code samspel.calendar.*} (time zone, office hours,
 * extra days off) and produces the one {@link se.samspel.escalation.calendar.WorkingCalendar} the
 * application uses.
 */
package se.samspel.escalation.calendar.infrastructure;
