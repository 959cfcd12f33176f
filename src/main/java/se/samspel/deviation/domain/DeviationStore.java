package se.samspel.deviation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  /** Appends an entry that follows the locked head, and makes it the head. */
  void append(DeviationEntry entry);

  Optional<DeviationEntry> find(long seq);

  /** Entries matching the filter, newest (highest seq) first. */
  List<DeviationEntry> newestFirst(DeviationFilter filter, int offset, int limit);

  long count(DeviationFilter filter);

  /** Up to {@code limit} entries after {@code seq}, in sequence order. */
  List<DeviationEntry> after(long seq, int limit);

  /**
   * Blanks the personal data of every entry that names the person as reporter, requester or target
   * and sets when; keeps the personal hash. Returns how many entries were blanked.
   */
  int redactPerson(PersonId person, Instant at);
}
