/**
 * What Samspel needs of its database beyond the schema: that a commit the service has answered is
 * on disk before the answer ({@link se.samspel.common.persistence.H2DurableCommits}).
 */
package se.samspel.common.persistence;
