package se.samspel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samspel.request.RequestFixtures.APPROVER;
import static se.samspel.request.RequestFixtures.APPROVER_POSITION;
import static se.samspel.request.RequestFixtures.ARRANGER;
import static se.samspel.request.RequestFixtures.ARRANGER_POSITION;
import static se.samspel.request.RequestFixtures.NOW;
import static se.samspel.request.RequestFixtures.REQUESTER;
import static se.samspel.request.RequestFixtures.dialogue;
import static se.samspel.request.RequestFixtures.holds;
import static se.samspel.request.RequestFixtures.hop;
import static se.samspel.request.RequestFixtures.submitted;
import static se.samspel.request.RequestFixtures.substitutes;

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
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.RequestEvent;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestStatus;

/**
 * The transition behind "Snabbt beslut fattat" (Kungsör, <i>Allas ansvar tillsammans är att</i>: "…
 * akuta situationer som kräver snabba beslut. Då ska berörd ansvarig informeras utan dröjsmål."):
 * whoever acts in the waiting handling step's position settles the request, and the history records
 * the note and the level informed.
 */
class QuickDecisionTransitionTest {

  static final Instant LATER = NOW.plusSeconds(600);
  static final PositionId ABOVE = new PositionId("POS-SOF-AO-CH");

  private static ContactRequest acute() {
    return submitted(
        ContactKind.ACUTE_MATTER, REQUESTER, List.of(hop(1, ARRANGER_POSITION, HopAction.HANDLE)));
  }

  private static RequestEvent last(ContactRequest request) {
    List<RequestEvent> history = request.history();
    return history.get(history.size() - 1);
  }

  @Test
  void the_holder_settles_it_and_the_history_names_the_note_and_the_level_informed() {
    ContactRequest request = acute();
    request.takeQuickDecision(
        ARRANGER,
        holds(ARRANGER_POSITION),
        "Lokalen stängd",
        Optional.of(ABOVE),
        Optional.empty(),
        LATER);
    assertThat(request.status()).isEqualTo(RequestStatus.COMPLETED);
    // The level informed joins the request as an informed step (it reads what was decided).
    assertThat(request.hops())
        .extracting(h -> h.state())
        .containsExactly(HopState.DONE, HopState.INFORMED);
    assertThat(request.hops().get(1).position()).isEqualTo(ABOVE);
    RequestEvent event = last(request);
    assertThat(event.event()).isEqualTo(RequestEventType.QUICK_DECISION_TAKEN);
    assertThat(event.from()).contains(RequestStatus.AWAITING_ACTION);
    assertThat(event.note()).contains("Lokalen stängd (informed POS-SOF-AO-CH)");
    assertThat(event.onBehalfOf()).isEmpty();
  }

  @Test
  void a_substitute_of_the_absent_holder_takes_it_on_their_behalf() {
    ContactRequest request = acute();
    PersonId substitute = new PersonId("P-VC-GR");
    request.takeQuickDecision(
        substitute,
        substitutes(ARRANGER_POSITION, ARRANGER),
        "Beslut",
        Optional.of(ABOVE),
        Optional.empty(),
        LATER);
    assertThat(last(request).actor()).isEqualTo(substitute);
    assertThat(last(request).onBehalfOf()).contains(ARRANGER);
  }

  @Test
  void at_the_top_there_is_no_level_to_inform_and_the_history_says_so() {
    ContactRequest request = acute();
    request.takeQuickDecision(
        ARRANGER, holds(ARRANGER_POSITION), "Beslut", Optional.empty(), Optional.empty(), LATER);
    assertThat(last(request).note())
        .contains("Beslut (no level above " + ARRANGER_POSITION + " to inform)");
  }

  @Test
  void someone_who_does_not_act_in_the_position_is_forbidden_and_nothing_changes() {
    ContactRequest request = acute();
    assertThatThrownBy(
            () ->
                request.takeQuickDecision(
                    APPROVER,
                    holds(APPROVER_POSITION),
                    "Beslut",
                    Optional.empty(),
                    Optional.empty(),
                    LATER))
        .isInstanceOfSatisfying(
            SamspelException.class,
            e -> assertThat(e.kind()).isEqualTo(SamspelException.Kind.FORBIDDEN));
    assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ACTION);
    assertThat(request.history()).hasSize(1);
  }

  @Test
  void a_step_to_approve_or_a_closed_request_is_an_invalid_transition() {
    ContactRequest deciding = dialogue();
    assertThatThrownBy(
            () ->
                deciding.takeQuickDecision(
                    APPROVER,
                    holds(APPROVER_POSITION),
                    "Beslut",
                    Optional.empty(),
                    Optional.empty(),
                    LATER))
        .isInstanceOfSatisfying(
            SamspelException.class, e -> assertThat(e.code()).isEqualTo("invalid-transition"));
    ContactRequest settled = acute();
    settled.takeQuickDecision(
        ARRANGER, holds(ARRANGER_POSITION), "Beslut", Optional.empty(), Optional.empty(), LATER);
    assertThatThrownBy(
            () ->
                settled.takeQuickDecision(
                    ARRANGER,
                    holds(ARRANGER_POSITION),
                    "Igen",
                    Optional.empty(),
                    Optional.empty(),
                    LATER))
        .isInstanceOfSatisfying(
            SamspelException.class, e -> assertThat(e.code()).isEqualTo("invalid-transition"));
  }
}
