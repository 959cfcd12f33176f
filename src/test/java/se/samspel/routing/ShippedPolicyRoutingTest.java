package se.samspel.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.policy.domain.ContactFlag.CONCERNS_NEAREST_MANAGER;
import static se.samspel.policy.domain.ContactFlag.PROMISE_OF_ACTION;
import static se.samspel.policy.domain.ContactFlag.PURPOSE_STATED;
import static se.samspel.policy.domain.ContactFlag.STRATEGIC;
import static se.samspel.policy.domain.ContactKind.ACUTE_MATTER;
import static se.samspel.policy.domain.ContactKind.CHANGE_DELEGATED_DECISION;
import static se.samspel.policy.domain.ContactKind.CITIZEN_CONTACT;
import static se.samspel.policy.domain.ContactKind.DECIDED_MATTER_NEW_INFORMATION;
import static se.samspel.policy.domain.ContactKind.DECISION_OR_EXECUTION_UNCLEAR;
import static se.samspel.policy.domain.ContactKind.DIALOGUE;
import static se.samspel.policy.domain.ContactKind.FACTUAL_QUESTION;
import static se.samspel.policy.domain.ContactKind.GREY_ZONE_QUESTION;
import static se.samspel.policy.domain.ContactKind.INFORMATION_TO_POLITICIANS;
import static se.samspel.policy.domain.ContactKind.MEDIA_INQUIRY;
import static se.samspel.policy.domain.ContactKind.PARTY_GROUP_INFORMATION;
import static se.samspel.policy.domain.ContactKind.SITE_VISIT_COORDINATED;
import static se.samspel.policy.domain.ContactKind.SITE_VISIT_SPONTANEOUS;
import static se.samspel.policy.domain.ContactKind.STAFF_PROBLEM;
import static se.samspel.policy.domain.ContactKind.STEER_INDIVIDUAL_CASE;
import static se.samspel.policy.domain.ContactKind.SUSPECTED_WRONGDOING;
import static se.samspel.policy.domain.ExternalParty.CITIZEN;
import static se.samspel.policy.domain.ExternalParty.JOURNALIST;
import static se.samspel.policy.domain.QuestionType.HOW;
import static se.samspel.policy.domain.QuestionType.PROPOSAL;
import static se.samspel.policy.domain.QuestionType.UNCLEAR;
import static se.samspel.policy.domain.QuestionType.WHAT;
import static se.samspel.routing.Scenario.expect;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.Rule;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.Router;
import se.samspel.support.Fixtures;

/**
 * One scenario per rule of each shipped policy, in the demo organisation: the rule that decides,
 * the route (position and action per hop, so the approver too) and the cited quote.
 */
class ShippedPolicyRoutingTest {

  static final String POLITICIAN = "POS-BUN-LED-POL";
  static final String TEACHER = "POS-LARARE-1";
  static final String PRINCIPAL = "POS-REKTOR-1";
  static final String EDUCATION_HEAD = "POS-FC-BUF";
  static final String AREA_HEAD = "POS-BUF-GR-CH";
  static final String CARE_WORKER = "POS-USK-1";

