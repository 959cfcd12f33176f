/**
 * A person's right of access (GDPR art. 15): an administrator exports everything Samspel holds
 * about a person as one JSON document — who they are, the posts they hold, the requests they made,
 * took part in or that concern their posts (also posts an import has retired since), the deviation
 * record's entries naming them, their substitutions, site visits and administrative actions, and
 * the free texts naming them — of the addressed municipality — except what the whistleblowing act
 * (lag (2021:890) om skydd för personer som rapporterar om missförhållanden) protects: a reporter
 * gets their own report, anyone else nothing that identifies the reporter ({@code
 * request.domain.Whistleblowing#toTheDataSubject}). Each export is kept in the administrators'
 * audit trail. It reads the other parts through their application services and ports, and nothing
 * depends on it.
 */
package se.samspel.privacy;
