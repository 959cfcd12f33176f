package se.samspel.deviation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import se.samspel.organisation.domain.PersonId;

/**
 * Where the deviation record is kept. It offers appending, reading and the one lawful change of a
 * stored entry, blanking its personal data; nothing else: no update, no delete.
 */
public interface DeviationStore {

  /**
   * Locks the head of the record until the current transaction ends (serialising appends, on any
   * instance) and returns it.
   */
  ChainVerifier.Head lockHead();

  /**
   * How many entries the record holds by its head (the head's sequence number), read without
   * locking it: one row, for the metrics. 0 when the record is empty (or its head row is missing).
   */
  long length();

  /** Appends an entry that follows the locked head, and makes it the head. */
  void append(DeviationEntry entry);

  /**
   * The stored row at {@code seq}: a {@link DeviationEntry}, or an {@link UnreadableEntry} when the
   * row no longer holds one. Reading never fails for what is stored.
   */
  Optional<StoredEntry> find(long seq);

  /**
   * The stored rows matching the filter, newest (highest seq) first, each read as in {@link #find}.
   * The filter applies to the stored values, so an unreadable row can match it.
   */
  List<StoredEntry> stored(DeviationFilter filter, int offset, int limit);

  /**
   * The readable entries among {@link #stored}: the rows that cannot be read are left out, so a
   * window may hold fewer than {@code limit}.
   */
  default List<DeviationEntry> newestFirst(DeviationFilter filter, int offset, int limit) {
    return stored(filter, offset, limit).stream()
        .filter(DeviationEntry.class::isInstance)
        .map(DeviationEntry.class::cast)
        .toList();
  }

  /** How many stored rows match the filter, readable or not. */
  long count(DeviationFilter filter);

  /** Up to {@code limit} stored rows after {@code seq}, in sequence order, read as in find. */
  List<StoredEntry> after(long seq, int limit);

  /**
   * The lowest seq below {@code before} whose stored entry hash is {@code entryHash}, if any.
   * Verify asks it only once an entry does not verify, so it may be slow (it scans).
   */
  OptionalLong seqWithHash(String entryHash, long before);

  /**
   * Blanks the personal data of every entry that names the person as reporter, requester or target
   * and sets when; keeps the personal hash. Returns how many entries were blanked.
   */
  int redactPerson(PersonId person, Instant at);

  /**
   * Blanks the personal data of every entry recorded before {@code recordedBefore} that still holds
   * some, and sets when (retention: the municipality's decision on how long the record keeps
   * personal data); keeps the personal hash, so the record verifies with the same head hash.
   * Returns how many entries were blanked.
   */
  int redactRecordedBefore(Instant recordedBefore, Instant at);

  /**
   * The stored rows whose personal data names the person as reporter, requester or target, in
   * sequence order, each read as in {@link #find}; redacted entries name no one and are not among
   * them.
   */
  List<StoredEntry> naming(PersonId person);
}
