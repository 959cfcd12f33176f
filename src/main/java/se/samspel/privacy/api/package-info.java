/**
 * GET /api/administration/people/{id}/export: the export as a JSON attachment, administrators only.
 */
package se.samspel.privacy.api;
