/**
 * The administrators' audit trail: one append-only record of administrative actions (organisation
 * imports and refused lock-out attempts now; policy uploads, redactions and substitutions later),
 * readable by administrators. Other parts tell it what happened by CDI events it observes inside
 * their transaction, so it depends on them and never the other way round.
 */
package se.samspel.audit;
