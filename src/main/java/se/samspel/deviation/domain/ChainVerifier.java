package se.samspel.deviation.domain;

import java.util.Iterator;
import java.util.Optional;
import se.samspel.deviation.domain.ChainReport.ChainBreak;
import se.samspel.deviation.domain.ChainReport.Reason;

/**
 * Recomputes the chain from the stored entries, in sequence order, and compares its end with the
 * head the store keeps. Stops at the first break. For each entry, in this order:
 *
 * <ol>
 *   <li>its seq follows the one before (1 for the first): else the missing ones were REMOVED;
 *   <li>its content hashes to its entry hash: else it was ALTERED;
 *   <li>its previous hash is the entry hash before (64 zeros for the first): else, if the entry
 *       after it does follow the one before, it was INSERTED; if it is the last one, it was
 *       INSERTED (appended behind the application); otherwise the one before was ALTERED and its
 *       hash rewritten (or, for the first entry, earlier entries were REMOVED and the rest
 *       renumbered);
 *   <li>its personal fields hash, with its salt, to its personal hash, unless it was redacted and
 *       they are blank: else PERSONAL_DATA_ALTERED.
 * </ol>
 *
 * Finally the last entry must be the head: fewer entries than the head says means the last ones
 * were REMOVED, more that they were INSERTED behind the application, a different hash that the last
 * one was ALTERED.
 */
public final class ChainVerifier {

  private ChainVerifier() {}

  /** The head the store keeps: the last sequence number appended and its entry hash. */
  public record Head(long lastSeq, String hash) {}

  public static ChainReport verify(Iterator<DeviationEntry> entries, Head head) {
    long prevSeq = 0;
    String prevHash = DeviationChain.GENESIS;
    long count = 0;
    long redacted = 0;
    DeviationEntry next = entries.hasNext() ? entries.next() : null;
    while (next != null) {
      DeviationEntry e = next;
      next = entries.hasNext() ? entries.next() : null;
      ChainBreak broken = check(e, prevSeq, prevHash, next);
      if (broken != null) {
        return broken(count, redacted, prevSeq, prevHash, broken);
      }
      if (e.redacted()) {
        redacted++;
      }
      count++;
      prevSeq = e.seq();
      prevHash = e.entryHash();
    }
    ChainBreak atHead = checkHead(prevSeq, prevHash, head);
    if (atHead != null) {
      return broken(count, redacted, prevSeq, prevHash, atHead);
    }
    return new ChainReport(true, count, redacted, prevSeq, prevHash, Optional.empty());
  }

  /** The entries before the break are the sound ones. */
  private static ChainReport broken(
      long count, long redacted, long lastSeq, String lastHash, ChainBreak at) {
    return new ChainReport(
        false, Math.min(count, at.seq() - 1), redacted, lastSeq, lastHash, Optional.of(at));
  }

  private static ChainBreak check(
      DeviationEntry e, long prevSeq, String prevHash, DeviationEntry next) {
    if (e.seq() != prevSeq + 1) {
      if (e.seq() > prevSeq + 1) {
        return new ChainBreak(
            prevSeq + 1,
            Reason.REMOVED,
            missing(prevSeq + 1, e.seq() - 1)
                + " missing: the record jumps from entry "
                + prevSeq
                + " to entry "
                + e.seq());
      }
      return new ChainBreak(e.seq(), Reason.INSERTED, "entry " + e.seq() + " appears twice");
    }
    if (!DeviationChain.contentHash(e).equals(e.entryHash())) {
      return new ChainBreak(
          e.seq(),
          Reason.ALTERED,
          "entry " + e.seq() + " was altered: its content no longer matches its hash");
    }
    if (!e.previousHash().equals(prevHash)) {
      if (next == null || next.previousHash().equals(prevHash)) {
        return new ChainBreak(
            e.seq(),
            Reason.INSERTED,
            "entry "
                + e.seq()
                + " was inserted: it does not follow entry "
                + prevSeq
                + (next == null ? "" : ", while entry " + next.seq() + " does"));
      }
      if (prevSeq == 0) {
        return new ChainBreak(
            1,
            Reason.REMOVED,
            "the first entry does not start the chain: earlier entries were removed and the rest"
                + " renumbered");
      }
      return new ChainBreak(
          prevSeq,
          Reason.ALTERED,
          "entry "
              + prevSeq
              + " was altered and its hash rewritten: entry "
              + e.seq()
              + " no longer follows it");
    }
    boolean blank = e.facts().personal().equals(PersonalData.none()) && e.redactedAt().isPresent();
    if (!blank
        && !DeviationChain.personalHash(e.facts().personal(), e.personalSalt())
            .equals(e.personalHash())) {
      return new ChainBreak(
          e.seq(),
          Reason.PERSONAL_DATA_ALTERED,
          "the personal data of entry " + e.seq() + " no longer matches its personal hash");
    }
    return null;
  }

  private static ChainBreak checkHead(long lastSeq, String lastHash, Head head) {
    if (head.lastSeq() > lastSeq) {
      return new ChainBreak(
          lastSeq + 1,
          Reason.REMOVED,
          missing(lastSeq + 1, head.lastSeq())
              + " missing: the record ends at entry "
              + lastSeq
              + " but its head is entry "
              + head.lastSeq());
    }
    if (head.lastSeq() < lastSeq) {
      return new ChainBreak(
          head.lastSeq() + 1,
          Reason.INSERTED,
          "entry "
              + (head.lastSeq() + 1)
              + " was inserted behind the application: the head is entry "
              + head.lastSeq());
    }
    if (!head.hash().equals(lastHash)) {
      return new ChainBreak(
          lastSeq,
          Reason.ALTERED,
          "entry " + lastSeq + " was altered and its hash rewritten: it is not the head");
    }
    return null;
  }

  private static String missing(long from, long to) {
    return from == to ? "entry " + from + " is" : "entries " + from + "–" + to + " are";
  }
}
