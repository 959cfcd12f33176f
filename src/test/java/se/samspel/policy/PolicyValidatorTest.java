package se.samspel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.common.FieldProblem;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.ReviewSpec;
import se.samspel.policy.format.PolicyDocument;
import se.samspel.policy.format.PolicyDocument.HopDocument;
import se.samspel.policy.format.PolicyDocument.RuleDocument;
import se.samspel.policy.format.PolicyDocument.SourceDocument;
import se.samspel.policy.format.PolicyDocument.WhenDocument;
import se.samspel.policy.format.PolicyJson;
import se.samspel.policy.format.PolicyValidator;
import se.samspel.support.Fixtures;

class PolicyValidatorTest {

  @Test
  void the_shipped_policies_are_valid() throws Exception {
    for (String name :
        List.of(
            "policies/kungsor-2023.json",
            "policies/alingsas-2022.json",
            "policies/statutory.json")) {
      PolicyValidator.Result result =
          PolicyValidator.validate(PolicyJson.read(Fixtures.resource(name)));
      assertThat(result).as(name).isInstanceOf(PolicyValidator.Result.Valid.class);
    }
  }

  @Test
  void an_unknown_selector_names_its_path_and_the_allowed_values() {
    List<FieldProblem> problems =
        problems(
            rule(
                "R1",
                when(List.of("ANY_POLITICAN"), List.of("STAFF_MEMBER"), "DIALOGUE"),
                "FREE",
                null));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("rules[0].when.requester[0]");
              assertThat(p.reason())
                  .contains("unknown selector 'ANY_POLITICAN'")
                  .contains("ANY_POLITICIAN");
            });
  }

  @Test
  void unknown_kinds_actions_and_positions_are_reported() {
    RuleDocument bad =
        new RuleDocument(
            "R1",
            "t",
            when(List.of("ANY_POLITICIAN"), List.of("ANY_EMPLOYEE"), "PHONE_CALL"),
            "ROUTE",
            List.of(new HopDocument("THE_BOSS", "WAVE")),
            "MEDIUM",
            new SourceDocument("Förtroendevalda", "En mening."));
    assertThat(problems(bad).stream().map(FieldProblem::field))
        .contains(
            "rules[0].when.kind[0]", "rules[0].route[0].position", "rules[0].route[0].action");
  }

  @Test
  void a_rule_without_a_citation_is_rejected() {
    RuleDocument noSource =
        new RuleDocument(
            "R1",
            "t",
            when(List.of("CITIZEN"), List.of("ANY_EMPLOYEE"), "CITIZEN_CONTACT"),
            "FREE",
            null,
            "LOW",
            null);
    RuleDocument emptyQuote =
        new RuleDocument(
            "R2",
            "t",
            when(List.of("CITIZEN"), List.of("ANY_POLITICIAN"), "CITIZEN_CONTACT"),
            "FREE",
            null,
            "LOW",
            new SourceDocument("Medborgare", " "));
    List<FieldProblem> problems = problems(noSource, emptyQuote);
    assertThat(problems)
        .extracting(FieldProblem::field)
        .contains("rules[0].source", "rules[1].source.quote");
  }

  @Test
  void two_rules_for_the_same_contacts_with_different_outcomes_contradict() {
    WhenDocument same = when(List.of("ANY_POLITICIAN"), List.of("ANY_EMPLOYEE"), "DIALOGUE");
    List<FieldProblem> problems =
        problems(rule("FIRST", same, "FREE", null), rule("SECOND", same, "NOT_PERMITTED", null));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("rules[1].when");
              assertThat(p.reason()).startsWith("contradicts rule 'FIRST'");
            });
  }

  @Test
  void a_rule_that_an_earlier_wider_rule_always_matches_first_is_unreachable() {
    List<FieldProblem> problems =
        problems(
            rule(
                "WIDE",
                when(List.of("ANY_POLITICIAN"), List.of("ANY_EMPLOYEE"), "DIALOGUE"),
                "FREE",
                null),
            rule(
                "NARROW",
                new WhenDocument(
                    List.of("ELECTED_MEMBER"),
                    List.of("STAFF_MEMBER"),
                    null,
                    List.of("DIALOGUE"),
                    List.of("OFF_DUTY"),
                    null,
                    Map.of("PURPOSE_STATED", true)),
                "NOT_PERMITTED",
                null));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("rules[1].when");
              assertThat(p.reason()).startsWith("unreachable").contains("'WIDE'");
            });
  }

  @Test
  void a_narrow_rule_before_a_wide_one_is_fine() {
    assertThat(
            problems(
                rule(
                    "NARROW",
                    new WhenDocument(
                        List.of("ELECTED_MEMBER"),
                        List.of("STAFF_MEMBER"),
                        null,
                        List.of("DIALOGUE"),
                        List.of("OFF_DUTY"),
                        null,
                        null),
                    "FREE",
                    null),
                rule(
                    "WIDE",
                    when(List.of("ANY_POLITICIAN"), List.of("ANY_EMPLOYEE"), "DIALOGUE"),
                    "NOT_PERMITTED",
                    null)))
        .isEmpty();
  }

  @Test
  void routes_must_fit_the_outcome() {
    WhenDocument w = when(List.of("ANY_POLITICIAN"), List.of("ANY_EMPLOYEE"), "DIALOGUE");
    List<FieldProblem> routeWithoutHops = problems(rule("R", w, "ROUTE", List.of()));
    assertThat(routeWithoutHops).extracting(FieldProblem::field).contains("rules[0].route");
    List<FieldProblem> freeWithHops =
        problems(rule("R", w, "FREE", List.of(new HopDocument("KD", "HANDLE"))));
    assertThat(freeWithHops)
        .anySatisfy(p -> assertThat(p.reason()).contains("only a ROUTE rule has a route"));
    List<FieldProblem> onlyInform =
        problems(rule("R", w, "ROUTE", List.of(new HopDocument("KD", "INFORM"))));
    assertThat(onlyInform)
        .anySatisfy(p -> assertThat(p.reason()).contains("at least one hop that acts"));
  }

  @Test
  void a_hop_that_needs_an_employee_requester_cannot_serve_politicians() {
    List<FieldProblem> problems =
        problems(
            rule(
                "R",
                when(List.of("ANY_POLITICIAN"), List.of("ANY_EMPLOYEE"), "STAFF_PROBLEM"),
                "ROUTE",
                List.of(new HopDocument("NEAREST_MANAGER_OF_REQUESTER", "HANDLE"))));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("rules[0].route[0].position");
              assertThat(p.reason()).contains("needs an employee requester").contains("KSO");
            });
  }

  @Test
  void provenance_deadlines_and_ids_are_checked_and_every_problem_is_reported_at_once() {
    PolicyDocument doc =
        new PolicyDocument(
            "Not A Key",
            new PolicyDocument.ProvenanceDocument(
                "",
                "t",
                "Riktlinje",
                "KF",
                "13 mars 2023",
                null,
                "KS 1",
                "2023-03-13",
                "2020-01-01",
                null,
                null,
                null,
                "x.txt",
                null,
                null),
            Map.of("DIALOGUE", "soon", "TEA_BREAK", "2 hours"),
            List.of(
                rule(
                    "SAME",
                    when(List.of("CITIZEN"), List.of("ANY_EMPLOYEE"), "CITIZEN_CONTACT"),
                    "FREE",
                    null),
                rule(
                    "SAME",
                    when(List.of("CITIZEN"), List.of("ANY_POLITICIAN"), "CITIZEN_CONTACT"),
                    "FREE",
                    null)));
    List<FieldProblem> problems = invalid(doc);
    assertThat(problems)
        .extracting(FieldProblem::field)
        .contains(
            "key",
            "provenance.municipality",
            "provenance.decisionDate",
            "provenance.validTo",
            "deadlines.DIALOGUE",
            "deadlines.TEA_BREAK",
            "rules[1].id");
  }

  @Test
  void a_review_section_needs_its_section_quote_and_known_owners() {
    PolicyDocument doc =
        withReview(
            new PolicyDocument.ReviewDocument(
                List.of("KD", "MAYOR", "KD"), " ", null, List.of("Fungerar det?", "")));
    assertThat(invalid(doc))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "review.owners[1]",
            "review.owners[2]",
            "review.section",
            "review.quote",
            "review.evaluationQuestions[1]");
    assertThat(invalid(withReview(new PolicyDocument.ReviewDocument(null, "S", "Q", null))))
        .extracting(FieldProblem::field)
        .containsExactly("review.owners");
  }

  @Test
  void a_valid_review_section_is_carried_on_the_policy_and_may_be_left_out() {
    PolicyDocument doc =
        withReview(
            new PolicyDocument.ReviewDocument(
                List.of("kso", "KD"), "Uppföljning", "En mening.", List.of("Fungerar det?")));
    PolicyValidator.Result result = PolicyValidator.validate(doc);
    assertThat(result).isInstanceOf(PolicyValidator.Result.Valid.class);
    ReviewSpec review = ((PolicyValidator.Result.Valid) result).policy().review().orElseThrow();
    assertThat(review.owners()).containsExactly(ReviewSpec.Owner.KSO, ReviewSpec.Owner.KD);
    assertThat(review.citation().section()).isEqualTo("Uppföljning");
    assertThat(review.evaluationQuestions()).containsExactly("Fungerar det?");

    PolicyValidator.Result none = PolicyValidator.validate(withReview(null));
    assertThat(((PolicyValidator.Result.Valid) none).policy().review()).isEmpty();
    assertThat(PolicyJson.write(withReview(null))).doesNotContain("review");
  }

  @Test
  void the_shipped_guidelines_state_their_escalation_with_a_citation() {
    for (var policy : List.of(Fixtures.kungsor(), Fixtures.alingsas())) {
      EscalationPolicy escalation = policy.escalation().orElseThrow();
      assertThat(escalation.source()).as(policy.key()).isPresent();
      assertThat(escalation.stepFor(PositionKind.STAFF_MEMBER).orElseThrow().to())
          .isEqualTo(EscalationPolicy.Target.NEAREST_MANAGER);
      assertThat(escalation.stepFor(PositionKind.COMMITTEE_CHAIR).orElseThrow().to())
          .isEqualTo(EscalationPolicy.Target.KSO);
      assertThat(escalation.stepFor(PositionKind.KSO).orElseThrow().to())
          .isEqualTo(EscalationPolicy.Target.TOP);
      assertThat(escalation.vacant()).isEqualTo(EscalationPolicy.VacantPost.PASS_OVER);
    }
  }

  @Test
  void an_escalation_section_may_be_left_out_and_then_leaves_the_canonical_text_as_it_was() {
    PolicyValidator.Result none = PolicyValidator.validate(withEscalation(null));
    assertThat(((PolicyValidator.Result.Valid) none).policy().escalation()).isEmpty();
    assertThat(((PolicyValidator.Result.Valid) none).policy().escalationOrReportingLines())
        .isEqualTo(EscalationPolicy.REPORTING_LINES);
    // Documents stored before the format had the section keep their content hash.
    assertThat(PolicyJson.write(withEscalation(null))).doesNotContain("escalation");
  }

  @Test
  void an_escalation_section_reports_every_problem_with_its_path() {
    PolicyDocument doc =
        withEscalation(
            new PolicyDocument.EscalationDocument(
                List.of(
                    step(List.of("ANY_EMPLOYE", "JOURNALIST"), "NEAREST_MANAGER"),
                    step(List.of("COMMITTEE_CHAIR"), "NEAREST_MANAGER"),
                    step(List.of("STAFF_MEMBER"), "THE_BOSS"),
                    step(List.of("COMMITTEE_CHAIR"), "KSO")),
                "DEPARTMENT_HEAD",
                "IGNORE",
                null));
    List<FieldProblem> problems = invalid(doc);
    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "escalation.ladder[0].from[0]",
            "escalation.ladder[0].from[1]",
            "escalation.ladder[1].to",
            "escalation.ladder[2].to",
            "escalation.ladder[3].from",
            "escalation.ladder",
            "escalation.retired",
            "escalation.vacant",
            "escalation.source");
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("escalation.ladder[1].to");
              assertThat(p.reason()).contains("political").contains("COMMITTEE_CHAIR");
            })
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("escalation.ladder[3].from");
              assertThat(p.reason()).contains("unreachable");
            })
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("escalation.ladder");
              assertThat(p.reason()).contains("KSO").contains("MUNICIPAL_DIRECTOR");
            });
  }

  @Test
  void a_ladder_that_climbs_in_a_circle_never_reaches_the_top_and_is_rejected() {
    PolicyDocument kdAboveKso =
        withEscalation(
            section(
                step(List.of("ANY_EMPLOYEE"), "NEAREST_MANAGER"),
                step(List.of("KSO"), "KD"),
                step(List.of("ANY_POLITICIAN"), "KSO")));
    // No circle: from KD the employees' step goes to KD's nearest manager, and KD has none.
    assertThat(PolicyValidator.validate(kdAboveKso))
        .isInstanceOf(PolicyValidator.Result.Valid.class);

    PolicyDocument back =
        withEscalation(
            section(
                step(List.of("MUNICIPAL_DIRECTOR"), "KSO"),
                step(List.of("ANY_EMPLOYEE"), "NEAREST_MANAGER"),
                step(List.of("KSO"), "KD"),
                step(List.of("ANY_POLITICIAN"), "KSO")));
    assertThat(invalid(back))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isIn("escalation.ladder[0].to", "escalation.ladder[2].to");
              assertThat(p.reason()).contains("circle").contains("KSO → MUNICIPAL_DIRECTOR");
            });

    PolicyDocument self =
        withEscalation(
            section(
                step(List.of("DEPARTMENT_HEAD"), "DEPARTMENT_HEAD"),
                step(List.of("ANY_EMPLOYEE"), "NEAREST_MANAGER"),
                step(List.of("ANY_POLITICIAN"), "TOP")));
    assertThat(invalid(self))
        .extracting(FieldProblem::field)
        .containsExactly("escalation.ladder[0].to");
  }

  @Test
  void a_valid_escalation_section_is_carried_on_the_policy_with_its_citations() {
    PolicyDocument doc =
        withEscalation(
            new PolicyDocument.EscalationDocument(
                List.of(
                    new PolicyDocument.StepDocument(
                        List.of("manager"),
                        "department_head",
                        new SourceDocument("Ledare", "Chefen lyfter frågan.")),
                    step(List.of("ANY_EMPLOYEE"), "NEAREST_MANAGER"),
                    step(List.of("ANY_POLITICIAN"), "TOP")),
                "TOP",
                "WAIT_ON_POST",
                new SourceDocument("Eskalering", "En mening.")));
    PolicyValidator.Result result = PolicyValidator.validate(doc);
    assertThat(result).isInstanceOf(PolicyValidator.Result.Valid.class);
    EscalationPolicy escalation =
        ((PolicyValidator.Result.Valid) result).policy().escalation().orElseThrow();
    assertThat(escalation.ladder()).hasSize(3);
    assertThat(escalation.stepFor(PositionKind.MANAGER).orElseThrow().to())
        .isEqualTo(EscalationPolicy.Target.DEPARTMENT_HEAD);
    assertThat(escalation.stepFor(PositionKind.MANAGER).orElseThrow().source())
        .hasValueSatisfying(c -> assertThat(c.section()).isEqualTo("Ledare"));
    assertThat(escalation.stepFor(PositionKind.DEPARTMENT_HEAD).orElseThrow().to())
        .isEqualTo(EscalationPolicy.Target.NEAREST_MANAGER);
    assertThat(escalation.retired()).isEqualTo(EscalationPolicy.Target.TOP);
    assertThat(escalation.vacant()).isEqualTo(EscalationPolicy.VacantPost.WAIT_ON_POST);
    assertThat(escalation.source()).hasValue(new Citation("Eskalering", "En mening."));
  }

  private static PolicyDocument.StepDocument step(List<String> from, String to) {
    return new PolicyDocument.StepDocument(from, to, null);
  }

  private static PolicyDocument.EscalationDocument section(PolicyDocument.StepDocument... steps) {
    return new PolicyDocument.EscalationDocument(
        List.of(steps), "KD", "PASS_OVER", new SourceDocument("Medarbetare", "En mening."));
  }

  private static PolicyDocument withEscalation(PolicyDocument.EscalationDocument escalation) {
    PolicyDocument base = withReview(null);
    return new PolicyDocument(
        base.key(), base.provenance(), base.deadlines(), base.rules(), null, escalation);
  }

  private static PolicyDocument withReview(PolicyDocument.ReviewDocument review) {
    return new PolicyDocument(
        "test",
        new PolicyDocument.ProvenanceDocument(
            "Testby kommun",
            "Riktlinje",
            "Riktlinje",
            "Kommunfullmäktige",
            "2023-01-01",
            null,
            "KS 2023/1",
            "2023-01-01",
            null,
            null,
            null,
            null,
            "test.txt",
            null,
            null),
        Map.of(),
        List.of(
            rule(
                "FREE-CITIZENS",
                when(List.of("CITIZEN"), List.of("ANY_EMPLOYEE"), "CITIZEN_CONTACT"),
                "FREE",
                null)),
        review);
  }

  private static WhenDocument when(List<String> requester, List<String> target, String kind) {
    return new WhenDocument(requester, target, null, List.of(kind), null, null, null);
  }

  private static RuleDocument rule(
      String id, WhenDocument when, String outcome, List<HopDocument> route) {
    return new RuleDocument(
        id,
        "A rule",
        when,
        outcome,
        route,
        "MEDIUM",
        new SourceDocument("Förtroendevalda", "En mening."));
  }

  private static List<FieldProblem> problems(RuleDocument... rules) {
    PolicyDocument doc =
        new PolicyDocument(
            "test",
            new PolicyDocument.ProvenanceDocument(
                "Testby kommun",
                "Riktlinje",
                "Riktlinje",
                "Kommunfullmäktige",
                "2023-01-01",
                null,
                "KS 2023/1",
                "2023-01-01",
                null,
                null,
                null,
                null,
                "test.txt",
                null,
                null),
            Map.of(),
            new ArrayList<>(List.of(rules)));
    PolicyValidator.Result result = PolicyValidator.validate(doc);
    return result instanceof PolicyValidator.Result.Invalid invalid
        ? invalid.problems()
        : List.of();
  }

  private static List<FieldProblem> invalid(PolicyDocument doc) {
    PolicyValidator.Result result = PolicyValidator.validate(doc);
    assertThat(result).isInstanceOf(PolicyValidator.Result.Invalid.class);
    return ((PolicyValidator.Result.Invalid) result).problems();
  }
}
