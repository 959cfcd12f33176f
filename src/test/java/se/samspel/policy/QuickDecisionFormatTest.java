package se.samspel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.common.FieldProblem;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ContactSituation;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.QuickDecision;
import se.samspel.policy.domain.Relation;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.format.PolicyDocument;
import se.samspel.policy.format.PolicyDocument.HopDocument;
import se.samspel.policy.format.PolicyDocument.QuickDecisionDocument;
import se.samspel.policy.format.PolicyDocument.RuleDocument;
import se.samspel.policy.format.PolicyDocument.SourceDocument;
import se.samspel.policy.format.PolicyDocument.WhenDocument;
import se.samspel.policy.format.PolicyJson;
import se.samspel.policy.format.PolicyValidator;
import se.samspel.support.Fixtures;

/**
 * The policy format's {@code quickDecision} clause, from Kungsör, <i>Allas ansvar tillsammans är
 * att</i>: "Respektera våra olika uppdrag och hierarkin men ha förståelse för att det kan uppkomma
 * akuta situationer som kräver snabba beslut. Då ska berörd ansvarig informeras utan dröjsmål."
 */
class QuickDecisionFormatTest {

  static final SourceDocument ALLAS_ANSVAR =
      new SourceDocument(
          "Allas ansvar tillsammans är att",
          "Respektera våra olika uppdrag och hierarkin men ha förståelse för att det kan uppkomma"
              + " akuta situationer som kräver snabba beslut. Då ska berörd ansvarig informeras"
              + " utan dröjsmål.");

  @Test
  void
      both_kungsor_acute_rules_inform_the_nearest_manager_above_a_quick_decision_citing_allas_ansvar() {
    Policy kungsor = Fixtures.kungsor();
    for (String id : List.of("KUN-ACUTE", "KUN-ACUTE-STRATEGIC")) {
      QuickDecision clause = kungsor.rule(id).orElseThrow().quickDecision().orElseThrow();
      assertThat(clause.informs()).as(id).isEqualTo(EscalationPolicy.Target.NEAREST_MANAGER);
      assertThat(clause.source().section()).isEqualTo("Allas ansvar tillsammans är att");
      assertThat(clause.source().quote())
          .endsWith("Då ska berörd ansvarig informeras utan dröjsmål.");
    }
    // Every other Kungsör rule allows none: a quick decision is the acute matters' alone.
    assertThat(kungsor.rules())
        .filteredOn(r -> r.quickDecision().isPresent())
        .extracting(Rule::id)
        .containsExactlyInAnyOrder("KUN-ACUTE", "KUN-ACUTE-STRATEGIC");
  }

  @Test
  void alingsas_has_no_acute_passage_so_no_acute_rule_and_no_quick_decision() {
    Policy alingsas = Fixtures.alingsas();
    assertThat(alingsas.rules()).noneMatch(r -> r.quickDecision().isPresent());
    assertThat(alingsas.rules())
        .noneMatch(r -> r.when().kinds().contains(ContactKind.ACUTE_MATTER));
    // A staff member's acute matter for their own manager: Alingsås has no rule for it.
    ContactSituation acute =
        new ContactSituation(
            PartyType.STAFF_MEMBER,
            Optional.of(PartyType.MANAGER),
            Set.of(Relation.OWN_NEAREST_MANAGER, Relation.SAME_DEPARTMENT),
            ContactKind.ACUTE_MATTER,
            ContactContext.ON_DUTY,
            Optional.empty(),
            Set.of());
    assertThat(alingsas.ruleFor(acute)).isEmpty();
    assertThat(Fixtures.kungsor().ruleFor(acute)).map(Rule::id).hasValue("KUN-ACUTE");
  }

  @Test
  void
      the_kungsor_acute_rule_waits_on_the_nearest_manager_alone_and_informs_no_one_at_submission() {
    // "Kommunikationen ska i akuta frågor i största möjliga mån följa den ordinarie vägen, det vill
    // säga kontakt sker i en kedja till närmaste chef."
    Rule acute = Fixtures.kungsor().rule("KUN-ACUTE").orElseThrow();
    assertThat(acute.route())
        .extracting(h -> h.position().name() + ":" + h.action().name())
        .containsExactly("NEAREST_MANAGER_OF_REQUESTER:HANDLE");
    assertThat(acute.source().quote())
        .contains(
            "Medarbetare kontaktar enhetschef som kontaktar förvaltningschef som kontaktar"
                + " kommundirektör");
    // "Detta skall ske i dialog med politiken genom KSO/ordföranden vid strategiska frågor."
    Rule strategic = Fixtures.kungsor().rule("KUN-ACUTE-STRATEGIC").orElseThrow();
    assertThat(strategic.route())
        .extracting(h -> h.position().name() + ":" + h.action().name())
        .containsExactly(
            "NEAREST_MANAGER_OF_REQUESTER:HANDLE",
            "RESPONSIBLE_CHAIR_OF_REQUESTER:INFORM",
            "KSO:INFORM");
  }

  @Test
  void a_valid_clause_is_read_and_a_rule_without_one_has_none() {
    Policy policy =
        valid(
            acute(
                "ACUTE",
                "ROUTE",
                handle(),
                new QuickDecisionDocument("department_head", ALLAS_ANSVAR)),
            free("FREE", "CITIZEN_CONTACT", null));
    assertThat(policy.rule("ACUTE").orElseThrow().quickDecision())
        .hasValueSatisfying(
            q -> assertThat(q.informs()).isEqualTo(EscalationPolicy.Target.DEPARTMENT_HEAD));
    assertThat(policy.rule("FREE").orElseThrow().quickDecision()).isEmpty();
  }

