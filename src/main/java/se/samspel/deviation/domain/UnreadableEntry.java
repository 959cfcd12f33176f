package se.samspel.deviation.domain;

import java.util.Objects;

/**
 * A stored row that cannot be read as an entry: its kind or severity is not one the record knows,
 * it is a CORRECTION that references no entry, or a value it must have is missing. The application
 * never stores such a row, so it was changed behind the application; verify reports it ALTERED (or
 * INSERTED, when the chain runs around it) and the list marks it instead of failing.
 *
 * @param seq its place in the chain, as stored
 * @param previousHash its stored previous hash ("" when the column is empty)
 * @param entryHash its stored entry hash ("" when the column is empty)
 * @param reason why it cannot be read, in words, e.g. {@code kind 'FORGED' is not a kind of entry}
 */
public record UnreadableEntry(long seq, String previousHash, String entryHash, String reason)
    implements StoredEntry {

  public UnreadableEntry {
    Objects.requireNonNull(previousHash, "previousHash is required (may be blank)");
    Objects.requireNonNull(entryHash, "entryHash is required (may be blank)");
    Objects.requireNonNull(reason, "reason is required");
  }
}
