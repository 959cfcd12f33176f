/** The escalation list's read model: one recursive SQL query over positions and requests. */
package se.samspel.escalation.infrastructure;
