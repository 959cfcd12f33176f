/**
 * Site visits (verksamhetsbesök) registered by politicians. Alingsås, <i>Kommunikation</i>: "Det
 * kan finnas anledningar till att göra spontana verksamhetsbesök, men majoriteten av
 * verksamhetsbesöken ska samordnas med aktuell nämnd/styrelse och förvaltningsledning." A
 * coordinated visit is a contact request of kind {@code SITE_VISIT_COORDINATED}; a spontaneous one
 * is registered here afterwards, judged under the guideline in force through the report part (a
 * deviation where the policy routes site visits, none where it leaves them free) and counted by the
 * yearly review under every guideline.
 */
package se.samspel.visit;
