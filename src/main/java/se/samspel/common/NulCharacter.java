package se.samspel.common;

/**
 * The one rule for NUL (U+0000): no text in Samspel carries it. PostgreSQL cannot store it in
 * {@code text} columns and H2 would, so every way text comes in (JSON, paths, queries, forms, CSV
 * imports) refuses it the same way, with this reason.
 */
public final class NulCharacter {

  /** The reason a refusal gives for the field at fault. */
  public static final String REASON = "contains a NUL character (U+0000)";

  private NulCharacter() {}

  /** Whether {@code text} (null: no) holds a NUL character. */
  public static boolean in(String text) {
    return text != null && text.indexOf('\u0000') >= 0;
  }
}
