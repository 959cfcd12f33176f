package se.samspel.deviation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;

/**
 * The canonical content of an entry and its hashes. The canonical form is a fixed sequence of
 * lines, one per field in the order below, each {@code name=LENGTH:VALUE\n} where LENGTH is the
 * number of UTF-8 bytes of VALUE, or {@code name=-\n} for an absent value; the length prefix makes
 * it unambiguous whatever a value contains. Instants are ISO-8601 in UTC as {@link
 * Instant#toString()} prints them, at microsecond precision (what the databases keep).
 *
 * <p>Entry, form v1 (first line {@code samspel-deviation-v1}): seq, kind, occurredAt, recordedAt,
 * policyKey, policyVersion, ruleId, ruleTitle, section, quote, severity, prescribedRoute,
 * requesterRole, targetRole, department, requestId, corrects, summary, personalHash, previousHash.
 *
 * <p>Entry, form v2 (first line {@code samspel-deviation-v2}): the same fields in the same order,
 * with {@code requesterDepartment} and {@code targetDepartment} (unit ids, each optional) in the
 * place of {@code department}. Every entry appended now is v2 ({@link
 * DeviationEntry#CURRENT_FORM}); an entry keeps the form it was appended in, and its hash is always
 * recomputed in that form, so v1 entries verify as they were written.
 *
 * <p>Personal data (first line {@code samspel-personal-v1}): salt, reporter, requester, target,
 * description.
 *
 * <p>Hashes are SHA-256, written as 64 lowercase hex digits. The entry hash covers the personal
 * hash, never the personal fields, so blanking them leaves the chain intact; the per-entry random
 * salt keeps a blanked entry's personal hash from being matched by trying every person id.
 */
public final class DeviationChain {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private DeviationChain() {}