  static Stream<Scenario> kungsor() {
    return Stream.of(
        expect("KUN-STEER-INDIVIDUAL-CASE", "NOT_PERMITTED")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(STEER_INDIVIDUAL_CASE),
        expect("KUN-DELEGATED-DECISION", "NOT_PERMITTED")
            .from("POS-BUN-ORF")
            .to(EDUCATION_HEAD)
            .about(CHANGE_DELEGATED_DECISION),
        expect("KUN-WHISTLEBLOWING", "ROUTE", "POS-VISSELBLASARE:HANDLE")
            .from(CARE_WORKER)
            .to("POS-SOF-AO-EC-1")
            .about(SUSPECTED_WRONGDOING),
        expect("KUN-CITIZEN-FREE", "FREE").fromExternal(CITIZEN).to(TEACHER).about(CITIZEN_CONTACT),
        expect(
                "KUN-MEDIA-WHAT-POLITICIAN",
                "ROUTE",
                "POS-KSO:ANSWER",
                "POS-KOMMUNIKATOR-1:INFORM",
                "POS-KOMMUNIKATOR-2:INFORM")
            .fromExternal(JOURNALIST)
            .to("POS-KSO")
            .question(WHAT)
            .about(MEDIA_INQUIRY),
        expect(
                "KUN-MEDIA-WHAT-ADMINISTRATION",
                "ROUTE",
                "POS-BUN-ORF:ANSWER",
                "POS-KOMMUNIKATOR-1:INFORM",
                "POS-KOMMUNIKATOR-2:INFORM")
            .fromExternal(JOURNALIST)
            .to(TEACHER)
            .question(WHAT)
            .about(MEDIA_INQUIRY),
        expect(
                "KUN-MEDIA-HOW",
                "ROUTE",
                PRINCIPAL + ":ANSWER",
                "POS-KOMMUNIKATOR-1:INFORM",
                "POS-KOMMUNIKATOR-2:INFORM")
            .fromExternal(JOURNALIST)
            .to(TEACHER)
            .question(HOW)
            .about(MEDIA_INQUIRY),
        expect("KUN-MEDIA-UNCLEAR", "ROUTE", "POS-KSO:HANDLE", "POS-KD:HANDLE")
            .fromExternal(JOURNALIST)
            .to(TEACHER)
            .question(UNCLEAR)
            .about(MEDIA_INQUIRY),
        expect("KUN-GREY-ZONE", "ROUTE", "POS-KSO:HANDLE", "POS-KD:HANDLE")
            .from(EDUCATION_HEAD)
            .to("POS-BUN-ORF")
            .about(GREY_ZONE_QUESTION),
        expect(
                "KUN-DECIDED-MATTER-NEW-INFORMATION",
                "ROUTE",
                EDUCATION_HEAD + ":APPROVE",
                "POS-BUN-ORF:ANSWER")
            .from(PRINCIPAL)
            .to("POS-BUN-ORF")
            .about(DECIDED_MATTER_NEW_INFORMATION),
        // Issue 13: "och tvärtom" — downwards the chain in order, each manager in between passing
        // it on, before the care worker handles it. The head of elderly care is also the acting
        // department head: one person does not pass it on twice.
        expect(
                "KUN-ACUTE-DOWNWARDS",
                "ROUTE",
                "POS-FC-SOF:ARRANGE",
                "POS-SOF-AO-EC-1:ARRANGE",
                CARE_WORKER + ":HANDLE")
            .from("POS-KD")
            .to(CARE_WORKER)
            .about(ACUTE_MATTER),
        // An acute matter no longer informs every level of the chain at submission: "kontakt sker
        // i en kedja till närmaste chef", and each level above is reached only when the one below
        // cannot solve it (escalation), or informed when it took a quick decision (Allas ansvar).
        // The strategic one adds the dialogue with politics "genom KSO/ordföranden".
        expect(
                "KUN-ACUTE-STRATEGIC",
                "ROUTE",
                "POS-SOF-AO-EC-1:HANDLE",
                "POS-SN-ORF:INFORM",
                "POS-KSO:INFORM")
            .from(CARE_WORKER)
            .to("POS-SOF-AO-EC-1")
            .flag(STRATEGIC)
            .about(ACUTE_MATTER),
        expect("KUN-ACUTE", "ROUTE", "POS-SOF-AO-EC-1:HANDLE")
            .from(CARE_WORKER)
            .to("POS-SOF-AO-EC-1")
            .about(ACUTE_MATTER),
        expect("KUN-STAFF-PROBLEM-ABOUT-MANAGER", "ROUTE", "POS-BUF-GR-CH:HANDLE")
            .from(TEACHER)
            .to(PRINCIPAL)
            .flag(CONCERNS_NEAREST_MANAGER)
            .about(STAFF_PROBLEM),
        expect("KUN-STAFF-PROBLEM", "ROUTE", PRINCIPAL + ":HANDLE")
            .from(TEACHER)
            .to(PRINCIPAL)
            .about(STAFF_PROBLEM),
        expect("KUN-KD-LEADERS", "FREE").from("POS-KD").to(EDUCATION_HEAD).about(DIALOGUE),
        expect("KUN-DEPARTMENT-HEAD-UPWARDS", "FREE")
            .from(EDUCATION_HEAD)
            .to("POS-BUN-ORF")
            .about(DIALOGUE),
        // Issue 13: deeper down, through every manager in between.
        expect("KUN-LEADER-DOWNWARDS", "ROUTE", AREA_HEAD + ":ARRANGE", PRINCIPAL + ":ARRANGE")
            .from(EDUCATION_HEAD)
            .to(TEACHER)
            .about(DIALOGUE),
        expect(
                "KUN-KD-THROUGH-DEPARTMENT-HEADS",
                "ROUTE",
                "POS-FC-SOF:ARRANGE",
                "POS-SOF-AO-EC-1:ARRANGE")
            .from("POS-KD")
            .to(CARE_WORKER)
            .about(DIALOGUE),
        expect(
                "KUN-LEADER-OTHER-DEPARTMENT",
                "ROUTE",
                "POS-FC-SOF:ARRANGE",
                "POS-SOF-AO-EC-1:ARRANGE")
            .from(EDUCATION_HEAD)
            .to(CARE_WORKER)
            .about(DIALOGUE),
        expect("KUN-STAFF-UP-THE-CHAIN", "ROUTE", PRINCIPAL + ":ARRANGE", AREA_HEAD + ":ARRANGE")
            .from(TEACHER)
            .to(EDUCATION_HEAD)
            .about(DIALOGUE),
        expect(
                "KUN-MANAGER-UP-THE-CHAIN",
                "ROUTE",
                AREA_HEAD + ":ARRANGE",
                EDUCATION_HEAD + ":ARRANGE")
            .from(PRINCIPAL)
            .to("POS-KD")
            .about(DIALOGUE),
        expect("KUN-STAFF-NEAREST-MANAGER", "FREE").from(TEACHER).to(PRINCIPAL).about(DIALOGUE),
        expect("KUN-STAFF-SERVICE-USERS", "FREE").from(TEACHER).toExternal(CITIZEN).about(DIALOGUE),
        expect("KUN-POLITICIAN-OFF-DUTY-PROMISE", "NOT_PERMITTED")
            .from(POLITICIAN)
            .to(TEACHER)
            .offDuty()
            .flag(PROMISE_OF_ACTION)
            .about(DIALOGUE),
        expect("KUN-POLITICIAN-OFF-DUTY", "FREE")
            .from(POLITICIAN)
            .to(TEACHER)
            .offDuty()
            .about(DIALOGUE),
        expect("KUN-POLITICIAN-DEPARTMENT-HEAD", "FREE")
            .from(POLITICIAN)
            .to(EDUCATION_HEAD)
            .about(DIALOGUE),
        expect(
                "KUN-POLITICIAN-HOW-QUESTION",
                "ROUTE",
                EDUCATION_HEAD + ":APPROVE",
                PRINCIPAL + ":ARRANGE")
            .from(POLITICIAN)
            .to(TEACHER)
            .question(HOW)
            .about(FACTUAL_QUESTION),
        expect(
                "KUN-POLITICIAN-SITE-VISIT",
                "ROUTE",
                EDUCATION_HEAD + ":APPROVE",
                PRINCIPAL + ":ARRANGE")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(SITE_VISIT_SPONTANEOUS),
        expect(
                "KUN-POLITICIAN-DIALOGUE",
                "ROUTE",
                EDUCATION_HEAD + ":APPROVE",
                PRINCIPAL + ":ARRANGE")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(DIALOGUE),
        expect("KUN-ADMINISTRATION-TO-POLITICIANS", "ROUTE", EDUCATION_HEAD + ":APPROVE")
            .from(TEACHER)
            .to(POLITICIAN)
            .about(INFORMATION_TO_POLITICIANS));
  }

