package se.samspel.deviation.domain;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import se.samspel.deviation.domain.ChainReport.ChainBreak;
import se.samspel.deviation.domain.ChainReport.Reason;

/**
 * Recomputes the chain from the stored entries, in ascending seq order, and compares its end with
 * the head the store keeps. Stops at the first break and names it. Never throws for what it finds
 * stored: an entry that cannot be read ({@link UnreadableEntry}) is judged like any other.
 *
 * <p>Notation: {@code p} is the last sound entry so far (0 before the first) and {@code h} its
 * entry hash (64 zeros before the first); {@code X} is the entry at hand with seq {@code s}, stored
 * previous hash {@code X.prev} and stored entry hash {@code X.hash}; {@code N} is the entry after
 * it; the head is entry {@code H}. An entry <em>holds</em> when it can be read and its content
 * (which includes its own seq and its previous hash) hashes to {@code X.hash}; it is <em>sound</em>
 * when it holds, {@code X.prev = h}, and its personal fields hash, with its salt, to its personal
 * hash (unless it was redacted and they are blank). For each entry, the first rule that applies:
 *
 * <ol>
 *   <li>{@code s <= p} (the same seq twice): {@code INSERTED s}.
 *   <li>{@code s > p + 1} and {@code p < H}: {@code REMOVED p+1}, the gap up to {@code s - 1} (or
 *       {@code H}).
 *   <li>{@code s > H}: {@code INSERTED s}. The head is moved by every append, so an entry past it
 *       was not appended by the application, whatever its content or hashes (an appended copy of
 *       the last entry is caught here).
 *   <li>It holds and {@code X.prev = h}, but its personal fields do not match: {@code
 *       PERSONAL_DATA_ALTERED s}. Otherwise, when it holds and follows {@code h}, it is sound and
 *       the walk goes on.
 * </ol>
 *
 * An entry that is not sound is then judged, again by the first rule that applies:
 *
 * <ol>
 *   <li><b>A copy</b>: {@code X.hash} is the stored hash of an earlier entry {@code j}: {@code
 *       INSERTED s}. (Its seq is in its hashed content, so a copy never holds at another place.)
 *   <li><b>Run around</b>: {@code N.prev = h}, the next entry follows the one before {@code X}:
 *       {@code INSERTED s}. An original entry, altered or not, is what its successor links to, so
 *       the chain running around {@code X} means {@code X} was not in it.
 *   <li><b>Renumbered</b>: {@code X.prev} is the hash of an earlier entry {@code j < p} (or 64
 *       zeros, {@code j = 0}), and {@code X} holds at its own seq or its content hashes to {@code
 *       X.hash} at seq {@code j + 1}: entries {@code j+1 … p} were put in before {@code X}, which
 *       was renumbered up: {@code INSERTED j+1}. This is the forged entry with correct hashes
 *       inserted at {@code K}, later entries shifted up and the head moved: the forged entries
 *       themselves are sound, and only the first shifted original, still linking to {@code K - 1}
 *       and hashing at {@code K}, names them.
 *   <li>It does not hold (content changed, or cannot be read at all): {@code ALTERED s}.
 *   <li>It holds but does not follow {@code h}: for the first entry, {@code REMOVED 1} (earlier
 *       entries removed and the rest renumbered); for the last entry when it is not the head's hash
 *       either, {@code INSERTED s} (appended behind the application with a foreign link); otherwise
 *       {@code ALTERED p}: entry {@code p} was changed and its hash rewritten, so {@code X} no
 *       longer follows it.
 * </ol>
 *
 * At the end, the last sound entry must be the head: {@code H > p} means entries {@code p+1 … H}
 * were {@code REMOVED}; a head hash other than {@code h} that entry {@code p} was {@code ALTERED}
 * and its hash rewritten.
 *
 * <p>What a forger can and cannot do. Hashes are unkeyed, so a forger can hash and link new entries
 * correctly and move the head row. They cannot move an original entry to another seq, or give it
 * another previous hash, without changing what its stored hash covers: an original left with its
 * stored hashes hashes only at its old seq and links only to its old predecessor, which is what the
 * rules above read. So an inserted run is named for as long as the first original after it still
 * carries its old hashes. A forger who rehashes that one too is found at the first original they
 * left as it was ({@code ALTERED} there: it no longer hashes at its new seq); one who rewrites
 * every entry from the one they change onwards, and the head, leaves a chain that is sound in
 * itself. That is why the head hash is published (the yearly review): a published hash that is no
 * longer the entry hash at its seq shows the rewrite. Removing entries and renumbering the rest
 * down, without rehashing them, is reported {@code ALTERED} at the first renumbered entry.
 *
 * <p>In a broken report, {@code entries} and the head fields are those of the sound entries before
 * the break: for {@code INSERTED j+1} that is entry {@code j}, for {@code ALTERED p} entry {@code p
 * - 1}.
 */
