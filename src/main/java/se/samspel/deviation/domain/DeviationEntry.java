package se.samspel.deviation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored entry of the deviation record.
 *
 * @param seq its place in the chain: 1, 2, 3 … with no gaps
 * @param facts what was recorded; after redaction its personal data is empty
 * @param recordedAt when it was appended
 * @param personalSalt the random salt its personal hash was computed with (hex)
 * @param personalHash SHA-256 over the personal data as recorded and the salt; kept on redaction
 * @param previousHash the entry hash of the entry before (64 zeros for the first)
 * @param entryHash SHA-256 over the canonical content, see {@link DeviationChain}
 * @param redactedAt when its personal data was blanked, if it was
 */
public record DeviationEntry(
    long seq,
    NewDeviation facts,
    Instant recordedAt,
    String personalSalt,
    String personalHash,
    String previousHash,
    String entryHash,
    Optional<Instant> redactedAt)
    implements StoredEntry {

  public DeviationEntry {
    Objects.requireNonNull(facts, "facts are required");
    Objects.requireNonNull(recordedAt, "recordedAt is required");
    Objects.requireNonNull(personalSalt, "personalSalt is required");
    Objects.requireNonNull(personalHash, "personalHash is required");
    Objects.requireNonNull(previousHash, "previousHash is required");
    Objects.requireNonNull(entryHash, "entryHash is required");
    Objects.requireNonNull(redactedAt, "redactedAt is required (may be empty)");
  }

  public boolean redacted() {
    return redactedAt.isPresent();
  }
}
