/** The export of a person's data (ExportPersonalData) and the document it answers with. */
package se.samspel.privacy.application;
