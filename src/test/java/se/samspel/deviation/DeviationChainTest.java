package se.samspel.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.ChainReport;
import se.samspel.deviation.domain.ChainReport.Reason;
import se.samspel.deviation.domain.ChainVerifier;
import se.samspel.deviation.domain.DeviationChain;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;

/** The canonical form, the hashes and verification, without a database. */
class DeviationChainTest {

  static final Instant OCCURRED = Instant.parse("2026-11-20T13:05:00Z");
  static final Instant RECORDED = Instant.parse("2026-11-23T09:15:00.123456789Z");
  static final String SALT = "00112233445566778899aabbccddeeff";

  static NewDeviation deviation(String quote, PersonalData personal) {
    return new NewDeviation(
        DeviationKind.REPORTED_CONTACT,
        OCCURRED,
        "kungsor",
        1,
        "K-1",
        "Kontakt med medarbetare",
        "Kontaktvägar",
        quote,
        Severity.MEDIUM,
        "POS-FC-BUF (APPROVE)",
        "ELECTED_MEMBER",
        "STAFF_MEMBER",
        Optional.of("U-BUF"),
        Optional.empty(),
        Optional.empty(),
        "Direct contact",
        personal);
  }

  static PersonalData sara() {
    return new PersonalData(
        Optional.of(new PersonId("P-LARARE")),
        Optional.of(new PersonId("P-POL")),
        Optional.of(new PersonId("P-LARARE")),
        Optional.of("Ringde om schemat"));
  }