public final class ChainVerifier {

  private ChainVerifier() {}

  /** The head the store keeps: the last sequence number appended and its entry hash. */
  public record Head(long lastSeq, String hash) {}

  /** Earlier entries by their stored entry hash: how verify names what was copied or inserted. */
  @FunctionalInterface
  public interface EarlierEntries {
    /** The lowest seq below {@code before} whose stored entry hash is {@code entryHash}, if any. */
    OptionalLong seqWithHash(String entryHash, long before);
  }

  /**
   * Verifies the record.
   *
   * @param entries every stored entry, in ascending seq order
   * @param head the head the store keeps
   * @param earlier looks up earlier entries by hash; asked only once an entry is not sound
   */
  public static ChainReport verify(
      Iterator<? extends StoredEntry> entries, Head head, EarlierEntries earlier) {
    Objects.requireNonNull(head, "head is required");
    Objects.requireNonNull(earlier, "earlier is required");
    Walk walk = new Walk();
    StoredEntry next = entries.hasNext() ? entries.next() : null;
    while (next != null) {
      StoredEntry e = next;
      next = entries.hasNext() ? entries.next() : null;
      Verdict broken = check(e, next, walk, head, earlier);
      if (broken != null) {
        return walk.report(broken);
      }
    }
    Verdict atHead = checkHead(walk, head);
    if (atHead != null) {
      return walk.report(atHead);
    }
    return new ChainReport(
        true, walk.seq, walk.redacted(walk.seq), walk.seq, walk.hash, Optional.empty());
  }

  /** The sound entries so far. */
  private static final class Walk {
    long seq;
    String hash = DeviationChain.GENESIS;
    String hashBefore = DeviationChain.GENESIS;
    private long[] redactedSeqs = new long[8];
    private int redactedCount;

    void advance(StoredEntry e, boolean redacted) {
      hashBefore = hash;
      seq = e.seq();
      hash = e.entryHash();
      if (redacted) {
        if (redactedCount == redactedSeqs.length) {
          redactedSeqs = Arrays.copyOf(redactedSeqs, redactedCount * 2);
        }
        redactedSeqs[redactedCount++] = seq;
      }
    }

    /** How many of the sound entries up to {@code upTo} were redacted. */
    long redacted(long upTo) {
      int at = Arrays.binarySearch(redactedSeqs, 0, redactedCount, upTo);
      return at >= 0 ? at + 1 : -(at + 1);
    }

    ChainReport report(Verdict v) {
      return new ChainReport(
          false,
          v.soundSeq(),
          redacted(v.soundSeq()),
          v.soundSeq(),
          v.soundHash(),
          Optional.of(v.at()));
    }

    /** A break after every sound entry so far. */
    Verdict after(long seq, Reason reason, String detail) {
      return new Verdict(new ChainBreak(seq, reason, detail), this.seq, hash);
    }

    /** A break at the last sound entry so far: the one before it is the last sound one. */
    Verdict atLast(Reason reason, String detail) {
      return seq == 0
          ? new Verdict(new ChainBreak(0, reason, detail), 0, DeviationChain.GENESIS)
          : new Verdict(new ChainBreak(seq, reason, detail), seq - 1, hashBefore);
    }
  }

  /** The break, and the last sound entry before it. */
  private record Verdict(ChainBreak at, long soundSeq, String soundHash) {}

  private static Verdict check(
      StoredEntry e, StoredEntry next, Walk walk, Head head, EarlierEntries earlier) {
    long s = e.seq();
    long p = walk.seq;
    if (s <= p) {
      return walk.after(s, Reason.INSERTED, "entry " + s + " appears twice");
    }
    if (s > p + 1 && p < head.lastSeq()) {
      long lastMissing = Math.min(s - 1, head.lastSeq());
      return walk.after(
          p + 1,
          Reason.REMOVED,
          missing(p + 1, lastMissing)
              + " missing: the record jumps from entry "
              + p
              + " to entry "
              + s);
    }
    if (s > head.lastSeq()) {
      return walk.after(
          s,
          Reason.INSERTED,
          "entry "
              + s
              + " was inserted behind the application: it lies past the head, entry "
              + head.lastSeq());
    }
    DeviationEntry readable = e instanceof DeviationEntry d ? d : null;
    boolean holds = readable != null && DeviationChain.contentHash(readable).equals(e.entryHash());
    boolean follows = e.previousHash().equals(walk.hash);
    if (holds && follows) {
      if (!personalHolds(readable)) {
        return walk.after(
            s,
            Reason.PERSONAL_DATA_ALTERED,
            "the personal data of entry " + s + " no longer matches its personal hash");
      }
      walk.advance(e, readable.redacted());
      return null;
    }
    return judge(e, readable, holds, next, walk, head, earlier);
  }

