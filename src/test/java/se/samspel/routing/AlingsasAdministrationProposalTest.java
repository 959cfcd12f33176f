package se.samspel.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.policy.domain.ContactKind.MEDIA_INQUIRY;
import static se.samspel.policy.domain.ExternalParty.JOURNALIST;
import static se.samspel.policy.domain.QuestionType.PROPOSAL;
import static se.samspel.routing.Scenario.expect;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.common.FieldProblem;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.format.PolicyDocument.HopDocument;
import se.samspel.policy.format.PolicyDocument.RuleDocument;
import se.samspel.policy.format.PolicyDocument.SourceDocument;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.Router;
import se.samspel.support.Fixtures;
import se.samspel.support.PolicyDocuments;

/**
 * Alingsås, <i>I kontakt med media</i>: "Tjänstepersoner kan vid behov redogöra för förvaltningens
 * förslag, innan ärendet har beslutats politiskt. Det bör dock alltid vara tydligt att det är
 * förvaltningens förslag, och att beredningen inte är slutförd ännu." A journalist's question about
 * the administration's proposal (question PROPOSAL) is answered by the responsible manager, and
 * whoever answers is shown the condition and the passage on confidential documents of the same
 * section. Kungsör's text says nothing of it: no rule.
 */
@DisplayName(
    "ALI-MEDIA-ADMINISTRATION-PROPOSAL: ”Tjänstepersoner kan vid behov redogöra för förvaltningens"
        + " förslag, innan ärendet har beslutats politiskt.”")
class AlingsasAdministrationProposalTest {

  static final Citation CLEAR_THAT_IT_IS_A_PROPOSAL =
      new Citation(
          "I kontakt med media",
          "Det bör dock alltid vara tydligt att det är förvaltningens förslag, och att beredningen"
              + " inte är slutförd ännu.");
  static final Citation NO_CONFIDENTIAL_DOCUMENTS =
      new Citation(
          "I kontakt med media",
          "Det är dock inte tillåtet att lämna ut sekretessbelagda handlingar, eller muntlig"
              + " information med kvalificerad sekretess.");

  private static Scenario proposalQuestionToATeacher() {
    return expect("ALI-MEDIA-ADMINISTRATION-PROPOSAL", "ROUTE")
        .fromExternal(JOURNALIST)
        .to("POS-LARARE-1")
        .question(PROPOSAL)
        .about(MEDIA_INQUIRY);
  }

  @Test
  void the_responsible_manager_answers_a_question_about_the_administrations_proposal() {
    RouteDecision decision =
        Router.route(
            Fixtures.alingsas(),
            Fixtures.demo(),
            proposalQuestionToATeacher().query(),
            Fixtures.DAY);

    assertThat(decision).isInstanceOf(RouteDecision.Routed.class);
    RouteDecision.Routed routed = (RouteDecision.Routed) decision;
    assertThat(routed.ruleApplied().id()).isEqualTo("ALI-MEDIA-ADMINISTRATION-PROPOSAL");
    assertThat(routed.hops())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.position().value()).isEqualTo("POS-REKTOR-1");
              assertThat(h.action().name()).isEqualTo("ANSWER");
            });
    assertThat(routed.ruleApplied().source().quote())
        .isEqualTo(
            "Tjänstepersoner kan vid behov redogöra för förvaltningens förslag, innan ärendet har"
                + " beslutats politiskt.");
  }

  @Test
  void whoever_answers_is_shown_the_condition_and_the_passage_on_confidential_documents() {
    Rule rule = Fixtures.alingsas().rule("ALI-MEDIA-ADMINISTRATION-PROPOSAL").orElseThrow();
    assertThat(rule.conditions())
        .containsExactly(CLEAR_THAT_IT_IS_A_PROPOSAL, NO_CONFIDENTIAL_DOCUMENTS);
  }

  @Test
  void the_other_media_questions_keep_their_rules() {
    for (String id :
        List.of("ALI-MEDIA-WHAT-POLITICIAN", "ALI-MEDIA-WHAT-ADMINISTRATION", "ALI-MEDIA-HOW")) {
      assertThat(Fixtures.alingsas().rule(id)).as(id).isPresent();
      assertThat(Fixtures.alingsas().rule(id).orElseThrow().conditions()).as(id).isEmpty();
    }
  }

  @Test
  void kungsor_has_no_passage_on_the_proposal_so_no_rule_answers_it() {
    RouteDecision decision =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            proposalQuestionToATeacher().query(),
            Fixtures.DAY);
    assertThat(decision).isInstanceOf(RouteDecision.NoRule.class);
  }

  @Test
  void a_condition_must_cite_a_section_and_a_quote() {
    RuleDocument withHalfACondition =
        new RuleDocument(
            "R1",
            "En regel",
            PolicyDocuments.mediaRule(
                    "R1", List.of("ANY_EMPLOYEE"), new HopDocument("TARGET", "ANSWER"))
                .when(),
            "ROUTE",
            List.of(new HopDocument("TARGET", "ANSWER")),
            "LOW",
            new SourceDocument("I kontakt med media", "En mening."),
            List.of(
                new SourceDocument("I kontakt med media", "Ett villkor."),
                new SourceDocument(null, "Ett villkor utan avsnitt.")));
    assertThat(PolicyDocuments.problems(withHalfACondition))
        .extracting(FieldProblem::field)
        .containsExactly("rules[0].conditions[1].section");
  }
}
