package se.samspel.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactKind;
import se.samspel.report.domain.ContactJudge;
import se.samspel.report.domain.NoDeviationReason;
import se.samspel.report.domain.Verdict;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Router;
import se.samspel.routing.domain.Target;
import se.samspel.support.Fixtures;

/**
 * Issue 13, Kungsör <i>Ledare</i> and <i>Medarbetare</i> read sentence by sentence: who leads
 * through whom, who reaches whom directly, and that nobody approves their own request. Each test
 * quotes the passage it holds the routing to; the routes are read from the demo organisation (Barn-
 * och utbildningsförvaltningen: head → area head → principal → teacher; Socialförvaltningen under
 * an acting head).
 */
class KungsorLeadersReadCloselyTest {

  private static final String KD = "POS-KD";
  private static final String EDUCATION_HEAD = "POS-FC-BUF";
  private static final String AREA_HEAD = "POS-BUF-GR-CH";
  private static final String PRINCIPAL = "POS-REKTOR-1";
  private static final String TEACHER = "POS-LARARE-1";
  private static final String SOCIAL_HEAD = "POS-FC-SOF";
  private static final String ELDERCARE_HEAD = "POS-SOF-AO-CH";
  private static final String UNIT_MANAGER = "POS-SOF-AO-EC-1";
  private static final String CARE_WORKER = "POS-USK-1";
  private static final String HR_HEAD = "POS-HRCHEF";

  private final OrganisationGraph graph = Fixtures.demo();

  @Test
  @DisplayName(
      "KUN-KD-THROUGH-DEPARTMENT-HEADS: \"KD leder genom sina förvaltningschefer som i sin tur"
          + " kommunicerar med sina egna medarbetare och första linjens chefer.\"")
  void kd_leads_through_the_department_heads() {
    RouteDecision decision = route(KD, CARE_WORKER);

    assertThat(rule(decision)).isEqualTo("KUN-KD-THROUGH-DEPARTMENT-HEADS");
    // The department head arranges (KD is the head's superior: no approval), then the unit manager.
    assertThat(steps(decision))
        .containsExactly(SOCIAL_HEAD + ":ARRANGE", UNIT_MANAGER + ":ARRANGE");

    // KD going straight to the care worker skips the department head: a deviation naming the
    // head's post first, not the unit manager's.
    Verdict verdict = judge(KD, CARE_WORKER);
    assertThat(verdict).isInstanceOf(Verdict.Deviation.class);
    assertThat(((Verdict.Deviation) verdict).prescribedRoute().text()).startsWith(SOCIAL_HEAD);
  }

  @Test
  @DisplayName(
      "KUN-LEADER-DOWNWARDS for KD's own department: \"Eftersom kommundirektören själv också är"
          + " förvaltningschef för kommunledningsförvaltningen gäller även det som gäller för"
          + " förvaltningschefer.\"")
  void kd_reaches_the_own_departments_direct_reports_directly() {
    RouteDecision toHrHead = route(KD, HR_HEAD);
    assertThat(toHrHead).isInstanceOf(RouteDecision.Direct.class);
    assertThat(rule(toHrHead)).isEqualTo("KUN-LEADER-DOWNWARDS");

    Position consultant = staffIn("U-KLF-HR");
    RouteDecision deeper = route(KD, consultant.id().value());
    assertThat(rule(deeper)).isEqualTo("KUN-LEADER-DOWNWARDS");
    assertThat(steps(deeper)).containsExactly(HR_HEAD + ":ARRANGE");
  }

  @Test
  @DisplayName(
      "KUN-LEADER-DOWNWARDS: \"Har förvaltningschefen inga chefer under sig går kommunikationen"
          + " direkt till medarbetarna på förvaltningen.\"")
  void a_department_head_reaches_a_direct_report_directly_and_it_is_no_deviation() {
    Position secretary = staffIn("U-BUF");
    assertThat(graph.nearestManager(secretary.id()).map(p -> p.id().value()))
        .contains(EDUCATION_HEAD);

    RouteDecision decision = route(EDUCATION_HEAD, secretary.id().value());
    assertThat(decision).isInstanceOf(RouteDecision.Direct.class);
    assertThat(rule(decision)).isEqualTo("KUN-LEADER-DOWNWARDS");

    Verdict verdict = judge(EDUCATION_HEAD, secretary.id().value());
    assertThat(verdict).isInstanceOf(Verdict.NoDeviation.class);
    assertThat(((Verdict.NoDeviation) verdict).reason())
        .isInstanceOf(NoDeviationReason.DirectForTheRequester.class);
    // A manager reporting directly to the head, too.
    assertThat(route(EDUCATION_HEAD, AREA_HEAD)).isInstanceOf(RouteDecision.Direct.class);
  }

