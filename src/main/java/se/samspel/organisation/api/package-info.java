/**
 * The organisation over HTTP: the read API for units, positions and people, and the import (JSON or
 * CSV) for administrators, with their OpenAPI examples. The payloads are the application's read
 * models and the import document of {@code organisation.importing}.
 */
package se.samspel.organisation.api;
