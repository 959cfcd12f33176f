/**
 * Importing a whole organisation, as JSON or as the CSV an HR system exports: both are read into
 * one {@link se.samspel.organisation.importing.ImportDocument}, validated completely by {@link
 * se.samspel.organisation.importing.ImportValidator} (every problem with its row and field), and
 * only then turned into an {@link se.samspel.organisation.domain.Organisation}.
 */
package se.samspel.organisation.importing;
