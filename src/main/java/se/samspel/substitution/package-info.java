/**
 * Substitutes (vikarie, ersättare under frånvaro): a person names someone to take over their work
 * for a period of leave or illness. While the period runs, work that reaches the absent person
 * reaches the substitute instead; when the substitute is away too, the chain is followed, bounded
 * and cycle-safe. {@link se.samspel.substitution.application.SubstituteResolver} answers the two
 * questions routing and authorisation ask, from memory: who acts for a person on a day, and whose
 * work reaches a person on a day.
 */
package se.samspel.substitution;
