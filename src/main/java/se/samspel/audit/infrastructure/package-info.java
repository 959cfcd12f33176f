/** The trail in the relational database (table {@code administrative_action}). */
package se.samspel.audit.infrastructure;
