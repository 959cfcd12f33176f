package se.samspel.deviation.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What verifying the record found.
 *
 * @param intact whether every entry matches its hash and follows the one before, with no gap, and
 *     the last one is the head
 * @param entries how many entries are sound: all of them when intact, else those before the break
 * @param redacted how many of those had their personal data blanked (lawfully: still sound)
 * @param headSeq the sequence number of the last sound entry (0 for none): when intact, the last
 *     entry
 * @param headHash the entry hash of that entry (64 zeros for none): when intact, publish it, and
 *     compare it later
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
    /**
     * Its content no longer matches its hash (or cannot be read at all: an unknown kind, a
     * correction without reference), or its hash was rewritten so that the next entry no longer
     * follows it.
     */
    ALTERED,
    /** It is missing: a gap in the sequence numbers, or fewer entries than the head says. */
    REMOVED,
    /**
     * It was put into the chain behind the application: it lies past the head, it is a copy of an
     * earlier entry, the chain runs around it, or the entries after it were renumbered around it.
     */
    INSERTED,
    /** Its personal fields no longer match its personal hash (and it was not redacted). */
    PERSONAL_DATA_ALTERED
  }

  /**
   * The first place the chain breaks.
   *
   * @param seq the entry concerned (for REMOVED: the first missing sequence number; for INSERTED:
   *     the first inserted one)
   * @param detail what was found, in words, naming the entries concerned
   */
  public record ChainBreak(long seq, Reason reason, String detail) {
    public ChainBreak {
      Objects.requireNonNull(reason, "reason is required");
      Objects.requireNonNull(detail, "detail is required");
    }
  }
}
