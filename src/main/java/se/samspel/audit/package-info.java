/**
 * The administrators' audit trail: one append-only record of administrative actions (organisation
 * imports, refused lock-out attempts, exports of a person's data, retention decisions and runs,
 * policy uploads, redactions of the deviation record, substitutions arranged for another), readable
 * by administrators, filtered by kind and time. Other parts tell it what happened by CDI events it
 * observes inside their transaction, so it depends on them and never the other way round.
 */
package se.samspel.audit;
