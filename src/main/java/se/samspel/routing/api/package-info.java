/**
 * The route preview over HTTP ({@code POST /api/routes/preview}): who to contact and why, computed
 * without storing anything.
 */
package se.samspel.routing.api;
