package se.samspel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.common.FieldProblem;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.format.PolicyDocument.SourceDocument;
import se.samspel.support.Fixtures;
import se.samspel.support.PolicyDocuments;

/**
 * Issue 13: "A citation must say what the rule says." Where a shipped rule's quote does not state
 * the rule in its own words, the citation carries Samspel's reading, and the policy's provenance
 * notes name every rule read this way (and no other).
 */
@DisplayName("A citation states its rule, or says how Samspel reads it")
class CitationsStateTheirRulesTest {

  /** The note of a shipped policy that lists its readings. */
  static final String READINGS_NOTE = "Rules read rather than quoted";

  private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{3}(?:-[A-Z]+)+\\b");

  @Test
  void kungsors_rule_on_delegated_decisions_carries_its_reading() {
    // Förtroendevaldas roll är: "Se till att delegationen följs" does not say that a delegated
    // decision may not be changed: the rule says how Samspel reads it.
    Citation source = Fixtures.kungsor().rule("KUN-DELEGATED-DECISION").orElseThrow().source();
    assertThat(source.quote()).isEqualTo("Se till att delegationen följs");
    assertThat(source.reading())
        .hasValueSatisfying(r -> assertThat(r).contains("delegation").contains("ändras"));
  }

  @Test
  void kungsors_grey_zone_cites_the_sentence_that_gives_it_to_the_kso_and_kd() {
    assertThat(Fixtures.kungsor().rule("KUN-GREY-ZONE").orElseThrow().source())
        .isEqualTo(
            new Citation(
                "Samspel - knutpunkten Kommunstyrelsens ordförande (KSO) och kommundirektör (KD)",
                "I denna gråzon behövs samspelet mellan kommunstyrelsens ordförande och"
                    + " kommundirektören för att skapa en tydlighet."));
  }

  @Test
  void every_rule_read_rather_than_quoted_is_named_in_the_notes_and_no_other() {
    for (Policy policy : List.of(Fixtures.kungsor(), Fixtures.alingsas())) {
      Set<String> read =
          policy.rules().stream()
              .filter(r -> r.source().isReading())
              .map(Rule::id)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(named(policy)).as(policy.key() + ": rules named in the notes").isEqualTo(read);
      assertThat(read).as(policy.key()).isNotEmpty();
    }
  }

  @Test
  void a_reading_of_the_escalation_section_is_said_in_the_notes_too() {
    for (Policy policy : List.of(Fixtures.kungsor(), Fixtures.alingsas())) {
      EscalationPolicy escalation = policy.escalation().orElseThrow();
      List<Citation> citations = new ArrayList<>();
      escalation.source().ifPresent(citations::add);
      escalation.ladder().forEach(s -> s.source().ifPresent(citations::add));
      if (citations.stream().anyMatch(Citation::isReading)) {
        assertThat(readingsNote(policy)).as(policy.key()).contains("escalation section");
      }
    }
  }

  @Test
  void a_reading_is_not_left_blank() {
    var rule =
        new se.samspel.policy.format.PolicyDocument.RuleDocument(
            "R1",
            "En regel",
            PolicyDocuments.mediaRule("R1", List.of("ANY_EMPLOYEE")).when(),
            "FREE",
            null,
            "LOW",
            new SourceDocument("Kommunikation med media", "En mening.", "  "));
    assertThat(PolicyDocuments.problems(rule))
        .extracting(FieldProblem::field)
        .containsExactly("rules[0].source.reading");
  }

  private static Set<String> named(Policy policy) {
    Set<String> ids = new TreeSet<>();
    Matcher m = RULE_ID.matcher(readingsNote(policy));
    while (m.find()) {
      ids.add(m.group());
    }
    return ids;
  }

  private static String readingsNote(Policy policy) {
    return policy.provenance().notes().stream()
        .filter(n -> n.startsWith(READINGS_NOTE))
        .findFirst()
        .orElseThrow(() -> new AssertionError(policy.key() + " has no note on its readings"));
  }
}
