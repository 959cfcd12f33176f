/**
 * Municipalities over HTTP: the list a caller may see ({@code GET /api/municipalities}) and the
 * municipality-scoped addresses, {@code /api/{municipalityId}/…} and {@code /{municipalityId}/…},
 * which {@link se.samspel.municipality.api.MunicipalityAddress} resolves before any resource is
 * matched.
 */
package se.samspel.municipality.api;
