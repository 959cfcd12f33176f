/**
 * The yearly review the guidelines require (Kungsör "Uppföljning", Alingsås "Uppföljning och
 * utbildning"): read models only — deviations by rule, department, roles and month, escalations,
 * lead times, site visits, requests stuck at the top — with JSON and CSV exports and an anonymised
 * version fit for citizens.
 */
package se.samspel.review;