  @Test
  void an_unknown_target_is_refused_with_its_path_and_the_allowed_ones() {
    List<FieldProblem> problems =
        problems(acute("A", "ROUTE", handle(), new QuickDecisionDocument("BOSS", ALLAS_ANSVAR)));
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("rules[0].quickDecision.informs");
              assertThat(p.reason()).contains("'BOSS'").contains("NEAREST_MANAGER");
            });
  }

  @Test
  void top_names_no_one_to_inform() {
    assertThat(
            problems(acute("A", "ROUTE", handle(), new QuickDecisionDocument("TOP", ALLAS_ANSVAR))))
        .extracting(FieldProblem::field)
        .containsExactly("rules[0].quickDecision.informs");
  }

  @Test
  void a_clause_without_its_passage_is_refused() {
    assertThat(
            problems(
                acute("A", "ROUTE", handle(), new QuickDecisionDocument("NEAREST_MANAGER", null)),
                free("B", "CITIZEN_CONTACT", null),
                acute(
                    "C",
                    "ROUTE",
                    handle(),
                    new QuickDecisionDocument(
                        "KD", new SourceDocument("Allas ansvar tillsammans är att", " ")),
                    "DECISION_OR_EXECUTION_UNCLEAR")))
        .extracting(FieldProblem::field)
        .containsExactly("rules[0].quickDecision.source", "rules[2].quickDecision.source.quote");
  }

  @Test
  void only_a_route_with_a_step_to_handle_can_be_settled_by_a_quick_decision() {
    List<FieldProblem> problems =
        problems(
            free("FREE", "CITIZEN_CONTACT", new QuickDecisionDocument("KD", ALLAS_ANSVAR)),
            acute(
                "APPROVAL",
                "ROUTE",
                List.of(new HopDocument("NEAREST_MANAGER_OF_REQUESTER", "APPROVE")),
                new QuickDecisionDocument("KD", ALLAS_ANSVAR)));
    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactly("rules[0].quickDecision", "rules[1].quickDecision");
    assertThat(problems.get(0).reason()).contains("only a ROUTE rule").contains("FREE");
    assertThat(problems.get(1).reason()).contains("no HANDLE step");
  }

  @Test
  void a_rule_without_a_clause_keeps_its_canonical_text_so_stored_versions_keep_their_hash() {
    RuleDocument without = free("FREE", "CITIZEN_CONTACT", null);
    assertThat(PolicyJson.write(document(List.of(without)))).doesNotContain("quickDecision");
    RuleDocument with =
        acute("A", "ROUTE", handle(), new QuickDecisionDocument("NEAREST_MANAGER", ALLAS_ANSVAR));
    assertThat(PolicyJson.write(document(List.of(with))))
        .contains("\"quickDecision\":{\"informs\":\"NEAREST_MANAGER\"");
  }

  @Test
  void the_clause_is_read_from_json_and_an_unknown_field_in_it_is_refused() throws Exception {
    String json =
        PolicyJson.write(
            document(
                List.of(
                    acute(
                        "A",
                        "ROUTE",
                        handle(),
                        new QuickDecisionDocument("NEAREST_MANAGER", ALLAS_ANSVAR)))));
    assertThat(PolicyJson.read(json).rules().get(0).quickDecision().informs())
        .isEqualTo("NEAREST_MANAGER");
    String unknown = json.replace("\"informs\":", "\"tells\":\"KD\",\"informs\":");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicyJson.read(unknown))
        .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }

  // ---- documents ----

  private static List<HopDocument> handle() {
    return List.of(new HopDocument("NEAREST_MANAGER_OF_REQUESTER", "HANDLE"));
  }

  private static RuleDocument acute(
      String id, String outcome, List<HopDocument> route, QuickDecisionDocument clause) {
    return acute(id, outcome, route, clause, "ACUTE_MATTER");
  }

  private static RuleDocument acute(
      String id,
      String outcome,
      List<HopDocument> route,
      QuickDecisionDocument clause,
      String kind) {
    return new RuleDocument(
        id,
        "Akut fråga",
        new WhenDocument(
            List.of("ANY_EMPLOYEE"), List.of("ANYONE"), null, List.of(kind), null, null, null),
        outcome,
        route,
        "HIGH",
        new SourceDocument("Kommunikation i akuta frågor", "En mening."),
        clause);
  }

  private static RuleDocument free(String id, String kind, QuickDecisionDocument clause) {
    return new RuleDocument(
        id,
        "Fritt",
        new WhenDocument(
            List.of("CITIZEN"), List.of("ANY_EMPLOYEE"), null, List.of(kind), null, null, null),
        "FREE",
        null,
        "LOW",
        new SourceDocument("Medborgare", "En mening."),
        clause);
  }

  private static PolicyDocument document(List<RuleDocument> rules) {
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
        new ArrayList<>(rules));
  }

  private static Policy valid(RuleDocument... rules) {
    PolicyValidator.Result result = PolicyValidator.validate(document(List.of(rules)));
    assertThat(result).isInstanceOf(PolicyValidator.Result.Valid.class);
    return ((PolicyValidator.Result.Valid) result).policy();
  }

  private static List<FieldProblem> problems(RuleDocument... rules) {
    PolicyValidator.Result result = PolicyValidator.validate(document(List.of(rules)));
    return result instanceof PolicyValidator.Result.Invalid invalid
        ? invalid.problems()
        : List.of();
  }
}
