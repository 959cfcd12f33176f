/**
 * The organisation over HTTP: the read API for units, positions and people, and the import (JSON or
 * CSV) for administrators, with the payloads and OpenAPI examples they use.
 */
package se.samspel.organisation.api;
