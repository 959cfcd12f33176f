package se.samspel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samspel.request.RequestFixtures.APPROVER;
import static se.samspel.request.RequestFixtures.APPROVER_POSITION;
import static se.samspel.request.RequestFixtures.ARRANGER;
import static se.samspel.request.RequestFixtures.ARRANGER_POSITION;
import static se.samspel.request.RequestFixtures.NOW;
import static se.samspel.request.RequestFixtures.REQUESTER;
import static se.samspel.request.RequestFixtures.ROUTED_UNDER;
import static se.samspel.request.RequestFixtures.approve;
import static se.samspel.request.RequestFixtures.arrange;
import static se.samspel.request.RequestFixtures.dialogue;
import static se.samspel.request.RequestFixtures.holds;
import static se.samspel.request.RequestFixtures.hop;
import static se.samspel.request.RequestFixtures.in;
import static se.samspel.request.RequestFixtures.submitted;
import static se.samspel.request.RequestFixtures.substitutes;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.HopAction;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequest.EscalationReason;
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.Oversight;
import se.samspel.request.domain.RequestEvent;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestStatus;

/**
 * The contact request aggregate on its own, without Quarkus or a database (DDD's {@code
 * CargoTest}): every transition, who may make it, what it records, how a waiting step climbs, and
 * who may see the request. Withdrawal has its own test ({@link ContactRequestWithdrawalTest}).
 */
class ContactRequestTest {

  static final Instant LATER = NOW.plus(Duration.ofHours(1));
  static final Instant DUE = NOW.plus(Duration.ofDays(2));
  static final Instant NEXT_DUE = DUE.plus(Duration.ofDays(2));
  static final PersonId STRANGER = new PersonId("P-FC-SBF");
  static final PositionId STRANGER_POSITION = new PositionId("POS-FC-SBF");
  static final PersonId SUBSTITUTE = new PersonId("P-SUB");
  static final PersonId KD = new PersonId("P-KD");
  static final PositionId KD_POSITION = new PositionId("POS-KD");
  static final PositionId HEAD_OF_SCHOOLS = new PositionId("POS-BUF-GR-CH");
  static final PositionId COMMUNICATIONS_OFFICER = new PositionId("POS-KOMMUNIKATOR-1");
  static final PersonId COMMUNICATOR = new PersonId("P-KOM");

  /** Everything about a request that a refused transition must leave as it was. */
  record Snapshot(
      RequestStatus status,
      List<RequestHop> hops,
      List<RequestEvent> history,
      List<RequestEvent> unstored,
      Optional<PositionId> responsibleManager,
      Optional<String> redirectedTo,
      boolean stuckAtTop,
      Instant updatedAt,
      long version) {

    static Snapshot of(ContactRequest r) {
      return new Snapshot(
          r.status(),
          r.hops(),
          r.history(),
          r.unstoredHistory(),
          r.responsibleManager(),
          r.redirectedTo(),
          r.isStuckAtTop(),
          r.updatedAt(),
          r.version());
    }
  }

  /** Asserts that the action is refused as an invalid transition and that nothing changed. */
  static void assertInvalidTransition(ContactRequest request, ThrowingCallable action) {
    assertRefused(request, action, SamspelException.Kind.CONFLICT, "invalid-transition");
  }

  static void assertForbidden(ContactRequest request, ThrowingCallable action) {
    assertRefused(request, action, SamspelException.Kind.FORBIDDEN, "forbidden");
  }

