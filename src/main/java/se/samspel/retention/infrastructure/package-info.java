/** The retention decision and the last run of each municipality in the database. */
package se.samspel.retention.infrastructure;
