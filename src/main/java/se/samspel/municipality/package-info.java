/**
 * The municipalities one deployment serves (issue 16): a joint IT organisation (kommunalförbund)
 * runs one Samspel for several municipalities, each with its own organisation, guideline and
 * record. A municipality is known by its four-digit SCB code, the id of every municipality-scoped
 * address ({@code /api/{municipalityId}/…}, pages {@code /{municipalityId}/…}), as Sundsvall's
 * municipal APIs put it in the path.
 */
package se.samspel.municipality;
