/**
 * The municipality as the guideline sees it: units (political bodies, departments and the units
 * inside them), positions held by people, reporting lines, vacancies and acting holders. {@link
 * se.samspel.organisation.domain.OrganisationGraph} answers the questions routing and escalation
 * ask (nearest manager, chain of command, department head, responsible committee and chair, KSO,
 * KD) from memory.
 */
package se.samspel.organisation;
