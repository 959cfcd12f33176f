package se.samspel.deviation.domain;

/**
 * Appends deviations to the record. Implementations append inside the caller's transaction, so that
 * an entry exists exactly when the change it describes does.
 */
public interface DeviationRecorder {

  /** Appends an entry and returns its sequence number (1, 2, 3 … with no gaps). */
  long record(NewDeviation deviation);
}
