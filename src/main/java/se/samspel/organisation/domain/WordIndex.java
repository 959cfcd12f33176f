package se.samspel.organisation.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An inverted index of the words of numbered entries (0 … size−1), each word under the field it
 * came from; the engine behind {@link PeopleIndex}. Pure Java, immutable once built, safe to read
 * from many threads.
 *
 * <p>A query word matches a word of an entry when it occurs in it; how well is scored as {@code
 * field weight × 4 + 1 + (2 for the whole word, 1 for its beginning, 0 inside it)}, the best of the
 * entry's words. An entry is found when every query word matches; its score is the sum. So a name
 * beats a title, a title beats a unit, and within a field the beginning of a word beats its middle.
 * Equal scores keep the tie order the index was built with.
 */
final class WordIndex {

  /** Where a word of an entry comes from; the weight ranks a match there. */
  enum Field {
    NAME(3),
    TITLE(2),
    UNIT(1);

    final int weight;

    Field(int weight) {
      this.weight = weight;
    }
  }

  private static final Field[] FIELDS = Field.values();

  /** Per field: its distinct words, sorted. */
  private final String[][] words;

  /** Per field and word: the entries that have it, ascending, no repeats. */
  private final int[][][] postings;

  /** The entries in tie order, and each entry's place in it. */
  private final int[] byRank;

  private final int[] rankOf;

  /** How many pairs of score arrays are kept for reuse: a few per core serve a busy server. */
  private static final int POOLED = 16;

  private final ConcurrentLinkedQueue<int[][]> pool = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pooled = new AtomicInteger();

  private WordIndex(String[][] words, int[][][] postings, int[] byRank) {
    this.words = words;
    this.postings = postings;
    this.byRank = byRank;
    this.rankOf = new int[byRank.length];
    for (int rank = 0; rank < byRank.length; rank++) {
      rankOf[byRank[rank]] = rank;
    }
  }

  int size() {
    return byRank.length;
  }

  /**
   * What a search found.
   *
   * @param best the best entries, best first, at most as many as were wanted
   * @param total how many entries every query word matches
   */
  record Hits(int[] best, int total) {}

  /**
   * The entries every query word matches, best first.
   *
   * @param queryWords {@linkplain SearchText#words normalised} words; none finds nothing
   * @param wanted how many of the best the caller reads
   */
  Hits search(List<String> queryWords, int wanted) {
    if (queryWords.isEmpty() || byRank.length == 0) {
      return new Hits(new int[0], 0);
    }
    int n = byRank.length;
    int[][] buffers = borrow();
    try {
      int[] total = buffers[0];
      int[] current = buffers[1];
      boolean first = true;
      for (String word : queryWords) {
        Arrays.fill(current, 0);
        for (int f = 0; f < FIELDS.length; f++) {
          int weight = FIELDS[f].weight * 4;
          String[] vocabulary = words[f];
          for (int i = 0; i < vocabulary.length; i++) {
            String candidate = vocabulary[i];
            if (!candidate.contains(word)) {
              continue;
            }
            int score =
                weight + 1 + (candidate.equals(word) ? 2 : candidate.startsWith(word) ? 1 : 0);
            for (int entry : postings[f][i]) {
              if (current[entry] < score) {
                current[entry] = score;
              }
            }
          }
        }
        for (int e = 0; e < n; e++) {
          total[e] = current[e] > 0 && (first || total[e] > 0) ? total[e] + current[e] : 0;
        }
        first = false;
      }
      return ranked(total, wanted);
    } finally {
      giveBack(buffers);
    }
  }

