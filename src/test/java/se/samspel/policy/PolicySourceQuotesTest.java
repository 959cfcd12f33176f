package se.samspel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.ReviewSpec;
import se.samspel.policy.domain.Rule;
import se.samspel.support.Fixtures;

/**
 * Every rule of a shipped policy quotes its source: the quote must stand in the seed document the
 * policy names (read from {@code ../shared/seeds}, which CI places beside the project). Kungsör's
 * text is clean and must match word for word; Alingsås's was OCR'd, so its quotes (with å, ä and ö
 * restored) must match up to OCR damage: at most 6 % of their letters differ.
 */
class PolicySourceQuotesTest {

  static final Path SEEDS =
      Path.of(System.getProperty("samspel.seeds", "../shared/seeds")).toAbsolutePath();

  @Test
  void every_kungsor_quote_stands_word_for_word_in_the_kungsor_guideline() throws IOException {
    String source = whitespace(seed("001_7f8de12c7d5fb8e5.txt"));
    Policy policy = Fixtures.kungsor();
    for (Rule rule : policy.rules()) {
      for (Citation citation : citations(rule)) {
        assertThat(source).as(rule.id() + " quote").contains(whitespace(citation.quote()));
        assertThat(source).as(rule.id() + " section").contains(citation.section());
      }
    }
  }

  /**
   * Every passage a rule cites: its source, the own passage of each step of its route, the
   * conditions shown to whoever acts on it, and the passage of its recommendation.
   */
  static List<Citation> citations(Rule rule) {
    List<Citation> citations = new ArrayList<>();
    citations.add(rule.source());
    rule.route().forEach(hop -> hop.source().ifPresent(citations::add));
    citations.addAll(rule.conditions());
    rule.recommendation().ifPresent(r -> citations.add(r.source()));
    return citations;
  }

  @Test
  void the_quotes_of_steps_and_conditions_are_checked_too() {
    // Kommunikation med media: "Kommunikatörerna finns som expertstöd vid behov …"
    assertThat(citations(Fixtures.kungsor().rule("KUN-MEDIA-WHAT-POLITICIAN").orElseThrow()))
        .extracting(Citation::quote)
        .anyMatch(q -> q.startsWith("Kommunikatörerna finns som expertstöd vid behov"));
    // I kontakt med media: the two passages shown to whoever answers.
    assertThat(
            citations(Fixtures.alingsas().rule("ALI-MEDIA-ADMINISTRATION-PROPOSAL").orElseThrow()))
        .hasSize(3);
    // Medborgare: the recommendation of a citizen's free contact.
    assertThat(citations(Fixtures.kungsor().rule("KUN-CITIZEN-FREE").orElseThrow()))
        .extracting(Citation::quote)
        .anyMatch(q -> q.startsWith("Medborgarna/invånarnas/brukarnas kommunikering"));
  }

  @Test
  void every_alingsas_quote_stands_in_the_ocr_text_of_the_alingsas_guideline() throws IOException {
    String source = letters(seed("000_a92348a8a549daf6.txt"));
    List<Rule> rules = new ArrayList<>(Fixtures.alingsas().rules());
    // The statutory rules cite the law as the Alingsås guideline states it.
    rules.addAll(Fixtures.statutory().rules());
    for (Rule rule : rules) {
      for (Citation citation : citations(rule)) {
        String quote = letters(citation.quote());
        int distance = closestDistance(quote, source);
        assertThat(distance)
            .as(rule.id() + ": edit distance of the quote to the closest passage")
            .isLessThanOrEqualTo(quote.length() * 6 / 100);
      }
    }
  }

