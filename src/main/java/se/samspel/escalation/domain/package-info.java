/**
 * Escalation as a model: the ladder a waiting hop climbs, resolved over the organisation, and the
 * escalated request as a manager's list shows it, with the port to the list's read model.
 */
package se.samspel.escalation.domain;
