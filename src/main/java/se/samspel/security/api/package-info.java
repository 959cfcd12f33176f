/**
 * Who the caller is over HTTP: {@code GET /api/me} and the demo login of the embedded default,
 * which signs a token for a demo person without a password.
 */
package se.samspel.security.api;
