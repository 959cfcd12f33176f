/**
 * Judging a contact that happened: the judge compares it with the route the policy prescribes and
 * gives a {@link se.samspel.report.domain.Verdict}; the protection of reporters under the law is
 * modelled here too. Pure Java.
 */
package se.samspel.report.domain;
