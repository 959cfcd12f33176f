package se.samspel.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.policy.domain.ContactKind.MEDIA_INQUIRY;
import static se.samspel.policy.domain.ExternalParty.JOURNALIST;
import static se.samspel.policy.domain.QuestionType.HOW;
import static se.samspel.policy.domain.QuestionType.WHAT;
import static se.samspel.routing.Scenario.expect;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.common.FieldProblem;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopSpec;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.format.PolicyDocument.HopDocument;
import se.samspel.policy.format.PolicyDocument.RuleDocument;
import se.samspel.policy.format.PolicyDocument.SourceDocument;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.Router;
import se.samspel.support.Fixtures;
import se.samspel.support.PolicyDocuments;

/**
 * Kungsör, <i>Kommunikation med media</i>: "Kommunikatörerna finns som expertstöd vid behov och vid
 * känsliga beslut görs på ansvarig chefs initiativ en kommunikationsplan i god tid." The officers
 * support what-answers as they support how-answers: both what-routes inform them, citing this
 * passage on the step. A politician has no department; the officers of the central administration
 * (KD's department) support them.
 */
@DisplayName(
    "KUN-MEDIA-WHAT-*: ”Kommunikatörerna finns som expertstöd vid behov” – what-answers have the"
        + " communications officers' support")
class KungsorMediaWhatAnswersHaveCommunicationsSupportTest {

  static final String PASSAGE =
      "Kommunikatörerna finns som expertstöd vid behov och vid känsliga beslut görs på ansvarig"
          + " chefs initiativ en kommunikationsplan i god tid.";

  @Test
  void a_what_question_to_a_politician_is_answered_by_them_with_the_central_officers_informed() {
    Scenario s =
        expect("KUN-MEDIA-WHAT-POLITICIAN", "ROUTE")
            .fromExternal(JOURNALIST)
            .to("POS-KSO")
            .question(WHAT)
            .about(MEDIA_INQUIRY);
    RouteDecision.Routed routed = route(s);

    assertThat(routed.ruleApplied().id()).isEqualTo("KUN-MEDIA-WHAT-POLITICIAN");
    assertThat(routed.hops().stream().map(this::describe))
        .containsExactly(
            "POS-KSO:ANSWER", "POS-KOMMUNIKATOR-1:INFORM", "POS-KOMMUNIKATOR-2:INFORM");
    // The demo's officers work in the communications unit of Kommunledningsförvaltningen.
    assertThat(
            routed.hops().stream()
                .skip(1)
                .map(h -> Fixtures.demo().departmentOf(h.position()).orElseThrow().id().value()))
        .containsOnly("U-KLF");
    assertThat(officersStep(routed.ruleApplied()).source())
        .contains(new Citation("Kommunikation med media", PASSAGE));
  }

  @Test
  void a_what_question_to_the_administration_is_answered_by_the_chair_with_the_officers_informed() {
    Scenario s =
        expect("KUN-MEDIA-WHAT-ADMINISTRATION", "ROUTE")
            .fromExternal(JOURNALIST)
            .to("POS-LARARE-1")
            .question(WHAT)
            .about(MEDIA_INQUIRY);
    RouteDecision.Routed routed = route(s);

    assertThat(routed.ruleApplied().id()).isEqualTo("KUN-MEDIA-WHAT-ADMINISTRATION");
    assertThat(routed.hops().stream().map(this::describe))
        .containsExactly(
            "POS-BUN-ORF:ANSWER", "POS-KOMMUNIKATOR-1:INFORM", "POS-KOMMUNIKATOR-2:INFORM");
    assertThat(officersStep(routed.ruleApplied()).source())
        .contains(new Citation("Kommunikation med media", PASSAGE));
  }

  @Test
  void the_how_route_cites_the_same_passage_for_the_officers() {
    Scenario s =
        expect("KUN-MEDIA-HOW", "ROUTE")
            .fromExternal(JOURNALIST)
            .to("POS-LARARE-1")
            .question(HOW)
            .about(MEDIA_INQUIRY);
    assertThat(officersStep(route(s).ruleApplied()).source())
        .contains(new Citation("Kommunikation med media", PASSAGE));
  }

  @Test
  void the_officers_of_a_political_target_are_accepted_but_not_of_an_external_one() {
    HopDocument officers =
        new HopDocument(
            "COMMUNICATIONS_OFFICER_OF_TARGET",
            "INFORM",
            new SourceDocument("Kommunikation med media", PASSAGE));
    RuleDocument toPoliticians =
        PolicyDocuments.mediaRule(
            "R1", List.of("ANY_POLITICIAN"), new HopDocument("TARGET", "ANSWER"), officers);
    assertThat(PolicyDocuments.problems(toPoliticians)).isEmpty();

    RuleDocument toCitizens =
        PolicyDocuments.mediaRule(
            "R1", List.of("CITIZEN"), new HopDocument("KSO", "ANSWER"), officers);
    assertThat(PolicyDocuments.problems(toCitizens))
        .extracting(FieldProblem::field)
        .containsExactly("rules[0].route[1].position");
  }

  @Test
  void a_steps_own_passage_must_be_complete() {
    RuleDocument rule =
        PolicyDocuments.mediaRule(
            "R1",
            List.of("ANY_POLITICIAN"),
            new HopDocument("TARGET", "ANSWER"),
            new HopDocument(
                "COMMUNICATIONS_OFFICER_OF_TARGET",
                "INFORM",
                new SourceDocument("Kommunikation med media", " ")));
    assertThat(PolicyDocuments.problems(rule))
        .extracting(FieldProblem::field)
        .containsExactly("rules[0].route[1].source.quote");
  }

  private static HopSpec officersStep(Rule rule) {
    return rule.route().stream()
        .filter(h -> h.position() == HopTemplate.COMMUNICATIONS_OFFICER_OF_TARGET)
        .filter(h -> h.action() == HopAction.INFORM)
        .findFirst()
        .orElseThrow();
  }

  private static RouteDecision.Routed route(Scenario s) {
    RouteDecision decision =
        Router.route(Fixtures.kungsor(), Fixtures.demo(), s.query(), Fixtures.DAY);
    assertThat(decision).isInstanceOf(RouteDecision.Routed.class);
    return (RouteDecision.Routed) decision;
  }

  private String describe(Hop hop) {
    return hop.position().value() + ":" + hop.action();
  }
}