  @Test
  void the_review_sections_quote_their_guidelines() throws IOException {
    String kungsor = whitespace(seed("001_7f8de12c7d5fb8e5.txt"));
    ReviewSpec kun = Fixtures.kungsor().review().orElseThrow();
    assertThat(kungsor).contains(whitespace(kun.citation().quote()));
    assertThat(kungsor).contains(kun.citation().section());
    assertThat(kun.owners()).containsExactly(ReviewSpec.Owner.KD, ReviewSpec.Owner.KSO);
    assertThat(kun.evaluationQuestions()).hasSize(4);
    for (String question : kun.evaluationQuestions()) {
      assertThat(kungsor).as(question).contains(whitespace(question));
    }

    String alingsas = letters(seed("000_a92348a8a549daf6.txt"));
    ReviewSpec ali = Fixtures.alingsas().review().orElseThrow();
    String quote = letters(ali.citation().quote());
    assertThat(closestDistance(quote, alingsas)).isLessThanOrEqualTo(quote.length() * 6 / 100);
    String section = letters(ali.citation().section());
    assertThat(closestDistance(section, alingsas)).isLessThanOrEqualTo(section.length() * 6 / 100);
    assertThat(ali.owners()).containsExactly(ReviewSpec.Owner.KSO, ReviewSpec.Owner.KD);
  }

  @Test
  void the_escalation_sections_quote_their_guidelines() throws IOException {
    String kungsor = whitespace(seed("001_7f8de12c7d5fb8e5.txt"));
    List<Citation> kun = escalationCitations(Fixtures.kungsor());
    assertThat(kun).hasSize(3);
    for (Citation citation : kun) {
      assertThat(kungsor).as(citation.section()).contains(whitespace(citation.quote()));
      assertThat(kungsor).contains(citation.section());
    }

    String alingsas = letters(seed("000_a92348a8a549daf6.txt"));
    List<Citation> ali = escalationCitations(Fixtures.alingsas());
    assertThat(ali).hasSize(3);
    for (Citation citation : ali) {
      String quote = letters(citation.quote());
      assertThat(closestDistance(quote, alingsas))
          .as(citation.section() + ": edit distance of the quote to the closest passage")
          .isLessThanOrEqualTo(quote.length() * 6 / 100);
      String section = letters(citation.section());
      assertThat(closestDistance(section, alingsas))
          .as(citation.section())
          .isLessThanOrEqualTo(section.length() * 6 / 100);
    }
  }

  @Test
  void the_quick_decision_clauses_quote_their_guidelines() throws IOException {
    String kungsor = whitespace(seed("001_7f8de12c7d5fb8e5.txt"));
    List<Citation> kun =
        Fixtures.kungsor().rules().stream()
            .flatMap(r -> r.quickDecision().stream())
            .map(q -> q.source())
            .toList();
    assertThat(kun).isNotEmpty();
    for (Citation citation : kun) {
      assertThat(kungsor).as(citation.section()).contains(whitespace(citation.quote()));
      assertThat(kungsor).contains(citation.section());
    }
    // Alingsås has no acute passage, so no clause to quote.
    assertThat(Fixtures.alingsas().rules()).allMatch(r -> r.quickDecision().isEmpty());
  }

  /** The escalation section's citation and those of its steps. */
  private static List<Citation> escalationCitations(Policy policy) {
    EscalationPolicy escalation = policy.escalation().orElseThrow();
    List<Citation> citations = new ArrayList<>();
    citations.add(escalation.source().orElseThrow());
    escalation.ladder().forEach(step -> step.source().ifPresent(citations::add));
    return citations;
  }

  @Test
  void a_quote_that_is_not_in_the_source_is_caught() throws IOException {
    String source = letters(seed("000_a92348a8a549daf6.txt"));
    String invented =
        letters("Förtroendevalda får ringa vilken medarbetare som helst när som helst.");
    assertThat(closestDistance(invented, source)).isGreaterThan(invented.length() * 6 / 100);
  }

  private static String seed(String name) throws IOException {
    Path file = SEEDS.resolve(name);
    assertThat(file)
        .as("the seeds must lie in ../shared/seeds beside the project (or -Dsamspel.seeds)")
        .exists();
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String whitespace(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /** Only the letters a–z, without diacritics: what survives OCR damage best. */
  static String letters(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("[^a-z]", "");
  }

  /** The smallest edit distance between the pattern and any substring of the text (Sellers). */
  static int closestDistance(String pattern, String text) {
    int m = pattern.length();
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      previous[i] = i;
    }
    int best = m;
    for (int j = 0; j < text.length(); j++) {
      current[0] = 0;
      char c = text.charAt(j);
      for (int i = 1; i <= m; i++) {
        int substitution = previous[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
        current[i] = Math.min(substitution, Math.min(previous[i] + 1, current[i - 1] + 1));
      }
      best = Math.min(best, current[m]);
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return best;
  }
}
