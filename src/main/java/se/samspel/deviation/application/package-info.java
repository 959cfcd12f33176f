/**
 * The record's use cases: append in the caller's transaction, read and verify, correct an entry by
 * a new one, and redact a person's personal data (GDPR erasure).
 */
package se.samspel.deviation.application;
