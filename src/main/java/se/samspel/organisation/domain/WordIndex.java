package se.samspel.organisation.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
   * The entries every query word matches, best first.
   *
   * @param queryWords {@linkplain SearchText#words normalised} words; none finds nothing
   * @param wanted how many of the best the caller reads: the result's length is every match, but
   *     only its first {@code wanted} places are filled in order
   */
  int[] search(List<String> queryWords, int wanted) {
    if (queryWords.isEmpty() || byRank.length == 0) {
      return new int[0];
    }
    int n = byRank.length;
    int[] total = new int[n];
    int[] current = new int[n];
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
    int found = 0;
    for (int e = 0; e < n; e++) {
      if (total[e] > 0) {
        found++;
      }
    }
    long[] keys = new long[found];
    int k = 0;
    for (int e = 0; e < n; e++) {
      if (total[e] > 0) {
        // Higher scores first, then the tie order: one primitive sort, no comparator.
        keys[k++] = ((long) (Integer.MAX_VALUE - total[e]) << 32) | rankOf[e];
      }
    }
    return entries(keys, wanted);
  }

  /**
   * The entries of the sorted keys, the first {@code wanted} of them in order. When few are wanted
   * of many found (a form's first page), only those are picked out, in one pass; the rest keep
   * their count but are not sorted.
   */
  private int[] entries(long[] keys, int wanted) {
    int found = keys.length;
    int[] result = new int[found];
    if (wanted == 0) {
      return result;
    }
    if (wanted >= found / 8) {
      Arrays.sort(keys);
      for (int i = 0; i < found; i++) {
        result[i] = byRank[(int) keys[i]];
      }
      return result;
    }
    long[] best = new long[wanted];
    int held = 0;
    for (long key : keys) {
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
    // Past the wanted ones the result only counts: those places are never read.
    return result;
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
