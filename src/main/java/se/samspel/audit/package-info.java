/**
 * The administrators' audit trail: one append-only record of administrative actions (organisation
 * imports, refused lock-out attempts and exports of a person's data now; policy uploads, redactions
 * and substitutions later), readable by administrators. Other parts tell it what happened by CDI
 * events it observes inside their transaction, so it depends on them and never the other way round.
 */
package se.samspel.audit;
