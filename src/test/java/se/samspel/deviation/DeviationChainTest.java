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
import se.samspel.deviation.domain.StoredEntry;
import se.samspel.deviation.domain.UnreadableEntry;
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

  static ChainReport verify(List<? extends StoredEntry> entries, DeviationEntry head) {
    return verify(entries, head.seq(), head.entryHash());
  }

  /** Verifies against a head, looking earlier entries up by hash as the store does. */
  static ChainReport verify(List<? extends StoredEntry> entries, long headSeq, String headHash) {
    return ChainVerifier.verify(
        entries.iterator(),
        new ChainVerifier.Head(headSeq, headHash),
        (hash, before) ->
            entries.stream()
                .filter(e -> e.seq() < before && e.entryHash().equals(hash))
                .mapToLong(StoredEntry::seq)
                .min());
  }

  /** The entry moved to another seq with everything else, its hashes too, as stored. */
  static DeviationEntry renumbered(DeviationEntry e, long seq) {
    return new DeviationEntry(
        seq,
        e.facts(),
        e.recordedAt(),
        e.personalSalt(),
        e.personalHash(),
        e.previousHash(),
        e.entryHash(),
        e.redactedAt(),
        e.form());
  }

  /**
   * The chain with {@code forged} entries put in at {@code at} by a forger who hashes and links
   * them correctly, shifts the later entries up (their stored hashes as they were) and moves the
   * head's seq: only the first shifted entry, which still follows the entry before {@code at},
   * shows it.
   */
  static List<DeviationEntry> withForgedInserted(List<DeviationEntry> chain, int at, int forged) {
    List<DeviationEntry> tampered = new ArrayList<>(chain.subList(0, at - 1));
    String previous = at == 1 ? DeviationChain.GENESIS : chain.get(at - 2).entryHash();
    for (int i = 0; i < forged; i++) {
      DeviationEntry f =
          DeviationChain.append(at + i, deviation("Falsk " + i, sara()), RECORDED, previous, SALT);
      tampered.add(f);
      previous = f.entryHash();
    }
    for (DeviationEntry original : chain.subList(at - 1, chain.size())) {
      tampered.add(renumbered(original, original.seq() + forged));
    }
    return tampered;
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
        e.redactedAt(),
        e.form());
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
        redacted,
        e.form());
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
    ChainReport report = verify(List.of(), 0, DeviationChain.GENESIS);
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
            Optional.empty(),
            third.form()));
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

  @Test
  void an_entry_that_cannot_be_read_is_reported_altered_with_why() {
    List<DeviationEntry> entries = chain(4);
    DeviationEntry head = entries.get(3);
    DeviationEntry second = entries.get(1);
    List<StoredEntry> stored = new ArrayList<>(entries);
    stored.set(
        1,
        new UnreadableEntry(
            2,
            second.previousHash(),
            second.entryHash(),
            "kind 'FORGED' is not a kind the record knows"));
    ChainReport report = verify(stored, head);
    assertBreak(report, 2, Reason.ALTERED, 1);
    assertThat(report.firstBreak().get().detail())
        .isEqualTo(
            "entry 2 was altered: it cannot be read (kind 'FORGED' is not a kind the record"
                + " knows)");
    assertThat(report.headSeq()).isEqualTo(1);
    assertThat(report.headHash()).isEqualTo(entries.get(0).entryHash());

    // The last entry too: the head's hash does not excuse it.
    stored = new ArrayList<>(entries);
    stored.set(3, new UnreadableEntry(4, head.previousHash(), head.entryHash(), "severity 'X'"));
    assertBreak(verify(stored, head), 4, Reason.ALTERED, 3);
  }

  @Test
  void an_unreadable_entry_the_chain_runs_around_is_reported_inserted() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry head = entries.get(2);
    List<StoredEntry> stored = new ArrayList<>(entries.subList(0, 2));
    stored.add(new UnreadableEntry(3, "f".repeat(64), "e".repeat(64), "kind 'FORGED'"));
    stored.add(renumbered(entries.get(2), 4));
    assertBreak(verify(stored, 4, head.entryHash()), 3, Reason.INSERTED, 2);
  }

  @Test
  void a_copy_of_the_last_entry_appended_with_its_hashes_is_reported_inserted() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry last = entries.get(2);
    entries.add(renumbered(last, 4));

    // The head not moved: the copy lies past it.
    ChainReport report = verify(entries, last);
    assertBreak(report, 4, Reason.INSERTED, 3);
    assertThat(report.firstBreak().get().detail()).contains("past the head, entry 3");
    assertThat(report.headHash()).isEqualTo(last.entryHash());

    // The head's seq moved to the copy (its hash is the same): the copy still shows.
    report = verify(entries, 4, last.entryHash());
    assertBreak(report, 4, Reason.INSERTED, 3);
    assertThat(report.firstBreak().get().detail())
        .isEqualTo("entry 4 was inserted: it is a copy of entry 3 (it has its entry hash)");
  }

  @Test
  void a_forged_entry_with_correct_hashes_inserted_before_renumbered_entries_is_named() {
    List<DeviationEntry> entries = chain(5);
    DeviationEntry head = entries.get(4);
    List<DeviationEntry> tampered = withForgedInserted(entries, 3, 1);
    assertThat(tampered).hasSize(6);
    assertThat(tampered.get(2).previousHash()).isEqualTo(entries.get(1).entryHash());

    // The head moved to the new last seq, its hash unchanged: the forger's best.
    ChainReport report = verify(tampered, 6, head.entryHash());
    assertBreak(report, 3, Reason.INSERTED, 2);
    assertThat(report.firstBreak().get().detail())
        .isEqualTo(
            "entry 3 was inserted: entry 4 still follows entry 2, and is entry 3 renumbered");
    assertThat(report.headSeq()).isEqualTo(2);
    assertThat(report.headHash()).isEqualTo(entries.get(1).entryHash());

    // The head left as it was: the same entry is named, before the walk reaches the head.
    assertBreak(verify(tampered, head), 3, Reason.INSERTED, 2);
  }

  @Test
  void forged_entries_are_named_wherever_they_are_inserted_and_however_many() {
    List<DeviationEntry> entries = chain(4);
    String headHash = entries.get(3).entryHash();
    // First, before the last entry, and a run of three.
    assertBreak(verify(withForgedInserted(entries, 1, 1), 5, headHash), 1, Reason.INSERTED, 0);
    assertBreak(verify(withForgedInserted(entries, 4, 1), 5, headHash), 4, Reason.INSERTED, 3);
    ChainReport run = verify(withForgedInserted(entries, 2, 3), 7, headHash);
    assertBreak(run, 2, Reason.INSERTED, 1);
    assertThat(run.firstBreak().get().detail()).startsWith("entries 2–4 were inserted");
  }

  @Test
  void a_forged_entry_whose_later_entries_were_renumbered_and_rehashed_is_still_named() {
    // The forger rehashed the shifted entries at their new seq but left their links.
    List<DeviationEntry> entries = chain(4);
    List<DeviationEntry> tampered = new ArrayList<>(entries.subList(0, 1));
    tampered.add(
        DeviationChain.append(
            2, deviation("Falsk", sara()), RECORDED, entries.get(0).entryHash(), SALT));
    for (DeviationEntry original : entries.subList(1, 4)) {
      tampered.add(
          DeviationChain.append(
              original.seq() + 1,
              original.facts(),
              original.recordedAt(),
              original.previousHash(),
              SALT));
    }
    DeviationEntry last = tampered.get(4);
    assertBreak(verify(tampered, last), 2, Reason.INSERTED, 1);
  }

  @Test
  void
      a_forger_who_also_rehashes_the_first_shifted_entry_is_found_at_the_next_one_left_as_it_was() {
    List<DeviationEntry> entries = chain(5);
    List<DeviationEntry> tampered = withForgedInserted(entries, 2, 1);
    DeviationEntry shifted = tampered.get(2);
    // Old entry 2, now 3, rehashed and linked to the forged entry: sound in itself.
    tampered.set(
        2,
        DeviationChain.append(
            3, shifted.facts(), shifted.recordedAt(), tampered.get(1).entryHash(), SALT));
    assertBreak(verify(tampered, 6, entries.get(4).entryHash()), 4, Reason.ALTERED, 3);
  }

  @Test
  void the_redacted_count_of_a_broken_record_counts_only_the_sound_entries() {
    List<DeviationEntry> entries = chain(4);
    entries.set(0, withPersonal(entries.get(0), PersonalData.none(), Optional.of(RECORDED)));
    List<DeviationEntry> tampered = withForgedInserted(entries, 2, 1);
    DeviationEntry forged = tampered.get(1);
    tampered.set(1, withPersonal(forged, PersonalData.none(), Optional.of(RECORDED)));
    ChainReport report = verify(tampered, 5, entries.get(3).entryHash());
    assertBreak(report, 2, Reason.INSERTED, 1);
    assertThat(report.redacted()).isEqualTo(1);
  }

  @Test
  void the_entry_before_the_last_altered_with_its_hash_rewritten_is_named_not_the_last() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry head = entries.get(2);
    entries.set(
        1,
        DeviationChain.append(
            2, deviation("Något annat", sara()), RECORDED, entries.get(0).entryHash(), SALT));
    ChainReport report = verify(entries, head);
    assertBreak(report, 2, Reason.ALTERED, 1);
    assertThat(report.headHash()).isEqualTo(entries.get(0).entryHash());
  }

  @Test
  void a_last_entry_with_a_foreign_link_that_is_not_the_head_is_reported_inserted() {
    List<DeviationEntry> entries = chain(3);
    DeviationEntry forged =
        DeviationChain.append(4, deviation("Falsk", sara()), RECORDED, "f".repeat(64), SALT);
    entries.add(forged);
    // The head's seq moved, its hash not.
    assertBreak(verify(entries, 4, entries.get(2).entryHash()), 4, Reason.INSERTED, 3);
  }

  static void assertBreak(ChainReport report, long seq, Reason reason, long soundEntries) {
    assertThat(report.intact()).isFalse();
    assertThat(report.entries()).isEqualTo(soundEntries);
    assertThat(report.headSeq()).isEqualTo(soundEntries);
    assertThat(report.firstBreak()).isPresent();
    assertThat(report.firstBreak().get().seq()).isEqualTo(seq);
    assertThat(report.firstBreak().get().reason()).isEqualTo(reason);
  }
}
