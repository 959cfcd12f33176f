/**
 * The organisation as a model: units, positions, people and acting assignments, and the immutable,
 * indexed graph that answers every question routing and escalation ask (chain of managers,
 * department head, responsible committee). Pure Java; {@link
 * se.samspel.organisation.domain.OrganisationStore} is its port.
 */
package se.samspel.organisation.domain;
