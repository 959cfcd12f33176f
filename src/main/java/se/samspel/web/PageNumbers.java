package se.samspel.web;

/**
 * Where a long list is, as people count pages: from 1, with the numbers of the pages before and
 * after. Every list page reads its {@code ?sida=} through {@link #requested} and shows the links
 * with the {@code pager} tag, so the numbering is the same on all of them.
 *
 * @param number the page shown, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many items the whole list has
 */
public record PageNumbers(int number, int pages, long total) {

  /** Far beyond any real list; keeps the offset computed from it inside an int. */
  private static final int HIGHEST = 100_000;

  /**
   * The page asked for in {@code ?sida=}: 1 when missing or not a number. A link typed by hand
   * shows the first page rather than an error.
   */
  public static int requested(String sida) {
    if (sida == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(HIGHEST, Integer.parseInt(sida.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Page {@code number} of a list of {@code total} items shown {@code size} at a time. */
  public static PageNumbers of(int number, long total, int size) {
    return new PageNumbers(number, pagesFor(total, size), total);
  }

  /** How many pages {@code total} items take, {@code size} to a page; an empty list has one. */
  public static int pagesFor(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < pages;
  }

  public int previous() {
    return number - 1;
  }

  public int next() {
    return number + 1;
  }

  public boolean several() {
    return pages > 1;
  }
}
