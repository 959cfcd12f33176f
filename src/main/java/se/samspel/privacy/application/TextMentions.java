package se.samspel.privacy.application;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samspel.organisation.domain.Person;

/**
 * Whether a free text names a person: by their name, login, external id or e-mail address, as a
 * whole word, in any case (Swedish letters included: "SJÖBERG" names Sjöberg), whatever whitespace
 * separates the parts of a name, and in either Unicode form (a text is compared in NFC).
 *
 * <p>A whole word is not part of a longer one: "Sara Lind" does not name "Sara Lindqvist", and
 * "larare" is not in "skollararen" nor in the login "v-larare" nor in the id "P-LARARE-2": a letter
 * or digit, or one joined by {@code -}, {@code .} or {@code @}, continues the word. A name ending a
 * sentence ("… Sara Lind.") is a whole word.
 */
final class TextMentions {

  /** Terms shorter than this (characters) would name too much to mean anyone. */
  static final int SHORTEST_TERM = 3;

  private static final String WORD = "[\\p{L}\\p{N}_]";
  private static final String JOINER = "[-.@]";

  private final Pattern pattern;

  private TextMentions(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The ways the person is named: name, login, external id and e-mail, where known. */
  static TextMentions of(Person person) {
    return of(
        List.of(
            Optional.of(person.name()),
            person.login(),
            Optional.of(person.id().value()),
            person.email()));
  }

  static TextMentions of(List<Optional<String>> terms) {
    Set<String> alternatives = new LinkedHashSet<>();
    for (Optional<String> term : terms) {
      term.map(TextMentions::normalised)
          .filter(t -> t.length() >= SHORTEST_TERM)
          .map(TextMentions::asPattern)
          .ifPresent(alternatives::add);
    }
    if (alternatives.isEmpty()) {
      return new TextMentions(null);
    }
    String any = alternatives.stream().collect(Collectors.joining("|", "(?:", ")"));
    return new TextMentions(
        Pattern.compile(
            "(?<!" + WORD + ")(?<!" + WORD + JOINER + ")" + any + "(?!" + WORD + ")(?!" + JOINER
                + WORD + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** Whether the text names the person. */
  boolean in(String text) {
    return pattern != null && text != null && pattern.matcher(normalised(text)).find();
  }

  /** The parts of a term, each literal, with any whitespace between them. */
  private static String asPattern(String term) {
    return java.util.Arrays.stream(term.split("\\s+"))
        .map(Pattern::quote)
        .collect(Collectors.joining("\\s+"));
  }

  private static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }
}
