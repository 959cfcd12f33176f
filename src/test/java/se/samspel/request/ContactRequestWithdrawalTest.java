package se.samspel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samspel.request.RequestFixtures.APPROVER;
import static se.samspel.request.RequestFixtures.APPROVER_POSITION;
import static se.samspel.request.RequestFixtures.NOW;
import static se.samspel.request.RequestFixtures.REQUESTER;
import static se.samspel.request.RequestFixtures.holds;
import static se.samspel.request.RequestFixtures.hop;
import static se.samspel.request.RequestFixtures.in;
import static se.samspel.request.RequestFixtures.submitted;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samspel.common.SamspelException;
import se.samspel.policy.domain.HopAction;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestStatus;

/**
 * The rule of withdrawal, in the lifecycle itself (issue 11): the requester may withdraw a request
 * until it is ARRANGED. Every status is reached by the transitions that lead to it and tried.
 */
class ContactRequestWithdrawalTest {

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
}
