/**
 * Reporting a contact over HTTP ({@code POST /api/contact-reports}) and the verdict as the API
 * shows it.
 */
package se.samspel.report.api;