  /** An entry that is not sound: what happened to it (see the class comment, second list). */
  private static Verdict judge(
      StoredEntry e,
      DeviationEntry readable,
      boolean holds,
      StoredEntry next,
      Walk walk,
      Head head,
      EarlierEntries earlier) {
    long s = e.seq();
    long p = walk.seq;
    OptionalLong original =
        e.entryHash().isEmpty() ? OptionalLong.empty() : earlier.seqWithHash(e.entryHash(), s);
    if (original.isPresent()) {
      return walk.after(
          s,
          Reason.INSERTED,
          "entry "
              + s
              + " was inserted: it is a copy of entry "
              + original.getAsLong()
              + " (it has its entry hash)");
    }
    if (next != null && next.previousHash().equals(walk.hash)) {
      return walk.after(
          s,
          Reason.INSERTED,
          "entry "
              + s
              + " was inserted: entry "
              + next.seq()
              + " follows entry "
              + p
              + ", around it");
    }
    long linksTo = e.previousHash().equals(walk.hash) ? p : linksTo(e, s, earlier);
    if (linksTo >= 0
        && linksTo < p
        && (holds
            || (readable != null
                && DeviationChain.contentHashAt(readable, linksTo + 1).equals(e.entryHash())))) {
      long first = linksTo + 1;
      return new Verdict(
          new ChainBreak(
              first,
              Reason.INSERTED,
              inserted(first, p)
                  + " inserted: entry "
                  + s
                  + " still follows entry "
                  + linksTo
                  + (holds ? "" : ", and is entry " + first + " renumbered")),
          linksTo,
          e.previousHash());
    }
    if (!holds) {
      return walk.after(
          s,
          Reason.ALTERED,
          readable == null
              ? "entry " + s + " was altered: it cannot be read (" + unreadable(e) + ")"
              : "entry " + s + " was altered: its content no longer matches its hash");
    }
    if (p == 0) {
      return walk.after(
          1,
          Reason.REMOVED,
          "the first entry does not start the chain: earlier entries were removed and the rest"
              + " renumbered");
    }
    if (next == null && !head.hash().equals(e.entryHash())) {
      return walk.after(
          s,
          Reason.INSERTED,
          "entry "
              + s
              + " was inserted behind the application: it does not follow entry "
              + p
              + " and is not the head");
    }
    return walk.atLast(
        Reason.ALTERED,
        "entry " + p + " was altered and its hash rewritten: entry " + s + " no longer follows it");
  }

  /** The entry {@code e} links to: 0 for the genesis hash, else an earlier entry, else -1. */
  private static long linksTo(StoredEntry e, long s, EarlierEntries earlier) {
    if (e.previousHash().equals(DeviationChain.GENESIS)) {
      return 0;
    }
    if (e.previousHash().isEmpty()) {
      return -1;
    }
    return earlier.seqWithHash(e.previousHash(), s).orElse(-1);
  }

  private static String unreadable(StoredEntry e) {
    return e instanceof UnreadableEntry u ? u.reason() : "unknown";
  }

  private static boolean personalHolds(DeviationEntry e) {
    boolean blank = e.facts().personal().equals(PersonalData.none()) && e.redacted();
    return blank
        || DeviationChain.personalHash(e.facts().personal(), e.personalSalt())
            .equals(e.personalHash());
  }

  private static Verdict checkHead(Walk walk, Head head) {
    long last = walk.seq;
    if (head.lastSeq() > last) {
      return walk.after(
          last + 1,
          Reason.REMOVED,
          missing(last + 1, head.lastSeq())
              + " missing: the record ends at entry "
              + last
              + " but its head is entry "
              + head.lastSeq());
    }
    if (!head.hash().equals(walk.hash)) {
      return walk.atLast(
          Reason.ALTERED,
          "entry " + last + " was altered and its hash rewritten: it is not the head");
    }
    return null;
  }

  private static String inserted(long from, long to) {
    return from == to ? "entry " + from + " was" : "entries " + from + "–" + to + " were";
  }

  private static String missing(long from, long to) {
    return from == to ? "entry " + from + " is" : "entries " + from + "–" + to + " are";
  }
}
