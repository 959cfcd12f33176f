/**
 * The deviation record as a model: append-only entries chained by hashes, their personal part kept
 * apart so that it can be redacted without breaking the chain, and the verifier that recomputes the
 * chain. Pure Java; {@link se.samspel.deviation.domain.DeviationStore} and {@link
 * se.samspel.deviation.domain.DeviationRecorder} are its ports.
 */
package se.samspel.deviation.domain;
