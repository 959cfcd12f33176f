/**
 * Contact requests over HTTP ({@code /api/requests}): the resource, the command bodies it accepts
 * and the views it answers with. No rule lives here; every decision is the application layer's.
 */
package se.samspel.request.api;