  static void assertRefused(
      ContactRequest request, ThrowingCallable action, SamspelException.Kind kind, String code) {
    Snapshot before = Snapshot.of(request);
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            SamspelException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.code()).isEqualTo(code);
            });
    assertThat(Snapshot.of(request)).as("nothing changes on a refusal").isEqualTo(before);
  }

  static RequestEvent lastEvent(ContactRequest request) {
    List<RequestEvent> history = request.history();
    return history.get(history.size() - 1);
  }

  static RequestHop hopNo(ContactRequest request, int order) {
    return request.hops().stream().filter(h -> h.order() == order).findFirst().orElseThrow();
  }

  // ---- Submitting ----

  @Nested
  class Submitting {

    @Test
    void
        hops_that_only_inform_are_marked_informed_at_once_and_the_request_waits_on_the_first_that_acts() {
      ContactRequest request =
          submitted(
              List.of(
                  hop(1, COMMUNICATIONS_OFFICER, COMMUNICATOR, HopAction.INFORM),
                  hop(2, APPROVER_POSITION, HopAction.APPROVE),
                  hop(3, ARRANGER_POSITION, HopAction.ARRANGE)));

      RequestHop informed = hopNo(request, 1);
      assertThat(informed.state()).isEqualTo(HopState.INFORMED);
      assertThat(informed.actedBy()).contains(COMMUNICATOR);
      assertThat(informed.actedAt()).contains(NOW);
      assertThat(hopNo(request, 2).state()).isEqualTo(HopState.PENDING);
      assertThat(hopNo(request, 2).actedBy()).isEmpty();
      assertThat(hopNo(request, 3).state()).isEqualTo(HopState.PENDING);
      assertThat(request.current().map(RequestHop::order)).contains(2);
      assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DECISION);
    }

    @Test
    void a_request_whose_first_acting_step_approves_awaits_a_decision() {
      assertThat(dialogue().status()).isEqualTo(RequestStatus.AWAITING_DECISION);
    }

    @ParameterizedTest
    @EnumSource(
        value = HopAction.class,
        names = {"HANDLE", "ANSWER"})
    void a_request_whose_first_acting_step_handles_or_answers_awaits_action(HopAction action) {
      ContactRequest request =
          submitted(
              List.of(
                  hop(1, COMMUNICATIONS_OFFICER, COMMUNICATOR, HopAction.INFORM),
                  hop(2, ARRANGER_POSITION, action)));

      assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ACTION);
      assertThat(request.current().map(RequestHop::order)).contains(2);
    }

    @Test
    void submitting_records_who_asked_when_and_nothing_more() {
      ContactRequest request = dialogue();

      assertThat(request.history()).hasSize(1);
      RequestEvent submitted = request.history().get(0);
      assertThat(submitted.event()).isEqualTo(RequestEventType.SUBMITTED);
      assertThat(submitted.actor()).isEqualTo(REQUESTER);
      assertThat(submitted.onBehalfOf()).isEmpty();
      assertThat(submitted.at()).isEqualTo(NOW);
      assertThat(submitted.from()).isEmpty();
      assertThat(submitted.to()).isEqualTo(RequestStatus.AWAITING_DECISION);
      assertThat(submitted.hop()).isEmpty();
      assertThat(submitted.note()).isEmpty();
      assertThat(request.createdAt()).isEqualTo(NOW);
      assertThat(request.updatedAt()).isEqualTo(NOW);
      assertThat(request.routedUnder()).isEqualTo(ROUTED_UNDER);
      assertThat(request.responsibleManager()).isEmpty();
      assertThat(request.redirectedTo()).isEmpty();
      assertThat(request.isStuckAtTop()).isFalse();
    }

    @Test
    void each_submitted_request_gets_an_id_of_its_own() {
      assertThat(dialogue().id()).isNotEqualTo(dialogue().id());
    }

    @Test
    void a_route_without_a_step_that_acts_is_refused() {
      assertThatThrownBy(
              () ->
                  submitted(
                      List.of(hop(1, COMMUNICATIONS_OFFICER, COMMUNICATOR, HopAction.INFORM))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a route needs a hop that acts");
      assertThatThrownBy(() -> submitted(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
  }

  // ---- Deciding ----

  @Nested
  class Approving {

    @Test
    void approving_hands_the_request_to_the_manager_the_route_named_to_arrange_it() {
      ContactRequest request = dialogue();

      request.approve(
          APPROVER, holds(APPROVER_POSITION), Optional.empty(), Optional.of("Gärna"), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
      assertThat(request.responsibleManager()).contains(ARRANGER_POSITION);
      RequestHop decided = hopNo(request, 1);
      assertThat(decided.state()).isEqualTo(HopState.DONE);
      assertThat(decided.actedBy()).contains(APPROVER);
      assertThat(decided.actedAt()).contains(LATER);
      assertThat(decided.note()).contains("Gärna");
      assertThat(request.current().map(RequestHop::position)).contains(ARRANGER_POSITION);
      RequestEvent approved = lastEvent(request);
      assertThat(approved.event()).isEqualTo(RequestEventType.APPROVED);
      assertThat(approved.actor()).isEqualTo(APPROVER);
      assertThat(approved.onBehalfOf()).isEmpty();
      assertThat(approved.from()).contains(RequestStatus.AWAITING_DECISION);
      assertThat(approved.to()).isEqualTo(RequestStatus.APPROVED);
      assertThat(approved.hop()).contains(1);
      assertThat(approved.note()).contains("Gärna");
      assertThat(request.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void
        the_approver_may_name_another_manager_who_then_arranges_in_place_of_the_one_the_route_named() {
      ContactRequest request = dialogue();

      request.approve(
          APPROVER,
          holds(APPROVER_POSITION),
          Optional.of(HEAD_OF_SCHOOLS),
          Optional.empty(),
          LATER);

      assertThat(request.responsibleManager()).contains(HEAD_OF_SCHOOLS);
      assertThat(hopNo(request, 2).position()).isEqualTo(HEAD_OF_SCHOOLS);
      assertForbidden(
          request,
          () -> request.arrange(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), LATER));
      request.arrange(new PersonId("P-GR-CH"), holds(HEAD_OF_SCHOOLS), Optional.empty(), LATER);
      assertThat(request.status()).isEqualTo(RequestStatus.ARRANGED);
    }

    @Test
    void approving_a_request_with_no_arrangement_step_leaves_it_approved_with_nothing_waiting() {
      ContactRequest request = submitted(List.of(hop(1, APPROVER_POSITION, HopAction.APPROVE)));

      request.approve(
          APPROVER, holds(APPROVER_POSITION), Optional.empty(), Optional.empty(), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
      assertThat(request.current()).isEmpty();
      assertThat(request.responsibleManager()).isEmpty();
    }

    @Test
    void approving_a_request_whose_next_step_handles_it_makes_it_await_action() {
      ContactRequest request =
          submitted(
              List.of(
                  hop(1, APPROVER_POSITION, HopAction.APPROVE),
                  hop(2, ARRANGER_POSITION, HopAction.HANDLE)));

      request.approve(
          APPROVER, holds(APPROVER_POSITION), Optional.empty(), Optional.empty(), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ACTION);
      assertThat(lastEvent(request).to()).isEqualTo(RequestStatus.AWAITING_ACTION);
    }

    @Test
    void a_manager_named_where_there_is_no_arrangement_step_is_an_invalid_field() {
      ContactRequest request = submitted(List.of(hop(1, APPROVER_POSITION, HopAction.APPROVE)));

      assertThatThrownBy(
              () ->
                  request.approve(
                      APPROVER,
                      holds(APPROVER_POSITION),
                      Optional.of(HEAD_OF_SCHOOLS),
                      Optional.empty(),
                      LATER))
          .isInstanceOfSatisfying(
              SamspelException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(SamspelException.Kind.INVALID_INPUT);
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("responsibleManager"));
              });
      assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DECISION);
      assertThat(request.history()).hasSize(1);
    }

    @Test
    void a_manager_named_where_there_is_no_arrangement_step_changes_nothing() {
      ContactRequest request = submitted(List.of(hop(1, APPROVER_POSITION, HopAction.APPROVE)));
      Snapshot before = Snapshot.of(request);

      assertThatThrownBy(
              () ->
                  request.approve(
                      SUBSTITUTE,
                      substitutes(APPROVER_POSITION, APPROVER),
                      Optional.of(HEAD_OF_SCHOOLS),
                      Optional.empty(),
                      LATER))
          .isInstanceOf(SamspelException.class);

      assertThat(Snapshot.of(request)).isEqualTo(before);
      assertThat(request.current().map(RequestHop::order)).contains(1);
      request.withdraw(REQUESTER, Optional.empty(), LATER);
      assertThat(lastEvent(request).onBehalfOf()).as("the requester acts for no one").isEmpty();
    }
  }

  @Nested
  class DecliningAndRedirecting {

    @Test
    void declining_closes_the_request_with_the_reason_and_skips_the_steps_still_waiting() {
      ContactRequest request = dialogue();

      request.decline(APPROVER, holds(APPROVER_POSITION), "Inte under budgetperioden", LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.DECLINED);
      assertThat(request.current()).isEmpty();
      assertThat(hopNo(request, 1).state()).isEqualTo(HopState.DONE);
      assertThat(hopNo(request, 1).actedBy()).contains(APPROVER);
      assertThat(hopNo(request, 1).note()).contains("Inte under budgetperioden");
      assertThat(hopNo(request, 2).state()).isEqualTo(HopState.SKIPPED);
      assertThat(request.responsibleManager()).isEmpty();
      RequestEvent declined = lastEvent(request);
      assertThat(declined.event()).isEqualTo(RequestEventType.DECLINED);
      assertThat(declined.from()).contains(RequestStatus.AWAITING_DECISION);
      assertThat(declined.to()).isEqualTo(RequestStatus.DECLINED);
      assertThat(declined.hop()).contains(1);
      assertThat(declined.note()).contains("Inte under budgetperioden");
    }

    @Test
    void redirecting_closes_the_request_and_names_where_it_went_and_why() {
      ContactRequest request = dialogue();

      request.redirect(
          APPROVER, holds(APPROVER_POSITION), "Socialnämnden", "Frågan hör dit", LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.REDIRECTED);
      assertThat(request.redirectedTo()).contains("Socialnämnden");
      assertThat(request.current()).isEmpty();
      assertThat(hopNo(request, 1).state()).isEqualTo(HopState.DONE);
      assertThat(hopNo(request, 1).note()).contains("Frågan hör dit");
      assertThat(hopNo(request, 2).state()).isEqualTo(HopState.SKIPPED);
      RequestEvent redirected = lastEvent(request);
      assertThat(redirected.event()).isEqualTo(RequestEventType.REDIRECTED);
      assertThat(redirected.to()).isEqualTo(RequestStatus.REDIRECTED);
      assertThat(redirected.note()).contains("→ Socialnämnden: Frågan hör dit");
    }
  }

  // ---- Arranging, resolving, completing ----

  @Nested
  class ArrangingResolvingCompleting {

    @Test
    void the_responsible_manager_arranges_an_approved_request() {
      ContactRequest request = approve(dialogue());

      request.arrange(ARRANGER, holds(ARRANGER_POSITION), Optional.of("Tisdag 10.00"), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.ARRANGED);
      assertThat(request.current()).isEmpty();
      assertThat(hopNo(request, 2).state()).isEqualTo(HopState.DONE);
      assertThat(hopNo(request, 2).actedBy()).contains(ARRANGER);
      RequestEvent arranged = lastEvent(request);
      assertThat(arranged.event()).isEqualTo(RequestEventType.ARRANGED);
      assertThat(arranged.from()).contains(RequestStatus.APPROVED);
      assertThat(arranged.to()).isEqualTo(RequestStatus.ARRANGED);
      assertThat(arranged.hop()).contains(2);
      assertThat(arranged.note()).contains("Tisdag 10.00");
    }

    @Test
    void resolving_a_step_passes_the_request_on_and_resolving_the_last_one_completes_it() {
      ContactRequest request =
          submitted(
              List.of(
                  hop(1, ARRANGER_POSITION, HopAction.HANDLE),
                  hop(2, APPROVER_POSITION, HopAction.ANSWER)));

      request.resolve(ARRANGER, holds(ARRANGER_POSITION), Optional.of("Hanterat"), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ACTION);
      assertThat(request.current().map(RequestHop::order)).contains(2);
      assertThat(lastEvent(request).event()).isEqualTo(RequestEventType.RESOLVED);
      assertThat(lastEvent(request).note()).contains("Hanterat");

      request.resolve(APPROVER, holds(APPROVER_POSITION), Optional.empty(), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(request.current()).isEmpty();
      RequestEvent last = lastEvent(request);
      assertThat(last.event()).isEqualTo(RequestEventType.RESOLVED);
      assertThat(last.from()).contains(RequestStatus.AWAITING_ACTION);
      assertThat(last.to()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(last.hop()).contains(2);
    }

    @Test
    void resolving_a_step_followed_by_a_decision_makes_the_request_await_that_decision() {
      ContactRequest request =
          submitted(
              List.of(
                  hop(1, ARRANGER_POSITION, HopAction.HANDLE),
                  hop(2, APPROVER_POSITION, HopAction.APPROVE)));

      request.resolve(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DECISION);
    }

    @Test
    void only_a_step_that_handles_or_answers_can_be_resolved() {
      ContactRequest deciding = dialogue();
      assertInvalidTransition(
          deciding,
          () -> deciding.resolve(APPROVER, holds(APPROVER_POSITION), Optional.empty(), LATER));
      ContactRequest arranging = approve(dialogue());
      assertInvalidTransition(
          arranging,
          () -> arranging.resolve(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), LATER));
    }

    @Test
    void the_requester_completes_an_arranged_request() {
      ContactRequest request = in(RequestStatus.ARRANGED);

      request.complete(REQUESTER, Capacity.none(), Optional.of("Bra möte"), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.COMPLETED);
      RequestEvent completed = lastEvent(request);
      assertThat(completed.event()).isEqualTo(RequestEventType.COMPLETED);
      assertThat(completed.actor()).isEqualTo(REQUESTER);
      assertThat(completed.from()).contains(RequestStatus.ARRANGED);
      assertThat(completed.to()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(completed.hop()).isEmpty();
      assertThat(completed.note()).contains("Bra möte");
    }

    @Test
    void the_one_who_arranged_it_may_complete_it_too_even_without_the_position_today() {
      ContactRequest request = in(RequestStatus.ARRANGED);

      request.complete(ARRANGER, Capacity.none(), Optional.empty(), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.COMPLETED);
    }

    @Test
    void whoever_holds_the_responsible_managers_position_may_complete_it() {
      ContactRequest request = in(RequestStatus.ARRANGED);

      request.complete(
          new PersonId("P-NEW-REKTOR"), holds(ARRANGER_POSITION), Optional.empty(), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.COMPLETED);
    }

    @Test
    void an_approved_request_with_nothing_left_to_arrange_may_be_completed() {
      ContactRequest request = submitted(List.of(hop(1, APPROVER_POSITION, HopAction.APPROVE)));
      approve(request);

      request.complete(REQUESTER, Capacity.none(), Optional.empty(), LATER);

      assertThat(request.status()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(lastEvent(request).from()).contains(RequestStatus.APPROVED);
    }

    @Test
    void no_one_else_may_complete_it() {
      ContactRequest request = in(RequestStatus.ARRANGED);

      assertForbidden(
          request,
          () -> request.complete(STRANGER, holds(STRANGER_POSITION), Optional.empty(), LATER));
    }

    @Test
    void a_substitute_of_the_responsible_manager_who_completes_it_is_recorded_as_acting_for_them() {
      ContactRequest request = in(RequestStatus.ARRANGED);

      request.complete(
          SUBSTITUTE, substitutes(ARRANGER_POSITION, ARRANGER), Optional.empty(), LATER);

      assertThat(lastEvent(request).onBehalfOf()).contains(ARRANGER);
    }

    @Test
    void the_whole_life_of_a_dialogue_is_told_by_its_history() {
      ContactRequest request = dialogue();
      request.approve(
          APPROVER,
          holds(APPROVER_POSITION),
          Optional.empty(),
          Optional.empty(),
          NOW.plusSeconds(1));
      request.arrange(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), NOW.plusSeconds(2));
      request.complete(REQUESTER, Capacity.none(), Optional.empty(), NOW.plusSeconds(3));

      assertThat(request.history())
          .extracting(RequestEvent::event)
          .containsExactly(
              RequestEventType.SUBMITTED,
              RequestEventType.APPROVED,
              RequestEventType.ARRANGED,
              RequestEventType.COMPLETED);
      List<RequestEvent> history = request.history();
      for (int i = 1; i < history.size(); i++) {
        assertThat(history.get(i).from())
            .as("each entry starts where the one before ended")
            .contains(history.get(i - 1).to());
      }
      assertThat(request.createdAt()).isEqualTo(NOW);
      assertThat(request.updatedAt()).isEqualTo(NOW.plusSeconds(3));
      assertThat(request.hops()).allMatch(h -> h.state() == HopState.DONE);
    }
  }

  // ---- Who may act, and every transition from every status ----

  /** A transition, made by someone who holds every position of the fixture's routes. */
  enum Transition {
    APPROVE(
        EnumSet.of(RequestStatus.AWAITING_DECISION),
        (r, who, c) -> r.approve(who, c, Optional.empty(), Optional.empty(), LATER)),
    DECLINE(
        EnumSet.of(RequestStatus.AWAITING_DECISION),
        (r, who, c) -> r.decline(who, c, "Nej", LATER)),
    REDIRECT(
        EnumSet.of(RequestStatus.AWAITING_DECISION),
        (r, who, c) -> r.redirect(who, c, "Nämnden", "Hör dit", LATER)),
    ARRANGE(
        EnumSet.of(RequestStatus.APPROVED),
        (r, who, c) -> r.arrange(who, c, Optional.empty(), LATER)),
    RESOLVE(
        EnumSet.of(RequestStatus.AWAITING_ACTION),
        (r, who, c) -> r.resolve(who, c, Optional.empty(), LATER)),
    COMPLETE(
        EnumSet.of(RequestStatus.ARRANGED),
        (r, who, c) -> r.complete(who, c, Optional.empty(), LATER)),
    ACKNOWLEDGE(
        EnumSet.of(
            RequestStatus.AWAITING_DECISION, RequestStatus.AWAITING_ACTION, RequestStatus.APPROVED),
        (r, who, c) -> r.acknowledge(who, c, LATER, NEXT_DUE)),
    ESCALATE_BY_HAND(
        EnumSet.of(
            RequestStatus.AWAITING_DECISION, RequestStatus.AWAITING_ACTION, RequestStatus.APPROVED),
        (r, who, c) ->
            r.escalate(
                who, c, EscalationReason.BY_HAND, KD_POSITION, Optional.empty(), LATER, NEXT_DUE)),
    /** Samspel itself escalates when a deadline passes; the fixtures start no clock. */
    ESCALATE_ON_DEADLINE(
        EnumSet.noneOf(RequestStatus.class),
        (r, who, c) ->
            r.escalate(
                ContactRequest.SAMSPEL,
                Capacity.none(),
                EscalationReason.DEADLINE_PASSED,
                KD_POSITION,
                Optional.empty(),
                LATER,
                NEXT_DUE)),
    STUCK_AT_TOP(
        EnumSet.of(
            RequestStatus.AWAITING_DECISION, RequestStatus.AWAITING_ACTION, RequestStatus.APPROVED),
        (r, who, c) -> r.stuckAtTop(ContactRequest.SAMSPEL, Optional.empty(), LATER));

    interface Act {
      void on(ContactRequest request, PersonId actor, Capacity capacity);
    }

    final Set<RequestStatus> allowedIn;
    final Act act;

    Transition(Set<RequestStatus> allowedIn, Act act) {
      this.allowedIn = allowedIn;
      this.act = act;
    }

    /** Whether the transition checks that the actor holds the waiting step's position. */
    boolean checksTheHolder() {
      return this != COMPLETE && this != ESCALATE_ON_DEADLINE && this != STUCK_AT_TOP;
    }
  }

  static Stream<Arguments> everyTransitionFromEveryStatus() {
    return Arrays.stream(Transition.values())
        .flatMap(t -> Arrays.stream(RequestStatus.values()).map(s -> Arguments.of(t, s)));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("everyTransitionFromEveryStatus")
  void a_transition_is_made_only_from_the_statuses_that_allow_it_and_otherwise_changes_nothing(
      Transition transition, RequestStatus status) {
    ContactRequest request = in(status);
    // Someone other than the requester (nobody approves their own request) holding every position:
    // a refusal can only be about the status.
    Capacity everything = holds(APPROVER_POSITION, ARRANGER_POSITION);
    PersonId actor = APPROVER;
    int historyBefore = request.history().size();

    if (transition.allowedIn.contains(status)) {
      transition.act.on(request, actor, everything);
      assertThat(request.history()).hasSize(historyBefore + 1);
    } else {
      assertInvalidTransition(request, () -> transition.act.on(request, actor, everything));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Transition.class,
      names = {"APPROVE", "DECLINE", "REDIRECT"})
  void nobody_approves_their_own_request_even_holding_the_approvers_post(Transition transition) {
    // Issue 13, "Nobody approves their own request": routing drops such a step, but a substitution
    // named later can give the requester the approver's post. The decision is still refused.
    ContactRequest request = in(RequestStatus.AWAITING_DECISION);
    int historyBefore = request.history().size();

    assertForbidden(request, () -> transition.act.on(request, REQUESTER, holds(APPROVER_POSITION)));
    assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DECISION);
    assertThat(request.history()).hasSize(historyBefore);
  }

  static Stream<Arguments> transitionsThatCheckTheHolder() {
    return Arrays.stream(Transition.values())
        .filter(Transition::checksTheHolder)
        .map(t -> Arguments.of(t, t.allowedIn.iterator().next()));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("transitionsThatCheckTheHolder")
  void someone_who_does_not_hold_the_waiting_position_may_not_act_on_it(
      Transition transition, RequestStatus status) {
    ContactRequest request = in(status);

    assertForbidden(request, () -> transition.act.on(request, STRANGER, holds(STRANGER_POSITION)));
    assertForbidden(
        request,
        () ->
            transition.act.on(
                request,
                request.current().orElseThrow().holderWhenRouted().orElseThrow(),
                Capacity.none()));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("transitionsThatCheckTheHolder")
  void a_substitute_may_act_and_the_history_says_for_whom(
      Transition transition, RequestStatus status) {
    ContactRequest request = in(status);
    RequestHop waiting = request.current().orElseThrow();
    PersonId absent = waiting.holderWhenRouted().orElseThrow();

    transition.act.on(request, SUBSTITUTE, substitutes(waiting.position(), absent));

    RequestEvent event = lastEvent(request);
    assertThat(event.actor()).isEqualTo(SUBSTITUTE);
    assertThat(event.onBehalfOf()).contains(absent);
  }

  @Test
  void what_a_substitute_did_is_not_carried_over_to_the_next_actor() {
    ContactRequest request = dialogue();
    request.approve(
        SUBSTITUTE,
        substitutes(APPROVER_POSITION, APPROVER),
        Optional.empty(),
        Optional.empty(),
        LATER);

    request.arrange(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), LATER);

    assertThat(hopNo(request, 1).actedBy()).contains(SUBSTITUTE);
    assertThat(lastEvent(request).onBehalfOf()).isEmpty();
  }

  @Test
  void someone_who_holds_the_position_themselves_acts_for_no_one_even_if_they_also_substitute() {
    ContactRequest request = dialogue();
    Capacity both =
        new Capacity(Set.of(APPROVER_POSITION), Map.of(APPROVER_POSITION, new PersonId("P-AWAY")));

    request.approve(APPROVER, both, Optional.empty(), Optional.empty(), LATER);

    assertThat(lastEvent(request).onBehalfOf()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Transition.class,
      names = {"ACKNOWLEDGE", "ESCALATE_BY_HAND", "STUCK_AT_TOP"})
  void a_refusal_says_in_plain_english_what_could_not_be_done(Transition transition) {
    ContactRequest request = in(RequestStatus.COMPLETED);

    assertThatThrownBy(() -> transition.act.on(request, REQUESTER, Capacity.none()))
        .hasMessageNotContaining("escalaten")
        .hasMessageNotContaining("acknowledgen")
        .hasMessageMatching("The request cannot be (escalated|acknowledged): .*");
  }

  // ---- Deadlines and escalation ----

  @Nested
  class DeadlinesAndEscalation {

    @Test
    void the_clock_of_the_waiting_step_starts_once_and_the_request_is_overdue_from_its_deadline() {
      ContactRequest request = dialogue();
      assertThat(request.isOverdue(DUE.plus(Duration.ofDays(365))))
          .as("no clock, never overdue")
          .isFalse();

      request.startClock(DUE);
      request.startClock(DUE.plus(Duration.ofDays(30)));

      assertThat(request.current().orElseThrow().dueAt()).contains(DUE);
      assertThat(hopNo(request, 2).dueAt()).as("only the waiting step has a clock").isEmpty();
      assertThat(request.isOverdue(DUE.minusSeconds(1))).isFalse();
      assertThat(request.isOverdue(DUE)).isTrue();
      assertThat(request.isOverdue(DUE.plusSeconds(1))).isTrue();
    }

    @Test
    void a_closed_request_has_no_clock_to_start_and_is_never_overdue() {
      ContactRequest request = in(RequestStatus.DECLINED);
      List<RequestHop> before = request.hops();

      request.startClock(DUE);

      assertThat(request.hops()).isEqualTo(before);
      assertThat(request.isOverdue(NEXT_DUE)).isFalse();
    }

    @Test
    void the_next_step_gets_a_clock_of_its_own_once_it_waits() {
      ContactRequest request = dialogue();
      request.startClock(DUE);
      approve(request);
      assertThat(hopNo(request, 1).dueAt()).as("a done step has no deadline").isEmpty();
      assertThat(request.isOverdue(NEXT_DUE)).isFalse();

      request.startClock(NEXT_DUE);

      assertThat(hopNo(request, 2).dueAt()).contains(NEXT_DUE);
    }

    @Test
    void samspel_may_not_escalate_before_the_deadline_has_passed() {
      ContactRequest request = dialogue();
      request.startClock(DUE);

      assertInvalidTransition(
          request,
          () ->
              request.escalate(
                  ContactRequest.SAMSPEL,
                  Capacity.none(),
                  EscalationReason.DEADLINE_PASSED,
                  KD_POSITION,
                  Optional.empty(),
                  DUE.minusSeconds(1),
                  NEXT_DUE));
    }

    @Test
    void a_passed_deadline_lifts_the_waiting_step_to_the_next_level_and_says_so_in_the_history() {
      ContactRequest request = dialogue();
      request.startClock(DUE);

      request.escalate(
          ContactRequest.SAMSPEL,
          Capacity.none(),
          EscalationReason.DEADLINE_PASSED,
          KD_POSITION,
          Optional.empty(),
          DUE,
          NEXT_DUE);

      RequestHop climbed = request.current().orElseThrow();
      assertThat(climbed.order()).isEqualTo(1);
      assertThat(climbed.position()).isEqualTo(KD_POSITION);
      assertThat(climbed.escalatedFrom()).contains(APPROVER_POSITION);
      assertThat(climbed.escalations()).isEqualTo(1);
      assertThat(climbed.dueAt()).contains(NEXT_DUE);
      assertThat(climbed.state()).isEqualTo(HopState.PENDING);
      assertThat(request.status())
          .as("climbing does not change the status")
          .isEqualTo(RequestStatus.AWAITING_DECISION);
      assertThat(request.isOverdue(DUE)).isFalse();
      RequestEvent escalated = lastEvent(request);
      assertThat(escalated.event()).isEqualTo(RequestEventType.ESCALATED);
      assertThat(escalated.actor()).isEqualTo(ContactRequest.SAMSPEL);
      assertThat(escalated.from()).contains(RequestStatus.AWAITING_DECISION);
      assertThat(escalated.to()).isEqualTo(RequestStatus.AWAITING_DECISION);
      assertThat(escalated.hop()).contains(1);
      assertThat(escalated.note())
          .contains("POS-FC-BUF → POS-KD (deadline passed; rule KUN-POLITICIAN-DIALOGUE)");
    }

    @Test
    void the_level_a_step_climbed_to_decides_in_place_of_the_one_below() {
      ContactRequest request = dialogue();
      request.startClock(DUE);
      request.escalate(
          ContactRequest.SAMSPEL,
          Capacity.none(),
          EscalationReason.DEADLINE_PASSED,
          KD_POSITION,
          Optional.empty(),
          DUE,
          NEXT_DUE);

      assertForbidden(
          request,
          () ->
              request.approve(
                  APPROVER, holds(APPROVER_POSITION), Optional.empty(), Optional.empty(), DUE));
      request.approve(KD, holds(KD_POSITION), Optional.empty(), Optional.empty(), DUE);

      assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
      assertThat(hopNo(request, 1).actedBy()).contains(KD);
    }

    @Test
    void the_holder_may_escalate_by_hand_before_any_deadline_and_the_note_says_why() {
      ContactRequest request = approve(dialogue());

      request.escalate(
          ARRANGER,
          holds(ARRANGER_POSITION),
          EscalationReason.BY_HAND,
          HEAD_OF_SCHOOLS,
          Optional.of("Kräver beslut om resurser"),
          LATER,
          NEXT_DUE);

      assertThat(request.current().orElseThrow().position()).isEqualTo(HEAD_OF_SCHOOLS);
      RequestEvent escalated = lastEvent(request);
      assertThat(escalated.actor()).isEqualTo(ARRANGER);
      assertThat(escalated.note())
          .contains(
              "POS-REKTOR-1 → POS-BUF-GR-CH (escalated by hand: Kräver beslut om resurser;"
                  + " rule KUN-POLITICIAN-DIALOGUE)");
    }

    @Test
    void escalating_by_hand_without_a_note_says_only_that_it_was_by_hand() {
      ContactRequest request = dialogue();

      request.escalate(
          APPROVER,
          holds(APPROVER_POSITION),
          EscalationReason.BY_HAND,
          KD_POSITION,
          Optional.empty(),
          LATER,
          NEXT_DUE);

      assertThat(lastEvent(request).note())
          .contains("POS-FC-BUF → POS-KD (escalated by hand; rule KUN-POLITICIAN-DIALOGUE)");
    }

    @Test
    void a_step_that_climbs_twice_remembers_the_level_the_route_named_and_counts_the_climbs() {
      ContactRequest request = approve(dialogue());
      request.startClock(DUE);
      request.escalate(
          ContactRequest.SAMSPEL,
          Capacity.none(),
          EscalationReason.DEADLINE_PASSED,
          HEAD_OF_SCHOOLS,
          Optional.empty(),
          DUE,
          NEXT_DUE);

      request.escalate(
          ContactRequest.SAMSPEL,
          Capacity.none(),
          EscalationReason.DEADLINE_PASSED,
          APPROVER_POSITION,
          Optional.empty(),
          NEXT_DUE,
          NEXT_DUE.plus(Duration.ofDays(2)));

      RequestHop climbed = request.current().orElseThrow();
      assertThat(climbed.position()).isEqualTo(APPROVER_POSITION);
      assertThat(climbed.escalatedFrom()).contains(ARRANGER_POSITION);
      assertThat(climbed.escalations()).isEqualTo(2);
      assertThat(lastEvent(request).note())
          .as("the second climb starts where the first ended")
          .contains("POS-BUF-GR-CH → POS-FC-BUF (deadline passed; rule KUN-POLITICIAN-DIALOGUE)");
      assertThat(request.history())
          .filteredOn(e -> e.event() == RequestEventType.ESCALATED)
          .hasSize(2);
    }

    @Test
    void
        the_holder_takes_the_matter_at_their_level_once_and_the_clock_moves_to_the_next_deadline() {
      ContactRequest request = dialogue();
      request.startClock(DUE);

      request.acknowledge(APPROVER, holds(APPROVER_POSITION), LATER, NEXT_DUE);

      RequestHop taken = request.current().orElseThrow();
      assertThat(taken.isAcknowledged()).isTrue();
      assertThat(taken.acknowledgedBy()).contains(APPROVER);
      assertThat(taken.acknowledgedAt()).contains(LATER);
      assertThat(taken.dueAt()).contains(NEXT_DUE);
      assertThat(request.isOverdue(DUE)).as("the old deadline no longer counts").isFalse();
      RequestEvent acknowledged = lastEvent(request);
      assertThat(acknowledged.event()).isEqualTo(RequestEventType.ACKNOWLEDGED);
      assertThat(acknowledged.from()).contains(RequestStatus.AWAITING_DECISION);
      assertThat(acknowledged.to()).isEqualTo(RequestStatus.AWAITING_DECISION);
      assertThat(acknowledged.hop()).contains(1);

      assertInvalidTransition(
          request, () -> request.acknowledge(APPROVER, holds(APPROVER_POSITION), LATER, NEXT_DUE));
    }

    @Test
    void the_next_level_may_take_the_matter_again_after_a_climb() {
      ContactRequest request = dialogue();
      request.startClock(DUE);
      request.acknowledge(APPROVER, holds(APPROVER_POSITION), LATER, NEXT_DUE);
      request.escalate(
          ContactRequest.SAMSPEL,
          Capacity.none(),
          EscalationReason.DEADLINE_PASSED,
          KD_POSITION,
          Optional.empty(),
          NEXT_DUE,
          NEXT_DUE.plus(Duration.ofDays(2)));
      assertThat(request.current().orElseThrow().isAcknowledged()).isFalse();

      request.acknowledge(KD, holds(KD_POSITION), NEXT_DUE, NEXT_DUE.plus(Duration.ofDays(5)));

      assertThat(request.current().orElseThrow().acknowledgedBy()).contains(KD);
    }

    @Test
    void a_step_at_the_top_of_the_chain_stops_climbing_and_the_request_is_stuck_while_open() {
      ContactRequest request = submitted(List.of(hop(1, ARRANGER_POSITION, HopAction.HANDLE)));
      request.startClock(DUE);

      request.stuckAtTop(ContactRequest.SAMSPEL, Optional.of("Ingen nivå över KD"), DUE);

      assertThat(request.isStuckAtTop()).isTrue();
      assertThat(request.current().orElseThrow().dueAt()).as("the clock stops").isEmpty();
      assertThat(request.isOverdue(NEXT_DUE)).isFalse();
      assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ACTION);
      RequestEvent stuck = lastEvent(request);
      assertThat(stuck.event()).isEqualTo(RequestEventType.STUCK_AT_TOP);
      assertThat(stuck.actor()).isEqualTo(ContactRequest.SAMSPEL);
      assertThat(stuck.from()).contains(RequestStatus.AWAITING_ACTION);
      assertThat(stuck.to()).isEqualTo(RequestStatus.AWAITING_ACTION);
      assertThat(stuck.hop()).contains(1);
      assertThat(stuck.note()).contains("Ingen nivå över KD");

      request.resolve(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), NEXT_DUE);

      assertThat(request.isStuckAtTop()).as("a closed request is stuck nowhere").isFalse();
    }

    @Test
    void a_withdrawn_request_is_no_longer_stuck_at_the_top() {
      ContactRequest request = dialogue();
      request.stuckAtTop(ContactRequest.SAMSPEL, Optional.empty(), LATER);
      assertThat(request.isStuckAtTop()).isTrue();

      request.withdraw(REQUESTER, Optional.empty(), LATER);

      assertThat(request.isStuckAtTop()).isFalse();
    }
  }

  // ---- Who may see a request ----

  /**
   * A slice of an organisation, small enough to read (positions only matter for oversight):
   *
   * <pre>
   * POS-KD (municipal director)
   *   POS-FC-BUF (head of education)       P-FC-BUF
   *     POS-BUF-GR-CH (head of schools)
   *       POS-REKTOR-1 (principal)          P-REKTOR
   *         POS-LARARE-1 (teacher)          P-LARARE
   *   POS-FC-SBF (head of planning)        P-FC-SBF
   *   POS-KANSLICHEF (head of secretariat)
   *     POS-VISSELBLASARE (whistleblower function)  P-VB
   * </pre>
   */
  static final PositionId TEACHER_POSITION = new PositionId("POS-LARARE-1");

  static final PersonId TEACHER = new PersonId("P-LARARE");
  static final PositionId SECRETARIAT_HEAD = new PositionId("POS-KANSLICHEF");
  static final PositionId WHISTLEBLOWER_FUNCTION = new PositionId("POS-VISSELBLASARE");
  static final PersonId WHISTLEBLOWER_OFFICER = new PersonId("P-VB");

  // After the positions it names: static fields are initialised in order.
  static final OrganisationGraph GRAPH = smallOrganisation();

  static OrganisationGraph smallOrganisation() {
    UnitId municipality = new UnitId("U-KOMMUN");
    UnitId central = new UnitId("U-KLF");
    UnitId education = new UnitId("U-BUF");
    UnitId planning = new UnitId("U-SBF");
    List<Unit> units =
        List.of(
            new Unit(
                municipality,
                "Kommunen",
                UnitKind.MUNICIPALITY,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            department(central, "Kommunledningsförvaltningen", municipality, KD_POSITION),
            department(education, "Barn- och utbildning", municipality, APPROVER_POSITION),
            department(planning, "Samhällsbyggnad", municipality, STRANGER_POSITION));
    List<Position> positions =
        List.of(
            position(KD_POSITION, PositionKind.MUNICIPAL_DIRECTOR, central, null, KD),
            position(
                APPROVER_POSITION, PositionKind.DEPARTMENT_HEAD, education, KD_POSITION, APPROVER),
            position(HEAD_OF_SCHOOLS, PositionKind.MANAGER, education, APPROVER_POSITION, null),
            position(ARRANGER_POSITION, PositionKind.MANAGER, education, HEAD_OF_SCHOOLS, ARRANGER),
            position(
                TEACHER_POSITION, PositionKind.STAFF_MEMBER, education, ARRANGER_POSITION, TEACHER),
            position(
                STRANGER_POSITION, PositionKind.DEPARTMENT_HEAD, planning, KD_POSITION, STRANGER),
            position(SECRETARIAT_HEAD, PositionKind.MANAGER, central, KD_POSITION, null),
            position(
                WHISTLEBLOWER_FUNCTION,
                PositionKind.WHISTLEBLOWER_FUNCTION,
                central,
                SECRETARIAT_HEAD,
                WHISTLEBLOWER_OFFICER));
    return OrganisationGraph.of(new Organisation(units, positions, List.of()));
  }

  static Unit department(UnitId id, String name, UnitId parent, PositionId head) {
    return new Unit(
        id, name, UnitKind.DEPARTMENT, Optional.of(parent), Optional.empty(), Optional.of(head));
  }

  static Position position(
      PositionId id, PositionKind kind, UnitId unit, PositionId reportsTo, PersonId holder) {
    return new Position(
        id,
        id.value(),
        kind,
        unit,
        Optional.ofNullable(reportsTo),
        Optional.ofNullable(holder),
        Optional.empty(),
        List.of());
  }

  static Oversight oversightOf(PositionId... positions) {
    return Oversight.of(Set.of(positions), GRAPH);
  }

  @Nested
  class Visibility {

    @Test
    void the_requester_takes_part_in_their_request() {
      assertThat(dialogue().involves(REQUESTER, Capacity.none())).isTrue();
    }

    @Test
    void whoever_holds_a_position_on_the_route_takes_part_even_one_only_informed() {
      ContactRequest request =
          submitted(
              List.of(
                  hop(1, COMMUNICATIONS_OFFICER, COMMUNICATOR, HopAction.INFORM),
                  hop(2, APPROVER_POSITION, HopAction.APPROVE)));
      PersonId newHolder = new PersonId("P-SOMEONE-NEW");

      assertThat(request.involves(newHolder, holds(COMMUNICATIONS_OFFICER))).isTrue();
      assertThat(request.involves(newHolder, holds(APPROVER_POSITION))).isTrue();
      assertThat(request.involves(newHolder, substitutes(APPROVER_POSITION, APPROVER))).isTrue();
    }

    @Test
    void
        the_person_named_when_it_was_routed_and_the_one_who_acted_take_part_without_the_position() {
      ContactRequest request = approve(dialogue());
      request.arrange(
          SUBSTITUTE, substitutes(ARRANGER_POSITION, ARRANGER), Optional.empty(), LATER);

      assertThat(request.involves(APPROVER, Capacity.none())).isTrue();
      assertThat(request.involves(ARRANGER, Capacity.none())).isTrue();
      assertThat(request.involves(SUBSTITUTE, Capacity.none())).isTrue();
    }

    @Test
    void someone_with_no_part_in_it_does_not_take_part() {
      ContactRequest request = dialogue();

      assertThat(request.involves(STRANGER, holds(STRANGER_POSITION))).isFalse();
      assertThat(request.involves(STRANGER, Capacity.none())).isFalse();
      assertThat(request.involves(KD, holds(KD_POSITION))).isFalse();
    }

    @Test
    void a_request_waits_within_the_oversight_of_the_waiting_position_and_every_manager_above() {
      ContactRequest request = approve(dialogue()); // waits on the principal

      assertThat(request.waitsWithin(oversightOf(ARRANGER_POSITION))).isTrue();
      assertThat(request.waitsWithin(oversightOf(HEAD_OF_SCHOOLS))).isTrue();
      assertThat(request.waitsWithin(oversightOf(APPROVER_POSITION))).isTrue();
      assertThat(request.waitsWithin(oversightOf(KD_POSITION))).isTrue();
      assertThat(request.waitsWithin(oversightOf(TEACHER_POSITION)))
          .as("a position below does not oversee the one above")
          .isFalse();
      assertThat(request.waitsWithin(oversightOf(STRANGER_POSITION)))
          .as("another department")
          .isFalse();
      assertThat(request.waitsWithin(Oversight.none())).isFalse();
    }

    @Test
    void a_request_that_climbed_away_from_a_position_still_waits_within_its_oversight() {
      ContactRequest request = approve(dialogue());
      request.escalate(
          ARRANGER,
          holds(ARRANGER_POSITION),
          EscalationReason.BY_HAND,
          SECRETARIAT_HEAD,
          Optional.empty(),
          LATER,
          NEXT_DUE);

      assertThat(request.waitsWithin(oversightOf(ARRANGER_POSITION))).isTrue();
      assertThat(request.waitsWithin(oversightOf(HEAD_OF_SCHOOLS))).isTrue();
      assertThat(request.waitsWithin(oversightOf(SECRETARIAT_HEAD))).isTrue();
      assertThat(request.waitsWithin(oversightOf(STRANGER_POSITION))).isFalse();
    }

    @Test
    void a_request_with_nothing_waiting_waits_within_no_ones_oversight() {
      for (RequestStatus status :
          List.of(
              RequestStatus.ARRANGED,
              RequestStatus.COMPLETED,
              RequestStatus.DECLINED,
              RequestStatus.REDIRECTED,
              RequestStatus.WITHDRAWN)) {
        assertThat(in(status).waitsWithin(oversightOf(KD_POSITION))).as("%s", status).isFalse();
      }
    }

    @Test
    void a_request_is_visible_to_whoever_takes_part_and_to_the_managers_above_where_it_waits() {
      ContactRequest request = dialogue(); // waits on the head of education

      assertThat(request.visibleTo(REQUESTER, Capacity.none(), Oversight.none())).isTrue();
      assertThat(
              request.visibleTo(ARRANGER, holds(ARRANGER_POSITION), oversightOf(ARRANGER_POSITION)))
          .as("on the route, though nothing waits on them yet")
          .isTrue();
      assertThat(request.visibleTo(KD, holds(KD_POSITION), oversightOf(KD_POSITION))).isTrue();
      assertThat(
              request.visibleTo(STRANGER, holds(STRANGER_POSITION), oversightOf(STRANGER_POSITION)))
          .isFalse();
      assertThat(
              in(RequestStatus.COMPLETED)
                  .visibleTo(KD, holds(KD_POSITION), oversightOf(KD_POSITION)))
          .as("once closed, KD sees only what they took part in")
          .isFalse();
    }

    // ---- Whistleblowing: the law, not the guideline ----

    ContactRequest whistleblowingReport() {
      return submitted(
          ContactKind.SUSPECTED_WRONGDOING,
          TEACHER,
          List.of(hop(1, WHISTLEBLOWER_FUNCTION, WHISTLEBLOWER_OFFICER, HopAction.HANDLE)));
    }

    @Test
    void a_whistleblowing_report_reaches_managers_only_through_the_whistleblower_functions_chain() {
      ContactRequest report = whistleblowingReport();

      assertThat(report.waitsWithin(oversightOf(SECRETARIAT_HEAD))).isTrue();
      assertThat(report.waitsWithin(oversightOf(KD_POSITION))).isTrue();
      assertThat(report.waitsWithin(oversightOf(ARRANGER_POSITION)))
          .as("the reporter's own manager")
          .isFalse();
      assertThat(
              report.visibleTo(ARRANGER, holds(ARRANGER_POSITION), oversightOf(ARRANGER_POSITION)))
          .isFalse();
      assertThat(
              report.visibleTo(
                  WHISTLEBLOWER_OFFICER, holds(WHISTLEBLOWER_FUNCTION), Oversight.none()))
          .isTrue();
      assertThat(report.visibleTo(TEACHER, Capacity.none(), Oversight.none())).isTrue();
    }

    @Test
    void a_whistleblowing_report_that_climbed_from_the_function_stays_within_its_chain() {
      ContactRequest report = whistleblowingReport();
      report.escalate(
          WHISTLEBLOWER_OFFICER,
          holds(WHISTLEBLOWER_FUNCTION),
          EscalationReason.BY_HAND,
          KD_POSITION,
          Optional.empty(),
          LATER,
          NEXT_DUE);

      assertThat(report.waitsWithin(oversightOf(SECRETARIAT_HEAD))).isTrue();
      assertThat(report.waitsWithin(oversightOf(KD_POSITION))).isTrue();
      assertThat(report.waitsWithin(oversightOf(HEAD_OF_SCHOOLS))).isFalse();
    }

    @Test
    void a_whistleblowing_report_waiting_outside_the_function_reaches_no_manager_by_oversight() {
      ContactRequest misrouted =
          submitted(
              ContactKind.SUSPECTED_WRONGDOING,
              TEACHER,
              List.of(hop(1, ARRANGER_POSITION, HopAction.HANDLE)));
      ContactRequest staffProblem =
          submitted(
              ContactKind.STAFF_PROBLEM,
              TEACHER,
              List.of(hop(1, ARRANGER_POSITION, HopAction.HANDLE)));

      for (PositionId manager :
          List.of(ARRANGER_POSITION, HEAD_OF_SCHOOLS, APPROVER_POSITION, KD_POSITION)) {
        assertThat(staffProblem.waitsWithin(oversightOf(manager)))
            .as("an ordinary problem at the principal, seen by %s", manager)
            .isTrue();
        assertThat(misrouted.waitsWithin(oversightOf(manager)))
            .as("a whistleblowing report at the principal, seen by %s", manager)
            .isFalse();
      }
      assertThat(misrouted.involves(ARRANGER, holds(ARRANGER_POSITION)))
          .as("the one it waits on still takes part")
          .isTrue();
    }
  }

  // ---- Versions and what is left to store ----

  @Nested
  class Bookkeeping {

    @Test
    void a_new_request_is_at_version_zero_with_its_submission_unstored() {
      ContactRequest request = dialogue();

      assertThat(request.version()).isZero();
      assertThat(request.unstoredHistory())
          .extracting(RequestEvent::event)
          .containsExactly(RequestEventType.SUBMITTED);
    }

    @Test
    void once_stored_only_the_entries_of_the_next_change_are_unstored() {
      ContactRequest request = dialogue();
      request.stored(1);
      assertThat(request.version()).isEqualTo(1);
      assertThat(request.unstoredHistory()).isEmpty();

      approve(request);
      arrange(request);

      assertThat(request.unstoredHistory())
          .extracting(RequestEvent::event)
          .containsExactly(RequestEventType.APPROVED, RequestEventType.ARRANGED);
      assertThat(request.history()).hasSize(3);
      request.stored(2);
      assertThat(request.unstoredHistory()).isEmpty();
    }

    @Test
    void a_stored_version_only_moves_on() {
      ContactRequest request = dialogue();
      request.stored(3);
      approve(request);

      assertThatThrownBy(() -> request.stored(3)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> request.stored(2)).isInstanceOf(IllegalArgumentException.class);

      assertThat(request.version()).isEqualTo(3);
      assertThat(request.unstoredHistory()).hasSize(1);
    }

    @Test
    void a_rebuilt_request_has_nothing_unstored_until_it_changes() {
      ContactRequest original = approve(dialogue());
      ContactRequest rebuilt =
          new ContactRequest(
              original.id(),
              original.contact(),
              original.details(),
              original.routedUnder(),
              original.status(),
              original.hops(),
              original.history(),
              original.responsibleManager(),
              original.redirectedTo(),
              false,
              original.createdAt(),
              original.updatedAt(),
              7);

      assertThat(rebuilt.version()).isEqualTo(7);
      assertThat(rebuilt.unstoredHistory()).isEmpty();
      assertThat(rebuilt.history()).isEqualTo(original.history());

      rebuilt.arrange(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), LATER);

      assertThat(rebuilt.unstoredHistory())
          .extracting(RequestEvent::event)
          .containsExactly(RequestEventType.ARRANGED);
      assertThat(rebuilt.status()).isEqualTo(RequestStatus.ARRANGED);
    }

    @Test
    void the_lists_it_hands_out_are_copies() {
      ContactRequest request = dialogue();

      assertThatThrownBy(() -> request.hops().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> request.history().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
