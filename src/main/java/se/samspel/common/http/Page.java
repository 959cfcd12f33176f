package se.samspel.common.http;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page the 0-based page number
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** The largest page size any list answers with. */
  public static final int MAX_SIZE = 100;

  /** The page of a list held in memory. */
  public static <T> Page<T> of(List<T> all, int page, int size) {
    int from = (int) Math.min((long) page * size, all.size());
    int to = Math.min(from + size, all.size());
    return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size());
  }
}
