/** {@code GET /api/administration/audit}: the trail for administrators. */
package se.samspel.audit.api;
