/**
 * Escalation over HTTP: acknowledging or escalating a request by hand ({@code
 * /api/requests/{id}/acknowledge}, {@code /escalate}) and a manager's list ({@code
 * /api/escalations}).
 */
package se.samspel.escalation.api;
