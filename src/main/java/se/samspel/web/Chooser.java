package se.samspel.web;

import java.util.List;

/**
 * A field that chooses one post (or unit) among all of the organisation, as a search (issue 15):
 * without JavaScript, a search box, a "Sök" button that posts the form back with everything typed,
 * and the best matches as radio buttons; with {@code /assets/chooser.js}, the box becomes a
 * WAI-ARIA 1.2 combobox that asks {@code source} as the reader types. Rendered by {@code
 * tags/chooser.html}.
 *
 * @param field the form field that carries the choice (the radio buttons' name; the search box has
 *     this id, so an error summary's link lands on it)
 * @param query what the reader searched for, as typed (the box's name is {@code field + "Sok"})
 * @param choices the radio buttons: the fixed ones (the reader's own posts, external parties), the
 *     one chosen before, then the best matches of the search
 * @param total how many the search matched in all (0 when not searched)
 * @param searched whether a search was made, so that "no match" can be said
 * @param tooShort whether the search was too short to be made
 * @param source the page-side address the combobox asks, e.g. {@code /sok/positioner}
 * @param prefix put before an id to make a choice's value, e.g. {@code pos:}
 */
public record Chooser(
    String field,
    String query,
    List<Choice> choices,
    int total,
    boolean searched,
    boolean tooShort,
    String source,
    String prefix) {

  /** The most matches a page shows at once: the page stays small, more words narrow it. */
  public static final int SHOWN = 10;

  /**
   * One radio button.
   *
   * @param value what the form posts
   * @param name the first line: a person's name, "Vakant", or a party or unit
   * @param detail the second: title and unit; may be empty
   */
  public record Choice(String value, String name, String detail, boolean selected) {}

  public String queryName() {
    return field + "Sok";
  }

  public String queryValue() {
    return query == null ? "" : query;
  }

  /** Whether it chooses among units ({@code /sok/enheter}), whose search knows only their names. */
  public boolean units() {
    return source.endsWith("/enheter");
  }

  /** Whether more matched than the page shows. */
  public boolean more() {
    return total > shownMatches();
  }

  public int shownMatches() {
    return Math.min(total, SHOWN);
  }
}
