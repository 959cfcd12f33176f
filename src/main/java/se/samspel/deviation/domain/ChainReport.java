package se.samspel.deviation.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What verifying the record found.
 *
 * @param intact whether every entry matches its hash and follows the one before, with no gap, and
 *     the last one is the head
 * @param entries how many entries were found sound (all of them when intact)
 * @param redacted how many of those had their personal data blanked (lawfully: still sound)
 * @param headSeq the sequence number of the last entry (0 for an empty record)
 * @param headHash the entry hash of the last entry: publish it, and compare it later
 * @param firstBreak the first entry that was altered, removed or inserted, when not intact
 */
public record ChainReport(
    boolean intact,
    long entries,
    long redacted,
    long headSeq,
    String headHash,
    Optional<ChainBreak> firstBreak) {

  public ChainReport {
    Objects.requireNonNull(headHash, "headHash is required");
    Objects.requireNonNull(firstBreak, "firstBreak is required (may be empty)");
  }

  /** Why an entry breaks the chain. */
  public enum Reason {
    /** Its content no longer matches its hash, or its hash was rewritten. */
    ALTERED,
    /** It is missing: a gap in the sequence numbers, or fewer entries than the head says. */
    REMOVED,
    /** It was put into the chain behind the application. */
    INSERTED,
    /** Its personal fields no longer match its personal hash (and it was not redacted). */
    PERSONAL_DATA_ALTERED
  }

  /**
   * The first place the chain breaks.
   *
   * @param seq the entry concerned (for REMOVED: the first missing sequence number)
   */
  public record ChainBreak(long seq, Reason reason, String detail) {
    public ChainBreak {
      Objects.requireNonNull(reason, "reason is required");
      Objects.requireNonNull(detail, "detail is required");
    }
  }
}
