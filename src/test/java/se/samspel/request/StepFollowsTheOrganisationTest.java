package se.samspel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samspel.request.RequestFixtures.APPROVER;
import static se.samspel.request.RequestFixtures.APPROVER_POSITION;
import static se.samspel.request.RequestFixtures.NOW;
import static se.samspel.request.RequestFixtures.REQUESTER;
import static se.samspel.request.RequestFixtures.dialogue;
import static se.samspel.request.RequestFixtures.holds;
import static se.samspel.request.RequestFixtures.hop;
import static se.samspel.request.RequestFixtures.in;
import static se.samspel.request.RequestFixtures.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.HopAction;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.FollowReason;
import se.samspel.request.domain.RequestEvent;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.StepMove;

/**
 * The aggregate's side of open work following the organisation, in plain JUnit: what a waiting step
 * records of whom it waits on, where it goes when it follows, what its deadline becomes, and what
 * the history says.
 */
class StepFollowsTheOrganisationTest {

  static final PositionId KD = new PositionId("POS-KD");
  static final PersonId KD_PERSON = new PersonId("P-KD");
  static final Instant DUE = NOW.plus(Duration.ofDays(7));
  static final Instant MOVED_AT = NOW.plus(Duration.ofDays(2));
  static final Instant RESTARTED = MOVED_AT.plus(Duration.ofDays(7));

  @Test
  void a_waiting_step_records_whom_it_waits_on_once_and_keeps_it() {
    ContactRequest request = dialogue();

    request.noteWhoWaits(position -> Optional.of(APPROVER));
    request.noteWhoWaits(position -> Optional.of(new PersonId("P-SOMEONE-ELSE")));

    assertThat(request.current().orElseThrow().waitingOn()).contains(APPROVER);
  }

