/**
 * The pages of contact requests: "Kontakta förvaltningen" (the form with the route preview), "Mina
 * ärenden" (one's own requests), a request's page (route, timeline, withdraw, decide) and "Att
 * besluta" (what waits on one's positions). They call the request and routing application services,
 * never storage.
 */
package se.samspel.web.requests;