  /** An instant as the record keeps it: truncated to microseconds. */
  public static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** A fresh random salt: 16 bytes, hex. */
  public static String newSalt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HEX.formatHex(salt);
  }

  public static String canonicalPersonal(PersonalData personal, String salt) {
    return new Canonical("samspel-personal-v1")
        .field("salt", salt)
        .field("reporter", personal.reporter().map(PersonId::value))
        .field("requester", personal.requester().map(PersonId::value))
        .field("target", personal.target().map(PersonId::value))
        .field("description", personal.description())
        .toString();
  }

  public static String personalHash(PersonalData personal, String salt) {
    return sha256(canonicalPersonal(personal, salt));
  }

  /**
   * The canonical content of an entry in the form {@code form}.
   *
   * @param form {@link DeviationEntry#FORM_V1} or {@link DeviationEntry#FORM_V2}
   * @throws IllegalArgumentException an unknown form, or facts the form cannot hash ({@link
   *     NewDeviation#asRecordedIn})
   */
  public static String canonicalEntry(
      int form,
      long seq,
      NewDeviation facts,
      Instant recordedAt,
      String personalHash,
      String previousHash) {
    if (form != DeviationEntry.FORM_V1 && form != DeviationEntry.FORM_V2) {
      throw new IllegalArgumentException(
          "form " + form + " is not a canonical form the record knows");
    }
    NewDeviation d = facts.asRecordedIn(form);
    Canonical c =
        new Canonical("samspel-deviation-v" + form)
            .field("seq", Long.toString(seq))
            .field("kind", d.kind().name())
            .field("occurredAt", stored(d.occurredAt()).toString())
            .field("recordedAt", stored(recordedAt).toString())
            .field("policyKey", d.policyKey())
            .field("policyVersion", Integer.toString(d.policyVersion()))
            .field("ruleId", d.ruleId())
            .field("ruleTitle", d.ruleTitle())
            .field("section", d.section())
            .field("quote", d.quote())
            .field("severity", d.severity().name())
            .field("prescribedRoute", d.prescribedRoute().text())
            .field("requesterRole", d.requesterRole())
            .field("targetRole", d.targetRole());
    if (form == DeviationEntry.FORM_V1) {
      c.field("department", d.department());
    } else {
      c.field("requesterDepartment", d.requesterDepartment())
          .field("targetDepartment", d.targetDepartment());
    }
    return c.field("requestId", d.requestId())
        .field("corrects", d.corrects().map(String::valueOf))
        .field("summary", d.summary())
        .field("personalHash", personalHash)
        .field("previousHash", previousHash)
        .toString();
  }

  /**
   * The canonical content in the form {@code samspel-deviation-v1}, as entries before v2 had it.
   */
  public static String canonicalEntry(
      long seq, NewDeviation d, Instant recordedAt, String personalHash, String previousHash) {
    return canonicalEntry(DeviationEntry.FORM_V1, seq, d, recordedAt, personalHash, previousHash);
  }

  /** SHA-256 of {@link #canonicalEntry(int, long, NewDeviation, Instant, String, String)}. */
  public static String entryHash(
      int form,
      long seq,
      NewDeviation d,
      Instant recordedAt,
      String personalHash,
      String previousHash) {
    return sha256(canonicalEntry(form, seq, d, recordedAt, personalHash, previousHash));
  }

  /** SHA-256 of the canonical content in the form {@code samspel-deviation-v1}. */
  public static String entryHash(
      long seq, NewDeviation d, Instant recordedAt, String personalHash, String previousHash) {
    return entryHash(DeviationEntry.FORM_V1, seq, d, recordedAt, personalHash, previousHash);
  }

  /** The hash an entry's stored content gives (whatever entry hash it stores). */
  public static String contentHash(DeviationEntry e) {
    return contentHashAt(e, e.seq());
  }

  /**
   * The hash the entry's stored content would give at another place {@code seq}: how verify
   * recognises an entry that was renumbered (its seq is part of what its hash covers).
   */
  public static String contentHashAt(DeviationEntry e, long seq) {
    return entryHash(e.form(), seq, e.facts(), e.recordedAt(), e.personalHash(), e.previousHash());
  }

  /**
   * Builds the entry that follows {@code previousHash} at {@code seq}, in the current form (v2). A
   * single department given without the requester's or target's (the old constructors of {@link
   * NewDeviation}) is recorded as the target's.
   */
  public static DeviationEntry append(
      long seq, NewDeviation facts, Instant recordedAt, String previousHash, String salt) {
    return append(DeviationEntry.CURRENT_FORM, seq, facts, recordedAt, previousHash, salt);
  }

  /**
   * Builds the entry that follows {@code previousHash} at {@code seq} in the form {@code form}. The
   * application appends only in the current form; the older one is here so that tests can write an
   * entry as the code of its time did.
   */
  public static DeviationEntry append(
      int form,
      long seq,
      NewDeviation facts,
      Instant recordedAt,
      String previousHash,
      String salt) {
    NewDeviation stored = withOccurredAt(facts, stored(facts.occurredAt())).asRecordedIn(form);
    Instant at = stored(recordedAt);
    String personalHash = personalHash(facts.personal(), salt);
    return new DeviationEntry(
        seq,
        stored,
        at,
        salt,
        personalHash,
        previousHash,
        entryHash(form, seq, stored, at, personalHash, previousHash),
        Optional.empty(),
        form);
  }

  static NewDeviation withOccurredAt(NewDeviation d, Instant occurredAt) {
    return new NewDeviation(
        d.kind(),
        occurredAt,
        d.policyKey(),
        d.policyVersion(),
        d.ruleId(),
        d.ruleTitle(),
        d.section(),
        d.quote(),
        d.severity(),
        d.prescribedRoute(),
        d.requesterRole(),
        d.targetRole(),
        d.department(),
        d.requestId(),
        d.corrects(),
        d.summary(),
        d.personal(),
        d.requesterDepartment(),
        d.targetDepartment());
  }

  public static String sha256(String text) {
    try {
      return HEX.formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static final class Canonical {
    private final StringBuilder text = new StringBuilder();

    Canonical(String header) {
      text.append(header).append('\n');
    }

    Canonical field(String name, Optional<String> value) {
      return value.isPresent() ? field(name, value.get()) : absent(name);
    }

    Canonical field(String name, String value) {
      if (value == null) {
        return absent(name);
      }
      text.append(name)
          .append('=')
          .append(value.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(value)
          .append('\n');
      return this;
    }

    private Canonical absent(String name) {
      text.append(name).append("=-\n");
      return this;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
