package se.samspel.deviation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Page;
import se.samspel.deviation.domain.ChainReport;
import se.samspel.deviation.domain.ChainVerifier;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationFilter;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.deviation.domain.StoredEntry;
import se.samspel.deviation.domain.UnreadableEntry;
import se.samspel.organisation.domain.PersonId;

/**
 * Reading the record: a page of entries, one entry, and verifying the whole chain. A row changed
 * behind the application so that it no longer holds an entry never makes reading fail: it is an
 * {@link UnreadableEntry} where the caller asks for stored rows, left out of the readable pages,
 * and judged by verify.
 */
@ApplicationScoped
public class ReadDeviations {

  /** How many entries verify reads at a time. */
  static final int BATCH = 500;

  private final DeviationStore store;

  public ReadDeviations(DeviationStore store) {
    this.store = store;
  }

  /**
   * A page of the stored rows matching the filter, newest first, each a {@link DeviationEntry} or,
   * for a row that no longer holds one, an {@link UnreadableEntry}: the API marks those.
   */
  @Transactional
  public Page<StoredEntry> stored(DeviationFilter filter, int page, int size) {
    long total = store.count(filter);
    List<StoredEntry> items = store.stored(filter, page * size, size);
    return new Page<>(items, page, size, total);
  }

  /**
   * A page of the readable entries matching the filter, newest first. Rows that cannot be read are
   * left out (verify reports them), so a page may hold fewer items than its size; the total counts
   * every stored row that matches.
   */
  @Transactional
  public Page<DeviationEntry> list(DeviationFilter filter, int page, int size) {
    long total = store.count(filter);
    List<DeviationEntry> items = store.newestFirst(filter, page * size, size);
    return new Page<>(items, page, size, total);
  }

  /**
   * The readable entries whose personal data names the person (as reporter, requester or target),
   * in sequence order: what the record holds about them, for their right of access. Rows that
   * cannot be read are left out: they no longer say whom they name.
   */
  @Transactional
  public List<DeviationEntry> naming(PersonId person) {
    return store.naming(person).stream()
        .filter(DeviationEntry.class::isInstance)
        .map(DeviationEntry.class::cast)
        .toList();
  }

  /**
   * The readable entries that keep a free text with their personal data (a reported contact's
   * description, a correction's reason), in sequence order: for a right of access to search for
   * people named only in text. Reads the record a batch at a time; redacted entries keep no text.
   */
  @Transactional
  public List<DeviationEntry> describing() {
    List<DeviationEntry> described = new java.util.ArrayList<>();
    Batches batches = new Batches();
    while (batches.hasNext()) {
      if (batches.next() instanceof DeviationEntry entry
          && entry.facts().personal().description().isPresent()) {
        described.add(entry);
      }
    }
    return described;
  }

  /** The stored row at {@code seq}, readable or not; NOT_FOUND when there is none. */
  public StoredEntry find(long seq) {
    return store.find(seq).orElseThrow(() -> SamspelException.notFound("deviation", "" + seq));
  }

  /**
   * The entry at {@code seq}; NOT_FOUND when there is none, CONFLICT ({@code deviation-unreadable})
   * when its row cannot be read as an entry.
   */
  public DeviationEntry get(long seq) {
    return readable(find(seq));
  }

  /** The entry, or CONFLICT ({@code deviation-unreadable}) when the row cannot be read. */
  static DeviationEntry readable(StoredEntry stored) {
    if (stored instanceof DeviationEntry entry) {
      return entry;
    }
    UnreadableEntry u = (UnreadableEntry) stored;
    throw SamspelException.conflict(
        "deviation-unreadable",
        "Entry "
            + u.seq()
            + " of the deviation record cannot be read ("
            + u.reason()
            + "): it was changed behind the application; verify the record");
  }

  /**
   * Recomputes the whole chain. Holds the head's lock meanwhile, so that it sees the record as one
   * committed state: appends wait for it (verifying reads in batches and takes milliseconds per
   * thousand entries).
   */
  @Transactional
  public ChainReport verify() {
    ChainVerifier.Head head = store.lockHead();
    return ChainVerifier.verify(new Batches(), head, store::seqWithHash);
  }

  /** The stored rows in sequence order, read a batch at a time. */
  private final class Batches implements Iterator<StoredEntry> {
    private List<StoredEntry> batch = List.of();
    private int index;
    private long lastSeq;
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      if (index < batch.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      batch = store.after(lastSeq, BATCH);
      index = 0;
      exhausted = batch.size() < BATCH;
      return !batch.isEmpty();
    }

    @Override
    public StoredEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      StoredEntry e = batch.get(index++);
      lastSeq = e.seq();
      return e;
    }
  }
}
