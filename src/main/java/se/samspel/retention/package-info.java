/**
 * Retention (gallring) per municipality (issue 16): each municipality's decision on how long
 * Samspel keeps closed contact requests, whistleblowing reports, notifications and the deviation
 * record's personal data, held as data with its citation, and the sweep that applies it. Culling
 * keeps what the yearly review counts as anonymous facts, and the deviation record keeps verifying
 * with the same head hash. Without a decision nothing is culled (arkivlagen 1990:782, 10 §).
 */
package se.samspel.retention;
