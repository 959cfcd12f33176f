/**
 * Keeps substitutions in the relational database with JPA, behind {@link
 * se.samspel.substitution.domain.SubstitutionStore}. A revision row serialises changes across
 * instances.
 */
package se.samspel.substitution.infrastructure;