  /**
   * The best {@code wanted} of the scored entries and how many there are. When few are wanted of
   * many found (a form's first page) they are picked out in one pass; the rest are only counted.
   */
  private Hits ranked(int[] total, int wanted) {
    int n = total.length;
    int found = 0;
    for (int e = 0; e < n; e++) {
      if (total[e] > 0) {
        found++;
      }
    }
    int[] result = new int[Math.min(found, wanted)];
    if (result.length == 0) {
      return new Hits(result, found);
    }
    if (wanted >= found / 8) {
      long[] keys = new long[found];
      int k = 0;
      for (int e = 0; e < n; e++) {
        if (total[e] > 0) {
          keys[k++] = key(total[e], e);
        }
      }
      Arrays.sort(keys);
      for (int i = 0; i < result.length; i++) {
        result[i] = byRank[(int) keys[i]];
      }
      return new Hits(result, found);
    }
    long[] best = new long[wanted];
    int held = 0;
    for (int e = 0; e < n; e++) {
      if (total[e] == 0) {
        continue;
      }
      long key = key(total[e], e);
      if (held == wanted && key >= best[held - 1]) {
        continue;
      }
      int at = Arrays.binarySearch(best, 0, held, key);
      at = at < 0 ? -at - 1 : at;
      int moved = Math.min(held, wanted - 1) - at;
      if (moved > 0) {
        System.arraycopy(best, at, best, at + 1, moved);
      }
      best[at] = key;
      held = Math.min(held + 1, wanted);
    }
    for (int i = 0; i < held; i++) {
      result[i] = byRank[(int) best[i]];
    }
    return new Hits(result, found);
  }

  /** Higher scores first, then the tie order: one primitive comparison, no comparator. */
  private long key(int score, int entry) {
    return ((long) (Integer.MAX_VALUE - score) << 32) | rankOf[entry];
  }

  /**
   * Two score arrays the size of the index, reused: a search at 1 000 a second would otherwise
   * allocate and collect hundreds of megabytes a second. At most {@link #POOLED} are kept.
   */
  private int[][] borrow() {
    int[][] buffers = pool.poll();
    if (buffers == null) {
      return new int[][] {new int[size()], new int[size()]};
    }
    pooled.decrementAndGet();
    return buffers;
  }

  private void giveBack(int[][] buffers) {
    if (pooled.get() < POOLED) {
      Arrays.fill(buffers[0], 0);
      pooled.incrementAndGet();
      pool.offer(buffers);
    }
  }

  /** Collects the words of entries 0 … size−1, then builds the index. */
  static final class Builder {
    private final int size;
    private final List<Map<String, Postings>> byField =
        List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

    /** Titles and unit names repeat thousands of times: each is folded once. */
    private final Map<String, List<String>> folded = new HashMap<>();

    Builder(int size) {
      this.size = size;
    }

    /** Adds the words of a text (any case, any accents) to an entry under a field. */
    Builder add(int entry, Field field, String text) {
      if (entry < 0 || entry >= size) {
        throw new IllegalArgumentException("entry " + entry + " is outside 0.." + (size - 1));
      }
      Map<String, Postings> map = byField.get(field.ordinal());
      for (String word : folded.computeIfAbsent(text, SearchText::words)) {
        map.computeIfAbsent(word, w -> new Postings()).add(entry);
      }
      return this;
    }

    /**
     * The index, with equal scores in the given tie order.
     *
     * @param tieOrder every entry exactly once, the first ranked first among equals
     */
    WordIndex build(int[] tieOrder) {
      if (tieOrder.length != size) {
        throw new IllegalArgumentException("the tie order must name all " + size + " entries");
      }
      String[][] words = new String[FIELDS.length][];
      int[][][] postings = new int[FIELDS.length][][];
      for (Field field : FIELDS) {
        Map<String, Postings> map = byField.get(field.ordinal());
        String[] sorted = map.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        int[][] lists = new int[sorted.length][];
        for (int i = 0; i < sorted.length; i++) {
          lists[i] = map.get(sorted[i]).toArray();
        }
        words[field.ordinal()] = sorted;
        postings[field.ordinal()] = lists;
      }
      return new WordIndex(words, postings, tieOrder.clone());
    }
  }

  /** A growing list of entries without boxing; an entry added twice in a row is kept once. */
  private static final class Postings {
    private int[] entries = new int[4];
    private int count;

    void add(int entry) {
      if (count > 0 && entries[count - 1] == entry) {
        return;
      }
      if (count == entries.length) {
        entries = Arrays.copyOf(entries, count * 2);
      }
      entries[count++] = entry;
    }

    int[] toArray() {
      int[] sorted = Arrays.copyOf(entries, count);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
