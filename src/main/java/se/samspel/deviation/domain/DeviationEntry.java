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
 * @param form the canonical form its entry hash was computed in: {@link #FORM_V1} (entries appended
 *     before the requester's and target's departments were recorded) or {@link #FORM_V2} (every
 *     entry appended since); verification recomputes each entry in its own form
 * @throws IllegalArgumentException an unknown form, or facts the form cannot hash (see {@link
 *     NewDeviation#asRecordedIn})
 */
public record DeviationEntry(
    long seq,
    NewDeviation facts,
    Instant recordedAt,
    String personalSalt,
    String personalHash,
    String previousHash,
    String entryHash,
    Optional<Instant> redactedAt,
    int form)
    implements StoredEntry {

  /** The form {@code samspel-deviation-v1}: one department. */
  public static final int FORM_V1 = 1;

  /** The form {@code samspel-deviation-v2}: the requester's and the target's department. */
  public static final int FORM_V2 = 2;

  /** The form every new entry is appended in. */
  public static final int CURRENT_FORM = FORM_V2;

  public DeviationEntry {
    if (form != FORM_V1 && form != FORM_V2) {
      throw new IllegalArgumentException(
          "form " + form + " is not a canonical form the record knows");
    }
    Objects.requireNonNull(facts, "facts are required");
    Objects.requireNonNull(recordedAt, "recordedAt is required");
    Objects.requireNonNull(personalSalt, "personalSalt is required");
    Objects.requireNonNull(personalHash, "personalHash is required");
    Objects.requireNonNull(previousHash, "previousHash is required");
    Objects.requireNonNull(entryHash, "entryHash is required");
    Objects.requireNonNull(redactedAt, "redactedAt is required (may be empty)");
    facts = facts.asRecordedIn(form);
  }

  public boolean redacted() {
    return redactedAt.isPresent();
  }
}
