package se.samspel.deviation.domain;

/**
 * A row of the deviation record as the store reads it: either a {@link DeviationEntry}, or an
 * {@link UnreadableEntry} when the row no longer holds an entry the record can read (it was changed
 * behind the application). Both carry their place and their two stored hashes, which is what {@link
 * ChainVerifier} needs to judge them.
 */
public sealed interface StoredEntry permits DeviationEntry, UnreadableEntry {

  /** Its place in the chain, as stored. */
  long seq();

  /** The entry hash of the entry before it, as stored (64 zeros for the first). */
  String previousHash();

  /** Its entry hash, as stored. */
  String entryHash();
}
