/**
 * Keeps the organisation in the relational database with JPA, behind {@link
 * se.samspel.organisation.domain.OrganisationStore}: units, positions, people and acting
 * assignments, each table read once when the graph is loaded.
 */
package se.samspel.organisation.infrastructure;