  static List<DeviationEntry> chain(int n) {
    List<DeviationEntry> entries = new ArrayList<>();
    String previous = DeviationChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      DeviationEntry e =
          DeviationChain.append(i, deviation("Citat " + i, sara()), RECORDED, previous, SALT);
      entries.add(e);
      previous = e.entryHash();
    }
    return entries;
  }

  static ChainReport verify(List<DeviationEntry> entries, DeviationEntry head) {
    return ChainVerifier.verify(
        entries.iterator(), new ChainVerifier.Head(head.seq(), head.entryHash()));
  }

  static DeviationEntry withQuote(DeviationEntry e, String quote) {
    NewDeviation d = e.facts();
    return new DeviationEntry(
        e.seq(),
        deviation(quote, d.personal()),
        e.recordedAt(),
        e.personalSalt(),
        e.personalHash(),
        e.previousHash(),
        e.entryHash(),
        e.redactedAt());
  }

  static DeviationEntry withPersonal(DeviationEntry e, PersonalData p, Optional<Instant> redacted) {
    return new DeviationEntry(
        e.seq(),
        deviation(e.facts().quote(), p),
        e.recordedAt(),
        e.personalSalt(),
        e.personalHash(),
        e.previousHash(),
        e.entryHash(),
        redacted);
  }

  @Test
  void the_canonical_form_is_a_fixed_field_order_with_utf8_byte_length_prefixes() {
    String personalHash = DeviationChain.personalHash(sara(), SALT);
    assertThat(
            DeviationChain.canonicalEntry(
                1, deviation("Å", sara()), RECORDED, personalHash, DeviationChain.GENESIS))
        .isEqualTo(
            "samspel-deviation-v1\n"
                + "seq=1:1\n"
                + "kind=16:REPORTED_CONTACT\n"
                + "occurredAt=20:2026-11-20T13:05:00Z\n"
                + "recordedAt=27:2026-11-23T09:15:00.123456Z\n"
                + "policyKey=7:kungsor\n"
                + "policyVersion=1:1\n"
                + "ruleId=3:K-1\n"
                + "ruleTitle=23:Kontakt med medarbetare\n"
                + "section=13:Kontaktvägar\n"
                + "quote=2:Å\n"
                + "severity=6:MEDIUM\n"
                + "prescribedRoute=20:POS-FC-BUF (APPROVE)\n"
                + "requesterRole=14:ELECTED_MEMBER\n"
                + "targetRole=12:STAFF_MEMBER\n"
                + "department=5:U-BUF\n"
                + "requestId=-\n"
                + "corrects=-\n"
                + "summary=14:Direct contact\n"
                + "personalHash=64:"
                + personalHash
                + "\n"
                + "previousHash=64:"
                + DeviationChain.GENESIS
                + "\n");
    // A known vector: a change to the canonical form shows here.
    assertThat(personalHash)
        .isEqualTo("9123b8476d5d69e3e98ba9e61d658605aa4216cf148bf0749607424cec271dd9");
    assertThat(DeviationChain.canonicalPersonal(sara(), SALT))
        .isEqualTo(
            "samspel-personal-v1\n"
                + "salt=32:"
                + SALT
                + "\n"
                + "reporter=8:P-LARARE\n"
                + "requester=5:P-POL\n"
                + "target=8:P-LARARE\n"
                + "description=17:Ringde om schemat\n");
  }

  @Test
  void hashes_are_jdk_sha256_in_lowercase_hex_and_stable() {
    assertThat(DeviationChain.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    DeviationEntry first = chain(1).get(0);
    assertThat(first.previousHash()).isEqualTo("0".repeat(64));
    assertThat(first.entryHash()).matches("[0-9a-f]{64}");
    assertThat(first.recordedAt()).isEqualTo(Instant.parse("2026-11-23T09:15:00.123456Z"));
    // The same content always gives the same hash; a different salt a different personal hash.
    assertThat(chain(1).get(0).entryHash()).isEqualTo(first.entryHash());
    assertThat(DeviationChain.personalHash(sara(), DeviationChain.newSalt()))
        .isNotEqualTo(first.personalHash());
  }

  @Test
  void an_untouched_chain_is_intact_with_its_last_hash_as_head() {
    List<DeviationEntry> entries = chain(3);
    ChainReport report = verify(entries, entries.get(2));
    assertThat(report.intact()).isTrue();
    assertThat(report.entries()).isEqualTo(3);
    assertThat(report.headSeq()).isEqualTo(3);
    assertThat(report.headHash()).isEqualTo(entries.get(2).entryHash());
    assertThat(report.firstBreak()).isEmpty();
  }

  @Test
  void an_empty_record_is_intact_at_the_genesis_hash() {
    ChainReport report =
        ChainVerifier.verify(
            List.<DeviationEntry>of().iterator(),
            new ChainVerifier.Head(0, DeviationChain.GENESIS));
    assertThat(report.intact()).isTrue();
    assertThat(report.entries()).isZero();
    assertThat(report.headHash()).isEqualTo(DeviationChain.GENESIS);
  }

  @Test
  void an_entry_whose_quote_was_changed_is_reported_altered() {
    List<DeviationEntry> entries = chain(4);
    DeviationEntry head = entries.get(3);
    entries.set(1, withQuote(entries.get(1), "Något annat"));
    assertBreak(verify(entries, head), 2, Reason.ALTERED, 1);
  }

  @Test
  void an_entry_altered_with_its_hash_rewritten_is_found_by_the_next_link() {
    List<DeviationEntry> entries = chain(4);
    DeviationEntry head = entries.get(3);
    DeviationEntry second = entries.get(1);
    entries.set(
        1,
        DeviationChain.append(
            2, deviation("Något annat", sara()), RECORDED, second.previousHash(), SALT));
    assertBreak(verify(entries, head), 2, Reason.ALTERED, 1);
  }

  @Test
  void a_removed_entry_is_reported_as_the_gap() {
    List<DeviationEntry> entries = chain(4);
    DeviationEntry head = entries.get(3);
    entries.remove(2);
    assertBreak(verify(entries, head), 3, Reason.REMOVED, 2);
  }

  @Test
  void removing_the_last_entry_is_found_from_the_head() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry head = entries.get(2);
    entries.remove(2);
    assertBreak(verify(entries, head), 3, Reason.REMOVED, 2);
  }

  @Test
  void an_entry_appended_behind_the_application_is_reported_inserted() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry head = entries.get(2);
    entries.add(
        DeviationChain.append(4, deviation("Falsk", sara()), RECORDED, head.entryHash(), SALT));
    assertBreak(verify(entries, head), 4, Reason.INSERTED, 3);
  }

  @Test
  void an_entry_slipped_in_with_a_foreign_link_is_reported_inserted() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry head = entries.get(2);
    // Renumbered so that seq has no gap, but the chain still runs 2 → 3 without it.
    DeviationEntry forged =
        DeviationChain.append(3, deviation("Falsk", sara()), RECORDED, "f".repeat(64), SALT);
    List<DeviationEntry> tampered = new ArrayList<>(entries.subList(0, 2));
    tampered.add(forged);
    DeviationEntry third = entries.get(2);
    tampered.add(
        new DeviationEntry(
            4,
            third.facts(),
            third.recordedAt(),
            third.personalSalt(),
            third.personalHash(),
            third.previousHash(),
            third.entryHash(),
            Optional.empty()));
    assertBreak(verify(tampered, head), 3, Reason.INSERTED, 2);
  }

  @Test
  void changed_personal_data_is_reported_unless_the_entry_was_redacted() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry head = entries.get(2);
    PersonalData other =
        new PersonalData(
            Optional.of(new PersonId("P-ANNAN")),
            sara().requester(),
            sara().target(),
            sara().description());
    entries.set(1, withPersonal(entries.get(1), other, Optional.empty()));
    assertBreak(verify(entries, head), 2, Reason.PERSONAL_DATA_ALTERED, 1);

    // Blanked and marked redacted: lawful, still intact.
    entries.set(1, withPersonal(entries.get(1), PersonalData.none(), Optional.of(RECORDED)));
    ChainReport report = verify(entries, head);
    assertThat(report.intact()).isTrue();
    assertThat(report.redacted()).isEqualTo(1);
    // Blanked without being marked redacted: someone removed data behind the application.
    entries.set(1, withPersonal(entries.get(1), PersonalData.none(), Optional.empty()));
    assertBreak(verify(entries, head), 2, Reason.PERSONAL_DATA_ALTERED, 1);
  }

  static void assertBreak(ChainReport report, long seq, Reason reason, long soundEntries) {
    assertThat(report.intact()).isFalse();
    assertThat(report.entries()).isEqualTo(soundEntries);
    assertThat(report.firstBreak()).isPresent();
    assertThat(report.firstBreak().get().seq()).isEqualTo(seq);
    assertThat(report.firstBreak().get().reason()).isEqualTo(reason);
  }
}
