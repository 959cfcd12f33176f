package se.samspel.organisation.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How names, titles and unit names are compared when people search for them: case-insensitively,
 * with å, ä and ö as letters of their own (Swedish sorts and reads them so: "a" must not find
 * "Åberg"), and every other accent ignored ("e" finds "Léa", "u" finds "Müller"). Issue 15,
 * "Decided": å, ä and ö are letters of their own, other accents are ignored (é = e).
 */
public final class SearchText {

  private SearchText() {}

  /**
   * The text folded for comparison: NFC first (so that a decomposed "a" + ring is the letter å),
   * lower case, then every other letter decomposed (NFD) with its combining marks dropped. Never
   * null; an empty string for null.
   */
  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(composed.length());
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (c < 0x80 || c == 'å' || c == 'ä' || c == 'ö') {
        // ä and ö would decompose to a/o + diaeresis and å to a + ring: they are kept whole.
        folded.append(c);
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      for (int j = 0; j < decomposed.length(); j++) {
        char part = decomposed.charAt(j);
        if (Character.getType(part) != Character.NON_SPACING_MARK) {
          folded.append(part);
        }
      }
    }
    return folded.toString();
  }

  /**
   * The words of a text, {@linkplain #normalise normalised}: runs of letters and digits; every
   * other character (space, hyphen, comma, parenthesis) separates words.
   */
  public static List<String> words(String text) {
    String folded = normalise(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }
}
