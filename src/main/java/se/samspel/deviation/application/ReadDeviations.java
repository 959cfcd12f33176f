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

/** Reading the record: a page of entries, one entry, and verifying the whole chain. */
@ApplicationScoped
public class ReadDeviations {

  /** How many entries verify reads at a time. */
  static final int BATCH = 500;

  private final DeviationStore store;

  public ReadDeviations(DeviationStore store) {
    this.store = store;
  }

  @Transactional
  public Page<DeviationEntry> list(DeviationFilter filter, int page, int size) {
    long total = store.count(filter);
    List<DeviationEntry> items = store.newestFirst(filter, page * size, size);
    return new Page<>(items, page, size, total);
  }

  public DeviationEntry get(long seq) {
    return store.find(seq).orElseThrow(() -> SamspelException.notFound("deviation", "" + seq));
  }

  /**
   * Recomputes the whole chain. Holds the head's lock meanwhile, so that it sees the record as one
   * committed state: appends wait for it (verifying reads in batches and takes milliseconds per
   * thousand entries).
   */
  @Transactional
  public ChainReport verify() {
    ChainVerifier.Head head = store.lockHead();
    return ChainVerifier.verify(new Batches(), head);
  }

  /** The entries in sequence order, read a batch at a time. */
  private final class Batches implements Iterator<DeviationEntry> {
    private List<DeviationEntry> batch = List.of();
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
    public DeviationEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      DeviationEntry e = batch.get(index++);
      lastSeq = e.seq();
      return e;
    }
  }
}
