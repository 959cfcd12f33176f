/**
 * Keeps the deviation record in the relational database: entries only inserted (and redacted by one
 * bulk update), the single head row locked by each append so that numbers have no gaps.
 */
package se.samspel.deviation.infrastructure;