  @Test
  @DisplayName(
      "KUN-LEADER-DOWNWARDS: \"Förvaltningschefen styr oftast genom sina chefer som i sin tur"
          + " kommunicerar och leder chefer under dem och /eller medarbetare\"")
  void a_department_head_reaches_deeper_down_through_each_manager_in_between() {
    assertThat(steps(route(EDUCATION_HEAD, TEACHER)))
        .containsExactly(AREA_HEAD + ":ARRANGE", PRINCIPAL + ":ARRANGE");
    assertThat(judge(EDUCATION_HEAD, TEACHER)).isInstanceOf(Verdict.Deviation.class);
  }

  @Test
  @DisplayName(
      "KUN-LEADER-OTHER-DEPARTMENT: \"Förvaltningschefen ska alltid vara ingången till"
          + " förvaltningens chefer och medarbetare samt verksamhet.\"")
  void a_head_reaches_another_departments_staff_through_that_departments_head() {
    RouteDecision decision = route(EDUCATION_HEAD, CARE_WORKER);
    assertThat(rule(decision)).isEqualTo("KUN-LEADER-OTHER-DEPARTMENT");
    assertThat(steps(decision))
        .containsExactly(SOCIAL_HEAD + ":ARRANGE", UNIT_MANAGER + ":ARRANGE");
  }

  @Test
  @DisplayName(
      "KUN-STAFF-UP-THE-CHAIN: \"Medarbetare har en direkt dialog med … sin närmaste chef.\" —"
          + " beyond the nearest manager, through the managers in between")
  void a_teacher_reaches_the_own_department_head_through_the_managers_in_between() {
    RouteDecision decision = route(TEACHER, EDUCATION_HEAD);
    assertThat(rule(decision)).isEqualTo("KUN-STAFF-UP-THE-CHAIN");
    assertThat(steps(decision)).containsExactly(PRINCIPAL + ":ARRANGE", AREA_HEAD + ":ARRANGE");
    // The nearest manager is reached directly, as before.
    assertThat(route(TEACHER, PRINCIPAL)).isInstanceOf(RouteDecision.Free.class);
  }

  @Test
  @DisplayName(
      "KUN-MANAGER-UP-THE-CHAIN: \"KD:s kommunikationsvägar löper i första hand mellan KSO och KD"
          + " samt mellan förvaltningschef och KD.\"")
  void a_principal_reaches_kd_through_the_department_head() {
    RouteDecision decision = route(PRINCIPAL, KD);
    assertThat(rule(decision)).isEqualTo("KUN-MANAGER-UP-THE-CHAIN");
    assertThat(steps(decision))
        .containsExactly(AREA_HEAD + ":ARRANGE", EDUCATION_HEAD + ":ARRANGE");
  }

  @Test
  @DisplayName(
      "KUN-ADMINISTRATION-TO-POLITICIANS: nobody approves their own request — a department head's"
          + " dialogue with another committee's chair is direct")
  void nobody_approves_their_own_request() {
    RouteDecision decision = route(EDUCATION_HEAD, "POS-SN-ORF");
    assertThat(rule(decision)).isEqualTo("KUN-ADMINISTRATION-TO-POLITICIANS");
    assertThat(decision).isInstanceOf(RouteDecision.Direct.class);
    assertThat(((RouteDecision.Direct) decision).dropped())
        .extracting(h -> h.position().value() + ":" + h.action())
        .containsExactly(EDUCATION_HEAD + ":APPROVE");
    assertThat(judge(EDUCATION_HEAD, "POS-SN-ORF")).isInstanceOf(Verdict.NoDeviation.class);

    // A principal's dialogue with the same chair still waits on the department head's approval.
    assertThat(steps(route(PRINCIPAL, "POS-SN-ORF"))).containsExactly(EDUCATION_HEAD + ":APPROVE");
  }

