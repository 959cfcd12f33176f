package se.samspel.web.requests;

/**
 * A page of a list as people count pages: from 1, with links to the previous and next page.
 *
 * @param number the page shown, from 1
 * @param pages how many pages there are (at least 1)
 */
public record Paging(int number, int pages, long total) {

  static final int SIZE = 20;

  /** The page asked for in {@code ?sida=}, 1 when missing or not a number. */
  static int requested(String sida) {
    if (sida == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(100_000, Integer.parseInt(sida.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static Paging of(int number, long total) {
    int pages = (int) Math.max(1, (total + SIZE - 1) / SIZE);
    return new Paging(number, pages, total);
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
