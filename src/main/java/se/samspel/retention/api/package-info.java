/** {@code /api/{municipalityId}/retention}: the retention decision in force and the last run. */
package se.samspel.retention.api;
