/** The municipalities in the table {@code municipality} (migration V14). */
package se.samspel.municipality.infrastructure;
