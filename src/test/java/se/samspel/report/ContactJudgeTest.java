package se.samspel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.PrescribedRoute;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.Policy;
import se.samspel.report.domain.ContactJudge;
import se.samspel.report.domain.NoDeviationReason;
import se.samspel.report.domain.Verdict;
import se.samspel.routing.domain.Requester;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Target;
import se.samspel.support.Fixtures;

/** Which reported contacts are deviations, and which the record must never call so. */
class ContactJudgeTest {

  static final Requester POLITICIAN = new Requester.InPosition(new PositionId("POS-BUN-LED-POL"));
  static final Requester TEACHER = new Requester.InPosition(new PositionId("POS-LARARE-1"));
  static final Target TO_TEACHER = new Target.OfPosition(new PositionId("POS-LARARE-1"));

  static Verdict judge(
      Policy policy,
      Requester from,
      Target to,
      ContactKind kind,
      ContactContext context,
      ContactFlag... flags) {
    Set<ContactFlag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
    return ContactJudge.judge(
        Fixtures.statutory(),
        policy,
        Fixtures.demo(),
        new RouteQuery(from, to, kind, context, Optional.empty(), set),
        Fixtures.DAY);
  }

  static NoDeviationReason reason(Verdict verdict) {
    return ((Verdict.NoDeviation) verdict).reason();
  }

  static Verdict kungsor(Requester from, Target to, ContactKind kind, ContactFlag... flags) {
    return judge(Fixtures.kungsor(), from, to, kind, ContactContext.ON_DUTY, flags);
  }

  @Test
  void a_politician_calling_a_teacher_directly_departs_from_the_route_via_the_department_head() {
    Verdict verdict = kungsor(POLITICIAN, TO_TEACHER, ContactKind.DIALOGUE);
    assertThat(verdict).isInstanceOf(Verdict.Deviation.class);
    Verdict.Deviation d = (Verdict.Deviation) verdict;
    assertThat(d.deciding().id()).isEqualTo("KUN-POLITICIAN-DIALOGUE");
    // The route is a value now; its text is what the record stores, unchanged.
    assertThat(d.prescribedRoute().text())
        .isEqualTo("POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)");
    assertThat(d.departure()).isEqualTo(Verdict.Departure.ROUTE_SKIPPED);
    assertThat(d.summary())
        .isEqualTo(
            "A direct contact where the guideline prescribes the route"
                + " POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)");
    assertThat(d.targetPosition()).contains(new PositionId("POS-LARARE-1"));
  }

  @Test
  void steering_an_individual_case_is_a_deviation() {
    Verdict verdict = kungsor(POLITICIAN, TO_TEACHER, ContactKind.STEER_INDIVIDUAL_CASE);
    assertThat(verdict).isInstanceOf(Verdict.Deviation.class);
    assertThat(verdict.rule().orElseThrow().id()).isEqualTo("KUN-STEER-INDIVIDUAL-CASE");
    Verdict.Deviation d = (Verdict.Deviation) verdict;
    assertThat(d.departure()).isEqualTo(Verdict.Departure.NOT_PERMITTED);
    assertThat(d.prescribedRoute()).isEqualTo(PrescribedRoute.NONE);
    assertThat(d.summary()).isEqualTo("A contact the guideline does not permit");
  }

  @Test
  void a_promise_of_action_after_an_off_duty_conversation_is_a_deviation_but_listening_is_not() {
    Verdict listening =
        judge(
            Fixtures.kungsor(),
            POLITICIAN,
            TO_TEACHER,
            ContactKind.DIALOGUE,
            ContactContext.OFF_DUTY);
    Verdict promising =
        judge(
            Fixtures.kungsor(),
            POLITICIAN,
            TO_TEACHER,
            ContactKind.DIALOGUE,
            ContactContext.OFF_DUTY,
            ContactFlag.PROMISE_OF_ACTION);
    assertThat(listening).isInstanceOf(Verdict.NoDeviation.class);
    assertThat(listening.rule().orElseThrow().id()).isEqualTo("KUN-POLITICIAN-OFF-DUTY");
    assertThat(reason(listening)).isInstanceOf(NoDeviationReason.FreeByGuideline.class);
    assertThat(promising).isInstanceOf(Verdict.Deviation.class);
    assertThat(promising.rule().orElseThrow().id()).isEqualTo("KUN-POLITICIAN-OFF-DUTY-PROMISE");
  }

  @Test
  void a_citizen_contacting_anyone_is_no_deviation() {
    assertThat(
            kungsor(
                new Requester.External(ExternalParty.CITIZEN),
                TO_TEACHER,
                ContactKind.CITIZEN_CONTACT))
        .isInstanceOf(Verdict.NoDeviation.class);
    // Alingsås has no rule on citizens' contacts: still no deviation.
    Verdict alingsas =
        judge(
            Fixtures.alingsas(),
            new Requester.External(ExternalParty.CITIZEN),
            TO_TEACHER,
            ContactKind.CITIZEN_CONTACT,
            ContactContext.ON_DUTY);
    assertThat(alingsas).isInstanceOf(Verdict.NoDeviation.class);
    assertThat(reason(alingsas)).isEqualTo(new NoDeviationReason.NoRule());
    assertThat(alingsas.rule()).isEmpty();
  }

