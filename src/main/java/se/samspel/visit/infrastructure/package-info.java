/** Site visits in the relational database (table {@code site_visit}, Flyway V11). */
package se.samspel.visit.infrastructure;
