/**
 * "Administration": importing the organisation and uploading the guideline as files, for
 * administrators, with every problem of a rejected file shown and the upload's progress.
 */
package se.samspel.web.admin;
