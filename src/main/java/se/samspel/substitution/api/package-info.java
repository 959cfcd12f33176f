/**
 * Substitutions over HTTP ({@code /api/substitutions}): the resource and the payloads it takes and
 * shows. Thin: it maps, delegates to the application layer and answers.
 */
package se.samspel.substitution.api;
