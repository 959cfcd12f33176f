/**
 * Substitutes during absence as a model: a substitution for a period, its status on a day, and the
 * roster that answers who acts for a person and through which chain. Pure Java; {@link
 * se.samspel.substitution.domain.SubstitutionStore} is the port to where substitutions are kept.
 */
package se.samspel.substitution.domain;