  @Test
  void a_step_whose_post_fell_vacant_moves_up_with_a_new_deadline_and_says_why_in_the_history() {
    ContactRequest request = dialogue();
    request.startClock(DUE);
    request.noteWhoWaits(position -> Optional.of(APPROVER));
    StepMove move = new StepMove(APPROVER_POSITION, KD, FollowReason.VACANT_POST);

    request.followOrganisation(move, Optional.of(KD_PERSON), RESTARTED, MOVED_AT);

    assertThat(request.current().orElseThrow().position()).isEqualTo(KD);
    assertThat(request.current().orElseThrow().waitingOn()).contains(KD_PERSON);
    assertThat(request.current().orElseThrow().dueAt()).contains(RESTARTED);
    assertThat(request.current().orElseThrow().escalatedFrom()).contains(APPROVER_POSITION);
    assertThat(request.current().orElseThrow().escalations())
        .as("following a vacancy is not an escalation")
        .isZero();
    RequestEvent entry = request.history().get(request.history().size() - 1);
    assertThat(entry.event()).isEqualTo(RequestEventType.STEP_FOLLOWED_ORGANISATION);
    assertThat(entry.actor()).isEqualTo(ContactRequest.SAMSPEL);
    assertThat(entry.move())
        .as("the history names whom the step was taken from and whom it went to")
        .contains(move.between(Optional.of(APPROVER), Optional.of(KD_PERSON)));
    assertThat(entry.note()).contains("POS-FC-BUF → POS-KD (vacant post; the post is vacant)");
    assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DECISION);
    assertThat(request.unstoredHistory()).contains(entry);
  }

  @Test
  void the_new_holder_of_a_moved_step_may_approve_it() {
    ContactRequest request = dialogue();
    request.followOrganisation(
        new StepMove(APPROVER_POSITION, KD, FollowReason.RETIRED),
        Optional.of(KD_PERSON),
        RESTARTED,
        MOVED_AT);

    request.approve(KD_PERSON, holds(KD), Optional.empty(), Optional.empty(), MOVED_AT);

    assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
  }

  @Test
  void the_old_holder_of_a_moved_step_may_no_longer_act_on_it() {
    ContactRequest request = dialogue();
    request.followOrganisation(
        new StepMove(APPROVER_POSITION, KD, FollowReason.VACANT_POST),
        Optional.of(KD_PERSON),
        RESTARTED,
        MOVED_AT);

    assertThatThrownBy(
            () ->
                request.approve(
                    APPROVER,
                    holds(APPROVER_POSITION),
                    Optional.empty(),
                    Optional.empty(),
                    MOVED_AT))
        .isInstanceOf(SamspelException.class)
        .extracting(e -> ((SamspelException) e).kind())
        .isEqualTo(SamspelException.Kind.FORBIDDEN);
  }

  @Test
  void a_whistleblowing_step_keeps_the_deadline_the_act_counts_from_the_report() {
    ContactRequest report =
        submitted(
            ContactKind.SUSPECTED_WRONGDOING,
            REQUESTER,
            List.of(hop(1, APPROVER_POSITION, HopAction.HANDLE)));
    report.startClock(DUE);

    report.followOrganisation(
        new StepMove(APPROVER_POSITION, KD, FollowReason.VACANT_POST),
        Optional.of(KD_PERSON),
        RESTARTED,
        MOVED_AT);

    assertThat(report.current().orElseThrow().position()).isEqualTo(KD);
    assertThat(report.current().orElseThrow().dueAt()).contains(DUE);
  }

  @Test
  void a_step_that_stays_on_its_post_forgets_who_took_it_before() {
    ContactRequest request = dialogue();
    request.startClock(DUE);
    request.acknowledge(APPROVER, holds(APPROVER_POSITION), NOW, DUE);
    PersonId newHolder = new PersonId("P-NEW");

    request.followOrganisation(
        new StepMove(APPROVER_POSITION, APPROVER_POSITION, FollowReason.NEW_HOLDER),
        Optional.of(newHolder),
        RESTARTED,
        MOVED_AT);

    assertThat(request.current().orElseThrow().position()).isEqualTo(APPROVER_POSITION);
    assertThat(request.current().orElseThrow().isAcknowledged()).isFalse();
    assertThat(request.current().orElseThrow().escalatedFrom()).isEmpty();
    assertThat(request.current().orElseThrow().waitingOn()).contains(newHolder);
  }

  @Test
  void a_move_from_a_post_the_step_does_not_wait_on_is_refused_and_changes_nothing() {
    ContactRequest request = dialogue();
    List<RequestEvent> before = request.history();

    assertThatThrownBy(
            () ->
                request.followOrganisation(
                    new StepMove(KD, APPROVER_POSITION, FollowReason.VACANT_POST),
                    Optional.empty(),
                    RESTARTED,
                    MOVED_AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(request.history()).isEqualTo(before);
  }

  @Test
  void a_closed_request_has_no_step_to_follow() {
    ContactRequest request = in(RequestStatus.DECLINED);

    assertThatThrownBy(
            () ->
                request.followOrganisation(
                    new StepMove(APPROVER_POSITION, KD, FollowReason.VACANT_POST),
                    Optional.empty(),
                    RESTARTED,
                    MOVED_AT))
        .isInstanceOf(SamspelException.class)
        .hasMessageContaining("cannot be moved with the organisation");
  }

  @Test
  void the_reason_is_the_first_fact_that_holds() {
    assertThat(FollowReason.of(true, true, true, true, true, true, true))
        .isEqualTo(FollowReason.RETIRED);
    assertThat(FollowReason.of(false, true, false, false, false, false, false))
        .isEqualTo(FollowReason.ACTING_PERIOD_ENDED);
    assertThat(FollowReason.of(false, false, true, false, false, false, false))
        .isEqualTo(FollowReason.NO_ONE_PRESENT);
    assertThat(FollowReason.of(false, false, false, true, true, true, true))
        .isEqualTo(FollowReason.SUBSTITUTION_STARTED);
    assertThat(FollowReason.of(false, false, false, true, false, true, true))
        .isEqualTo(FollowReason.SUBSTITUTION_ENDED);
    assertThat(FollowReason.of(false, false, false, false, false, true, true))
        .isEqualTo(FollowReason.ACTING_PERIOD_STARTED);
    assertThat(FollowReason.of(false, false, false, false, false, false, true))
        .isEqualTo(FollowReason.NEW_HOLDER);
    assertThat(FollowReason.of(false, false, false, false, false, false, false))
        .isEqualTo(FollowReason.VACANT_POST);
  }
}
