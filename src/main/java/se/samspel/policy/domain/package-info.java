/**
 * A guideline as data: versioned policies whose rules, tried in order, say what a contact requires,
 * each with the passage of the source document it comes from. Pure Java; {@link
 * se.samspel.policy.domain.PolicyStore} is the port to the stored versions.
 */
package se.samspel.policy.domain;