  static Stream<Scenario> alingsas() {
    return Stream.of(
        expect("ALI-STEER-INDIVIDUAL-CASE", "NOT_PERMITTED")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(STEER_INDIVIDUAL_CASE),
        expect("ALI-DELEGATED-DECISION", "NOT_PERMITTED")
            .from("POS-BUN-ORF")
            .to(EDUCATION_HEAD)
            .about(CHANGE_DELEGATED_DECISION),
        expect("ALI-MEDDELARFRIHET", "FREE")
            .from(TEACHER)
            .toExternal(JOURNALIST)
            .about(MEDIA_INQUIRY),
        expect("ALI-MEDIA-WHAT-POLITICIAN", "ROUTE", "POS-KSO:ANSWER")
            .fromExternal(JOURNALIST)
            .to("POS-KSO")
            .question(WHAT)
            .about(MEDIA_INQUIRY),
        expect("ALI-MEDIA-WHAT-ADMINISTRATION", "ROUTE", "POS-BUN-ORF:ANSWER")
            .fromExternal(JOURNALIST)
            .to(TEACHER)
            .question(WHAT)
            .about(MEDIA_INQUIRY),
        expect("ALI-MEDIA-HOW", "ROUTE", TEACHER + ":ANSWER")
            .fromExternal(JOURNALIST)
            .to(TEACHER)
            .question(HOW)
            .about(MEDIA_INQUIRY),
        expect("ALI-MEDIA-ADMINISTRATION-PROPOSAL", "ROUTE", PRINCIPAL + ":ANSWER")
            .fromExternal(JOURNALIST)
            .to(TEACHER)
            .question(PROPOSAL)
            .about(MEDIA_INQUIRY),
        expect("ALI-DECISION-OR-EXECUTION", "ROUTE", "POS-BUN-ORF:ANSWER")
            .from(PRINCIPAL)
            .to(EDUCATION_HEAD)
            .about(DECISION_OR_EXECUTION_UNCLEAR),
        expect(
                "ALI-DECIDED-MATTER-NEW-INFORMATION",
                "ROUTE",
                EDUCATION_HEAD + ":APPROVE",
                "POS-BUN-ORF:ANSWER")
            .from(PRINCIPAL)
            .to("POS-BUN-ORF")
            .about(DECIDED_MATTER_NEW_INFORMATION),
        expect("ALI-STAFF-PROBLEM", "ROUTE", PRINCIPAL + ":HANDLE")
            .from(TEACHER)
            .to(PRINCIPAL)
            .about(STAFF_PROBLEM),
        expect("ALI-POLITICIAN-PROMISE", "NOT_PERMITTED")
            .from(POLITICIAN)
            .to(TEACHER)
            .flag(PROMISE_OF_ACTION)
            .about(DIALOGUE),
        expect(
                "ALI-PARTY-GROUP-INFORMATION",
                "ROUTE",
                EDUCATION_HEAD + ":APPROVE",
                PRINCIPAL + ":ARRANGE")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(PARTY_GROUP_INFORMATION),
        expect("ALI-FACTUAL-QUESTION-WITH-PURPOSE", "FREE")
            .from(POLITICIAN)
            .to(TEACHER)
            .flag(PURPOSE_STATED)
            .about(FACTUAL_QUESTION),
        expect("ALI-STAFF-FACTUAL-QUESTION", "FREE")
            .from(TEACHER)
            .to(POLITICIAN)
            .flag(PURPOSE_STATED)
            .about(FACTUAL_QUESTION),
        expect("ALI-SITE-VISIT-SPONTANEOUS", "FREE")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(SITE_VISIT_SPONTANEOUS),
        expect(
                "ALI-SITE-VISIT-COORDINATED",
                "ROUTE",
                "POS-BUN-ORF:INFORM",
                EDUCATION_HEAD + ":APPROVE",
                PRINCIPAL + ":ARRANGE")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(SITE_VISIT_COORDINATED),
        expect(
                "ALI-INFORMATION-TO-POLITICIANS",
                "ROUTE",
                EDUCATION_HEAD + ":APPROVE",
                "POS-BUN-ORF:INFORM")
            .from(TEACHER)
            .to(POLITICIAN)
            .about(INFORMATION_TO_POLITICIANS),
        expect("ALI-POLITICIAN-MEETS-STAFF", "ROUTE", "POS-BUN-ORF:INFORM", TEACHER + ":ARRANGE")
            .from(POLITICIAN)
            .to(TEACHER)
            .about(DIALOGUE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kungsor")
  void kungsor_rule(Scenario scenario) {
    check(Fixtures.kungsor(), scenario);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alingsas")
  void alingsas_rule(Scenario scenario) {
    check(Fixtures.alingsas(), scenario);
  }

  @Test
  void every_rule_of_each_shipped_policy_has_a_scenario() {
    assertThat(kungsor().map(Scenario::rule).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(ids(Fixtures.kungsor()));
    assertThat(alingsas().map(Scenario::rule).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(ids(Fixtures.alingsas()));
  }

  private static Set<String> ids(Policy policy) {
    return policy.rules().stream().map(Rule::id).collect(Collectors.toSet());
  }

  private static void check(Policy policy, Scenario scenario) {
    RouteDecision decision = Router.route(policy, Fixtures.demo(), scenario.query(), Fixtures.DAY);
    Rule expected = policy.rule(scenario.rule()).orElseThrow();
    assertThat(decision.rule()).as("deciding rule").contains(expected);
    assertThat(decision.rule().orElseThrow().source().quote())
        .as("cited quote")
        .isEqualTo(expected.source().quote())
        .isNotBlank();
    String outcome =
        switch (decision.getClass().getSimpleName()) {
          case "Routed" -> "ROUTE";
          case "Free" -> "FREE";
          case "NotPermitted" -> "NOT_PERMITTED";
          case "Direct" -> "DIRECT";
          default -> decision.getClass().getSimpleName();
        };
    assertThat(outcome).as("outcome").isEqualTo(scenario.outcome());
    List<String> route =
        decision instanceof RouteDecision.Routed routed
            ? routed.hops().stream().map(ShippedPolicyRoutingTest::describe).toList()
            : List.of();
    assertThat(route).as("route").containsExactlyElementsOf(scenario.route());
  }

  private static String describe(Hop hop) {
    return hop.position().value() + ":" + hop.action();
  }
}
