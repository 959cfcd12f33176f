/**
 * Keeps policy versions in the relational database as the documents they were uploaded as, never
 * changed afterwards, behind {@link se.samspel.policy.domain.PolicyStore}.
 */
package se.samspel.policy.infrastructure;