  @Test
  void an_alingsas_factual_question_with_a_purpose_is_no_deviation_but_in_kungsor_it_is() {
    Verdict alingsas =
        judge(
            Fixtures.alingsas(),
            POLITICIAN,
            TO_TEACHER,
            ContactKind.FACTUAL_QUESTION,
            ContactContext.ON_DUTY,
            ContactFlag.PURPOSE_STATED);
    assertThat(alingsas).isInstanceOf(Verdict.NoDeviation.class);
    assertThat(alingsas.rule().orElseThrow().id()).isEqualTo("ALI-FACTUAL-QUESTION-WITH-PURPOSE");
    assertThat(
            kungsor(
                POLITICIAN, TO_TEACHER, ContactKind.FACTUAL_QUESTION, ContactFlag.PURPOSE_STATED))
        .isInstanceOf(Verdict.Deviation.class);
  }

  @Test
  void going_to_the_managers_manager_with_a_matter_about_the_nearest_manager_is_no_deviation() {
    Verdict verdict =
        kungsor(
            TEACHER,
            new Target.OfPosition(new PositionId("POS-BUF-GR-CH")),
            ContactKind.STAFF_PROBLEM,
            ContactFlag.CONCERNS_NEAREST_MANAGER);
    assertThat(verdict).isInstanceOf(Verdict.NoDeviation.class);
    assertThat(verdict.rule().orElseThrow().id()).isEqualTo("KUN-STAFF-PROBLEM-ABOUT-MANAGER");
    assertThat(reason(verdict)).isEqualTo(new NoDeviationReason.DirectIsTheRoute());
    // Without that circumstance, skipping the nearest manager is a deviation.
    assertThat(
            kungsor(
                TEACHER,
                new Target.OfPosition(new PositionId("POS-BUF-GR-CH")),
                ContactKind.STAFF_PROBLEM))
        .isInstanceOf(Verdict.Deviation.class);
  }

  @Test
  void a_route_the_organisation_cannot_follow_is_no_deviation_and_says_what_could_not_be_found() {
    // KD has no nearest manager, so a staff problem's route has nowhere to begin.
    Verdict verdict =
        kungsor(
            new Requester.InPosition(new PositionId("POS-KD")),
            new Target.OfPosition(new PositionId("POS-KSO")),
            ContactKind.STAFF_PROBLEM);
    assertThat(verdict).isInstanceOf(Verdict.NoDeviation.class);
    assertThat(verdict.rule().orElseThrow().id()).isEqualTo("KUN-STAFF-PROBLEM");
    assertThat(reason(verdict))
        .isEqualTo(
            new NoDeviationReason.RouteUnresolvable(
                "no position answers to NEAREST_MANAGER_OF_REQUESTER for this contact"));
  }

  @Test
  void whistleblowing_to_the_whistleblower_function_is_no_deviation() {
    Verdict verdict =
        kungsor(
            TEACHER,
            new Target.OfPosition(new PositionId("POS-VISSELBLASARE")),
            ContactKind.SUSPECTED_WRONGDOING);
    assertThat(verdict).isInstanceOf(Verdict.NoDeviation.class);
  }

  @Test
  void contacts_between_staff_and_the_media_are_protected_under_every_policy() {
    for (Policy policy : new Policy[] {Fixtures.kungsor(), Fixtures.alingsas()}) {
      Verdict toMedia =
          judge(
              policy,
              TEACHER,
              new Target.External(ExternalParty.JOURNALIST),
              ContactKind.MEDIA_INQUIRY,
              ContactContext.ON_DUTY);
      Verdict fromMedia =
          judge(
              policy,
              new Requester.External(ExternalParty.JOURNALIST),
              TO_TEACHER,
              ContactKind.MEDIA_INQUIRY,
              ContactContext.ON_DUTY);
      assertThat(toMedia).isInstanceOf(Verdict.Protected.class);
      assertThat(fromMedia).isInstanceOf(Verdict.Protected.class);
      assertThat(toMedia.rule().orElseThrow().source().quote())
          .startsWith("Alla anställda har en meddelarfrihet");
    }
  }

  @Test
  void a_politician_talking_to_a_journalist_is_not_protected_by_the_staff_rule() {
    Verdict verdict =
        judge(
            Fixtures.kungsor(),
            new Requester.External(ExternalParty.JOURNALIST),
            new Target.OfPosition(new PositionId("POS-KSO")),
            ContactKind.MEDIA_INQUIRY,
            ContactContext.ON_DUTY);
    assertThat(verdict).isNotInstanceOf(Verdict.Protected.class);
  }
}
