/**
 * What Samspel needs of its database beyond the schema: that a commit the service has answered is
 * on disk before the answer ({@link se.samspel.common.persistence.H2DurableCommits}); that what is
 * counted of a change waits for its commit ({@link se.samspel.common.persistence.AfterCommit}); and
 * how native SQL reads the municipality of a session and a timestamp column.
 */
package se.samspel.common.persistence;
