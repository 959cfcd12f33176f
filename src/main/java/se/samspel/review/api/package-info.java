/** The review over HTTP: the full version (KD, KSO, auditors) and the public one, JSON and CSV. */
package se.samspel.review.api;
