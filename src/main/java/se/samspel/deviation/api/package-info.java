/**
 * The deviation record over HTTP ({@code /api/deviations}): entries, verification, corrections and
 * redactions for KD, the KSO, auditors and administrators.
 */
package se.samspel.deviation.api;
