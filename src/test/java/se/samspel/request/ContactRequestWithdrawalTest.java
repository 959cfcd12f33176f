package se.samspel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactDescription;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.RequestDetails;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.RoutedUnder;
import se.samspel.routing.domain.Hop;

/**
 * The rule of withdrawal, in the lifecycle itself (issue 11): the requester may withdraw a request
 * until it is ARRANGED. Every status is reached by the transitions that lead to it and tried.
 */
class ContactRequestWithdrawalTest {

  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final PersonId REQUESTER = new PersonId("P-POL");
  static final PersonId APPROVER = new PersonId("P-FC-BUF");
  static final PersonId ARRANGER = new PersonId("P-REKTOR");
  static final PositionId APPROVER_POSITION = new PositionId("POS-FC-BUF");
  static final PositionId ARRANGER_POSITION = new PositionId("POS-REKTOR-1");

  /** Whether a request in each status may be withdrawn: the decision of issue 11. */
  static boolean withdrawable(RequestStatus status) {
    return switch (status) {
      case AWAITING_DECISION, AWAITING_ACTION, APPROVED -> true;
      case ARRANGED, COMPLETED, DECLINED, REDIRECTED, WITHDRAWN -> false;
    };
  }

  @ParameterizedTest
  @EnumSource(RequestStatus.class)
  void the_requester_may_withdraw_until_the_request_is_arranged(RequestStatus status) {
    ContactRequest request = in(status);
    assertThat(request.status()).isEqualTo(status);
    int historyBefore = request.history().size();

    assertThat(request.mayBeWithdrawn()).isEqualTo(withdrawable(status));
    if (withdrawable(status)) {
      request.withdraw(REQUESTER, Optional.of("Behövs inte längre"), NOW.plusSeconds(60));

      assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
      assertThat(request.current()).isEmpty();
      assertThat(request.hops()).noneMatch(h -> h.state() == HopState.PENDING);
      assertThat(request.history()).hasSize(historyBefore + 1);
      var last = request.history().get(historyBefore);
      assertThat(last.event()).isEqualTo(RequestEventType.WITHDRAWN);
      assertThat(last.actor()).isEqualTo(REQUESTER);
      assertThat(last.from()).contains(status);
      assertThat(last.to()).isEqualTo(RequestStatus.WITHDRAWN);
      assertThat(last.note()).contains("Behövs inte längre");
    } else {
      var hopsBefore = request.hops();
      assertThatThrownBy(() -> request.withdraw(REQUESTER, Optional.empty(), NOW.plusSeconds(60)))
          .isInstanceOfSatisfying(
              SamspelException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(SamspelException.Kind.CONFLICT);
                assertThat(e.code()).isEqualTo("invalid-transition");
                assertThat(e.getMessage()).contains(status.name());
              });
      assertThat(request.status()).isEqualTo(status);
      assertThat(request.hops()).isEqualTo(hopsBefore);
      assertThat(request.history()).hasSize(historyBefore);
    }
  }

  @Test
  void an_approved_request_with_nothing_left_to_arrange_may_still_be_withdrawn() {
    ContactRequest request = submitted(List.of(hop(1, APPROVER_POSITION, HopAction.APPROVE)));
    request.approve(APPROVER, holds(APPROVER_POSITION), Optional.empty(), Optional.empty(), NOW);
    assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(request.current()).isEmpty();

    request.withdraw(REQUESTER, Optional.empty(), NOW);

    assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
  }

  @ParameterizedTest
  @EnumSource(
      value = RequestStatus.class,
      names = {"AWAITING_DECISION", "APPROVED", "ARRANGED"})
  void only_the_requester_withdraws(RequestStatus status) {
    ContactRequest request = in(status);
    assertThatThrownBy(() -> request.withdraw(APPROVER, Optional.empty(), NOW))
        .isInstanceOfSatisfying(
            SamspelException.class,
            e -> assertThat(e.kind()).isEqualTo(SamspelException.Kind.FORBIDDEN));
    assertThat(request.status()).isEqualTo(status);
  }

  // ---- A request in each status, reached by its transitions ----

  static ContactRequest in(RequestStatus status) {
    ContactRequest request = dialogue();
    switch (status) {
      case AWAITING_DECISION -> {}
      case AWAITING_ACTION ->
          request = submitted(List.of(hop(1, ARRANGER_POSITION, HopAction.HANDLE)));
      case APPROVED -> approve(request);
      case ARRANGED -> arrange(approve(request));
      case COMPLETED ->
          arrange(approve(request)).complete(REQUESTER, Capacity.none(), Optional.empty(), NOW);
      case DECLINED -> request.decline(APPROVER, holds(APPROVER_POSITION), "Inte nu", NOW);
      case REDIRECTED ->
          request.redirect(APPROVER, holds(APPROVER_POSITION), "Nämnden", "Hör dit", NOW);
      case WITHDRAWN -> request.withdraw(REQUESTER, Optional.empty(), NOW);
    }
    return request;
  }

  /**
   * A politician's dialogue with a teacher: the department head decides, the principal arranges.
   */
  static ContactRequest dialogue() {
    return submitted(
        List.of(
            hop(1, APPROVER_POSITION, HopAction.APPROVE),
            hop(2, ARRANGER_POSITION, HopAction.ARRANGE)));
  }

  static ContactRequest approve(ContactRequest request) {
    request.approve(APPROVER, holds(APPROVER_POSITION), Optional.empty(), Optional.empty(), NOW);
    return request;
  }

  static ContactRequest arrange(ContactRequest request) {
    request.arrange(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), NOW);
    return request;
  }

  static ContactRequest submitted(List<Hop> route) {
    return ContactRequest.submit(
        new ContactDescription(
            REQUESTER,
            Optional.empty(),
            Optional.empty(),
            Optional.of(new PositionId("POS-LARARE-1")),
            Optional.empty(),
            ContactKind.DIALOGUE,
            ContactContext.ON_DUTY,
            Optional.empty(),
            Set.of()),
        new RequestDetails(
            "Läsfrämjande arbete", Optional.empty(), Optional.empty(), Optional.empty()),
        new RoutedUnder("kungsor", 1, "KUN-POLITICIAN-DIALOGUE"),
        route,
        NOW);
  }

  static Hop hop(int order, PositionId position, HopAction action) {
    return new Hop(
        order,
        HopTemplate.TARGET,
        position,
        Optional.of(position.equals(APPROVER_POSITION) ? APPROVER : ARRANGER),
        false,
        Optional.empty(),
        action);
  }

  static Capacity holds(PositionId position) {
    return new Capacity(Set.of(position), Map.of());
  }
}
