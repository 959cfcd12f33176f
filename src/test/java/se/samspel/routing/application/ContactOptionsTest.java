package se.samspel.routing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.QuestionType;
import se.samspel.support.Fixtures;

/** What the policy offers a person to ask for is read from its rules, per municipality. */
class ContactOptionsTest {

  static ContactOffer offer(Policy policy, PartyType... parties) {
    return ContactOptions.offer(
        new PolicyVersion(policy, Instant.EPOCH, "test", "hash"), Set.of(parties));
  }

  @Test
  void a_politician_in_alingsas_may_state_a_purpose_but_in_kungsor_no_rule_asks_for_it() {
    ContactOffer alingsas = offer(Fixtures.alingsas(), PartyType.ELECTED_MEMBER);
    ContactOffer kungsor = offer(Fixtures.kungsor(), PartyType.ELECTED_MEMBER);
    assertThat(alingsas.kinds()).contains(ContactKind.FACTUAL_QUESTION);
    assertThat(alingsas.flags()).containsExactly(ContactFlag.PURPOSE_STATED);
    assertThat(kungsor.kinds()).contains(ContactKind.DIALOGUE, ContactKind.STEER_INDIVIDUAL_CASE);
    assertThat(kungsor.flags()).doesNotContain(ContactFlag.PURPOSE_STATED);
  }

  @Test
  void a_promise_of_action_is_only_ever_reported_so_it_is_never_offered() {
    // KUN-POLITICIAN-OFF-DUTY-PROMISE depends on it, yet a requester does not ask for it.
    assertThat(offer(Fixtures.kungsor(), PartyType.ELECTED_MEMBER).flags())
        .doesNotContain(ContactFlag.PROMISE_OF_ACTION);
  }

  @Test
  void off_duty_is_asked_of_a_politician_in_kungsor_because_a_rule_depends_on_it() {
    ContactOffer kungsor = offer(Fixtures.kungsor(), PartyType.ELECTED_MEMBER);
    assertThat(kungsor.asksContext()).isTrue();
    assertThat(kungsor.contexts()).containsExactly(ContactContext.ON_DUTY, ContactContext.OFF_DUTY);
  }

  @Test
  void a_staff_member_in_kungsor_is_offered_problems_and_acute_matters_with_their_circumstances() {
    ContactOffer staff = offer(Fixtures.kungsor(), PartyType.STAFF_MEMBER);
    assertThat(staff.kinds())
        .contains(ContactKind.STAFF_PROBLEM, ContactKind.ACUTE_MATTER)
        .doesNotContain(ContactKind.SITE_VISIT_SPONTANEOUS);
    assertThat(staff.flags())
        .containsExactly(ContactFlag.CONCERNS_NEAREST_MANAGER, ContactFlag.STRATEGIC);
  }

  @Test
  void every_kind_of_question_is_offered_once_a_rule_depends_on_it() {
    ContactOffer politician = offer(Fixtures.kungsor(), PartyType.ELECTED_MEMBER);
    assertThat(politician.asksQuestion()).isTrue();
    assertThat(politician.questions()).containsExactly(QuestionType.values());
  }

  @Test
  void a_person_without_a_position_is_offered_nothing() {
    ContactOffer none = offer(Fixtures.kungsor());
    assertThat(none.kinds()).isEmpty();
    assertThat(none.flags()).isEmpty();
    assertThat(none.contexts()).isEmpty();
    assertThat(none.questions()).isEmpty();
  }

  @Test
  void
      a_staff_members_problem_is_asked_without_a_target_since_kungsor_sends_it_up_their_own_line() {
    ContactOffer staff = offer(Fixtures.kungsor(), PartyType.STAFF_MEMBER);
    // A staff member's acute matter goes to their nearest manager too (KUN-ACUTE), and suspected
    // wrongdoing to the whistleblower function, whoever it is about.
    assertThat(staff.kindsWithoutTarget())
        .containsExactly(
            ContactKind.STAFF_PROBLEM, ContactKind.ACUTE_MATTER, ContactKind.SUSPECTED_WRONGDOING);
    // A manager's acute matter may go down to a subordinate (KUN-ACUTE-DOWNWARDS): asked whom.
    assertThat(offer(Fixtures.kungsor(), PartyType.MANAGER).of(ContactKind.ACUTE_MATTER))
        .map(KindOffer::asksTarget)
        .hasValue(true);
    KindOffer problem = staff.of(ContactKind.STAFF_PROBLEM).orElseThrow();
    assertThat(problem.asksTarget()).isFalse();
    // "Gäller den närmaste chefen" is asked for a problem, not for every kind.
    assertThat(problem.flags()).containsExactly(ContactFlag.CONCERNS_NEAREST_MANAGER);
    assertThat(staff.byKind())
        .filteredOn(k -> k.kind() != ContactKind.STAFF_PROBLEM)
        .allSatisfy(
            k -> assertThat(k.flags()).doesNotContain(ContactFlag.CONCERNS_NEAREST_MANAGER));
  }

  @Test
  void a_politician_in_kungsor_names_whom_a_dialogue_is_for_but_not_a_suspected_wrongdoing() {
    ContactOffer politician = offer(Fixtures.kungsor(), PartyType.ELECTED_MEMBER);
    // Changing a delegated decision is not permitted whoever decided it (KUN-DELEGATED-DECISION).
    assertThat(politician.kindsWithoutTarget())
        .containsExactly(ContactKind.SUSPECTED_WRONGDOING, ContactKind.CHANGE_DELEGATED_DECISION);
    assertThat(politician.of(ContactKind.DIALOGUE)).map(KindOffer::asksTarget).hasValue(true);
    assertThat(politician.byKind()).extracting(KindOffer::kind).isEqualTo(politician.kinds());
  }

  @Test
  void alingsas_decides_a_staff_members_problem_without_a_target_too() {
    assertThat(offer(Fixtures.alingsas(), PartyType.STAFF_MEMBER).kindsWithoutTarget())
        .contains(ContactKind.STAFF_PROBLEM);
  }
}
