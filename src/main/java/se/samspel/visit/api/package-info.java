/**
 * Site visits over HTTP ({@code /api/site-visits}): the resource and the payloads it takes. Thin:
 * it maps, delegates to the application layer and answers.
 */
package se.samspel.visit.api;
