/**
 * The organisation use cases: the import that replaces the whole organisation all or nothing, and
 * the directory that holds the current graph in memory so that routing never reads the database.
 */
package se.samspel.organisation.application;