  @Test
  @DisplayName(
      "nobody approves their own request as acting holder (t.f.): the acting head of social"
          + " services writing to the KSO from the own post")
  void an_acting_holder_does_not_approve_their_own_request() {
    // The head of elderly care is acting department head: the approval step falls to them.
    assertThat(graph.position(new PositionId(SOCIAL_HEAD)).orElseThrow().actingOn(Fixtures.DAY))
        .isPresent();
    assertThat(route(ELDERCARE_HEAD, "POS-KSO")).isInstanceOf(RouteDecision.Direct.class);
    // A unit manager below still needs the acting head's approval.
    assertThat(steps(route(UNIT_MANAGER, "POS-KSO"))).containsExactly(SOCIAL_HEAD + ":APPROVE");
  }

  @Test
  @DisplayName("nobody approves their own request as the substitute of the approver")
  void a_substitute_does_not_approve_their_own_request() {
    // The principal substitutes for the absent department head: the approval step is the
    // principal's own.
    RouteQuery query =
        new RouteQuery(
            new se.samspel.routing.domain.Requester.InPosition(new PositionId(PRINCIPAL)),
            new Target.OfPosition(new PositionId("POS-SN-ORF")),
            ContactKind.DIALOGUE,
            ContactContext.ON_DUTY,
            Optional.empty(),
            Set.of(),
            Set.of(new PositionId(EDUCATION_HEAD)));
    assertThat(Router.route(Fixtures.kungsor(), graph, query, Fixtures.DAY))
        .isInstanceOf(RouteDecision.Direct.class);
  }

  @Test
  @DisplayName("No rule, but sound advice: the advice never points at the person being contacted")
  void the_no_rule_advice_never_points_at_the_person_contacted() {
    // A site visit has no rule for an employee requester.
    RouteDecision toOwnHead = route(TEACHER, EDUCATION_HEAD, ContactKind.SITE_VISIT_COORDINATED);
    assertThat(toOwnHead).isInstanceOf(RouteDecision.NoRule.class);
    assertThat(((RouteDecision.NoRule) toOwnHead).askFirst().map(PositionId::value)).contains(KD);

    RouteDecision elsewhere = route(TEACHER, CARE_WORKER, ContactKind.SITE_VISIT_COORDINATED);
    assertThat(((RouteDecision.NoRule) elsewhere).askFirst().map(PositionId::value))
        .contains(EDUCATION_HEAD);

    RouteDecision toKd = route(EDUCATION_HEAD, KD, ContactKind.SITE_VISIT_COORDINATED);
    assertThat(((RouteDecision.NoRule) toKd).askFirst().map(PositionId::value)).contains("POS-KSO");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Position staffIn(String unit) {
    return graph.positionsIn(new UnitId(unit)).stream()
        .filter(p -> p.kind() == PositionKind.STAFF_MEMBER)
        .findFirst()
        .orElseThrow();
  }

  private RouteDecision route(String from, String to) {
    return route(from, to, ContactKind.DIALOGUE);
  }

  private RouteDecision route(String from, String to, ContactKind kind) {
    return Router.route(Fixtures.kungsor(), graph, query(from, to, kind), Fixtures.DAY);
  }

  private Verdict judge(String from, String to) {
    return ContactJudge.judge(
        Fixtures.statutory(),
        Fixtures.kungsor(),
        graph,
        query(from, to, ContactKind.DIALOGUE),
        Fixtures.DAY);
  }

  private static RouteQuery query(String from, String to, ContactKind kind) {
    return new RouteQuery(
        new se.samspel.routing.domain.Requester.InPosition(new PositionId(from)),
        new Target.OfPosition(new PositionId(to)),
        kind,
        ContactContext.ON_DUTY,
        Optional.empty(),
        Set.of());
  }

  private static String rule(RouteDecision decision) {
    return decision.rule().orElseThrow().id();
  }

  private static List<String> steps(RouteDecision decision) {
    assertThat(decision).isInstanceOf(RouteDecision.Routed.class);
    return ((RouteDecision.Routed) decision)
        .hops().stream().map(KungsorLeadersReadCloselyTest::describe).toList();
  }

  private static String describe(Hop hop) {
    return hop.position().value() + ":" + hop.action();
  }
}
