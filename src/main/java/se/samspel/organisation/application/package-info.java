/**
 * The organisation use cases: the import that replaces the whole organisation all or nothing, and
 * the directory that holds the current graph in memory so that routing never reads the database;
 * the caller of a request as a person of the organisation ({@code CurrentCaller}); and the read
 * models of units, positions and people ({@code OrganisationViews}) that the API and the pages both
 * render.
 */
package se.samspel.organisation.application;
