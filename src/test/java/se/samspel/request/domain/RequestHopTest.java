package se.samspel.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopTemplate;

/**
 * A hop of a stored request is a value: each with-er returns a copy that changes only what its name
 * says. The tests start from a hop with every field set to a value of its own, so that a with-er
 * that forgot or cleared a field it should keep cannot pass unseen.
 */
class RequestHopTest {

  static final Instant ROUTED = Instant.parse("2026-11-23T09:00:00Z");
  static final Instant LATER = ROUTED.plusSeconds(3600);
  static final PositionId PRINCIPAL = new PositionId("POS-REKTOR-1");
  static final PositionId HEAD_OF_SCHOOLS = new PositionId("POS-BUF-GR-CH");
  static final PositionId DEPARTMENT_HEAD = new PositionId("POS-FC-BUF");
  static final PositionId VACANT_TEACHER = new PositionId("POS-LARARE-9");
  static final PersonId PRINCIPAL_PERSON = new PersonId("P-REKTOR");
  static final PersonId SUBSTITUTE = new PersonId("P-SUB");

  /**
   * A pending hop that has already been through a lot: acknowledged at a level it escalated to once
   * from the principal, with a note and an earlier actor — every optional field present.
   */
  static RequestHop full() {
    return new RequestHop(
        2,
        HopTemplate.RESPONSIBLE_MANAGER_OF_TARGET,
        HEAD_OF_SCHOOLS,
        Optional.of(VACANT_TEACHER),
        Optional.of(PRINCIPAL_PERSON),
        HopAction.ARRANGE,
        HopState.PENDING,
        Optional.of(new PersonId("P-EARLIER")),
        Optional.of(ROUTED.plusSeconds(10)),
        Optional.of("earlier note"),
        Optional.of(ROUTED.plusSeconds(86_400)),
        Optional.of(new PersonId("P-ACK")),
        Optional.of(ROUTED.plusSeconds(20)),
        Optional.of(PRINCIPAL),
        1,
        Optional.of(SUBSTITUTE));
  }

  @Test
  void a_planned_hop_has_not_been_acknowledged_escalated_or_given_a_deadline() {
    RequestHop hop =
        RequestHop.planned(
            1,
            HopTemplate.TARGET,
            PRINCIPAL,
            Optional.empty(),
            Optional.of(PRINCIPAL_PERSON),
            HopAction.ARRANGE,
            HopState.PENDING,
            Optional.empty(),
            Optional.empty());

    assertThat(hop.state()).isEqualTo(HopState.PENDING);
    assertThat(hop.holderWhenRouted()).contains(PRINCIPAL_PERSON);
    assertThat(hop.actedBy()).isEmpty();
    assertThat(hop.note()).isEmpty();
    assertThat(hop.dueAt()).isEmpty();
    assertThat(hop.isAcknowledged()).isFalse();
    assertThat(hop.escalatedFrom()).isEmpty();
    assertThat(hop.escalations()).isZero();
  }

  @Test
  void done_records_who_acted_when_and_why_and_stops_the_clock() {
    RequestHop before = full();
    RequestHop after = before.done(SUBSTITUTE, LATER, Optional.of("Ordnat"));

    assertThat(after.state()).isEqualTo(HopState.DONE);
    assertThat(after.actedBy()).contains(SUBSTITUTE);
    assertThat(after.actedAt()).contains(LATER);
    assertThat(after.note()).contains("Ordnat");
    assertThat(after.dueAt()).isEmpty();
    assertOnlyChanged(before, after, "state", "actedBy", "actedAt", "note", "dueAt");
  }

  @Test
  void done_without_a_note_clears_an_earlier_one() {
    assertThat(full().done(SUBSTITUTE, LATER, Optional.empty()).note()).isEmpty();
  }

  @Test
  void skipped_marks_the_hop_skipped_and_stops_the_clock_but_keeps_what_happened_before() {
    RequestHop before = full();
    RequestHop after = before.skipped();

    assertThat(after.state()).isEqualTo(HopState.SKIPPED);
    assertThat(after.dueAt()).isEmpty();
    assertOnlyChanged(before, after, "state", "dueAt");
  }

  @Test
  void assigned_to_moves_the_hop_to_another_position_and_nothing_else() {
    RequestHop before = full();
    RequestHop after = before.assignedTo(DEPARTMENT_HEAD);

    assertThat(after.position()).isEqualTo(DEPARTMENT_HEAD);
    assertThat(after.escalatedFrom())
        .as("naming another manager is not an escalation")
        .contains(PRINCIPAL);
    assertThat(after.escalations()).isEqualTo(before.escalations());
    assertOnlyChanged(before, after, "position", "waitingOn");
    assertThat(after.waitingOn()).as("whoever acts in the new position is recorded anew").isEmpty();
  }

  @Test
  void due_sets_the_deadline_and_nothing_else() {
    RequestHop before = full();
    RequestHop after = before.due(LATER);

    assertThat(after.dueAt()).contains(LATER);
    assertOnlyChanged(before, after, "dueAt");
  }

  @Test
  void stopped_clears_the_deadline_and_nothing_else() {
    RequestHop before = full();
    RequestHop after = before.stopped();

    assertThat(after.dueAt()).isEmpty();
    assertThat(after.state()).as("a stopped hop still waits").isEqualTo(HopState.PENDING);
    assertOnlyChanged(before, after, "dueAt");
  }

  @Test
  void acknowledged_records_who_took_it_when_and_the_next_deadline() {
    RequestHop before = full();
    Instant nextDue = LATER.plusSeconds(86_400);
    RequestHop after = before.acknowledged(SUBSTITUTE, LATER, nextDue);

    assertThat(after.isAcknowledged()).isTrue();
    assertThat(after.acknowledgedBy()).contains(SUBSTITUTE);
    assertThat(after.acknowledgedAt()).contains(LATER);
    assertThat(after.dueAt()).contains(nextDue);
    assertOnlyChanged(before, after, "acknowledgedBy", "acknowledgedAt", "dueAt");
  }

  @Test
  void escalated_to_climbs_one_level_restarts_the_clock_and_forgets_the_acknowledgement() {
    RequestHop before = full();
    Instant nextDue = LATER.plusSeconds(86_400);
    RequestHop after = before.escalatedTo(DEPARTMENT_HEAD, nextDue);

    assertThat(after.position()).isEqualTo(DEPARTMENT_HEAD);
    assertThat(after.dueAt()).contains(nextDue);
    assertThat(after.isAcknowledged()).as("the new level has not taken the matter yet").isFalse();
    assertThat(after.acknowledgedBy()).isEmpty();
    assertThat(after.escalations()).isEqualTo(2);
    assertThat(after.escalatedFrom())
        .as("the position the route named is kept from the first climb")
        .contains(PRINCIPAL);
    assertOnlyChanged(
        before,
        after,
        "position",
        "dueAt",
        "acknowledgedBy",
        "acknowledgedAt",
        "escalations",
        "waitingOn");
    assertThat(after.waitingOn()).isEmpty();
  }

  @Test
  void following_a_new_holder_keeps_the_post_restarts_the_clock_and_forgets_the_acknowledgement() {
    RequestHop before = full();
    PersonId newHolder = new PersonId("P-NEW");
    RequestHop after = before.followed(HEAD_OF_SCHOOLS, Optional.of(newHolder), Optional.of(LATER));

    assertThat(after.position()).isEqualTo(HEAD_OF_SCHOOLS);
    assertThat(after.waitingOn()).contains(newHolder);
    assertThat(after.dueAt()).contains(LATER);
    assertThat(after.isAcknowledged()).isFalse();
    assertThat(after.escalations()).as("following is not escalating").isEqualTo(1);
    assertOnlyChanged(before, after, "waitingOn", "dueAt", "acknowledgedBy", "acknowledgedAt");
  }

  @Test
  void moving_up_from_a_vacant_post_remembers_where_the_route_put_the_step() {
    RequestHop fresh =
        RequestHop.planned(
            1,
            HopTemplate.TARGET,
            PRINCIPAL,
            Optional.empty(),
            Optional.of(PRINCIPAL_PERSON),
            HopAction.HANDLE,
            HopState.PENDING,
            Optional.empty(),
            Optional.empty());

    RequestHop moved = fresh.followed(HEAD_OF_SCHOOLS, Optional.of(SUBSTITUTE), Optional.of(LATER));

    assertThat(moved.position()).isEqualTo(HEAD_OF_SCHOOLS);
    assertThat(moved.escalatedFrom()).contains(PRINCIPAL);
    assertThat(moved.escalations()).isZero();
    assertThat(moved.waitingOn()).contains(SUBSTITUTE);
  }

  @Test
  void the_first_escalation_remembers_the_position_the_route_named() {
    RequestHop fresh =
        RequestHop.planned(
            1,
            HopTemplate.TARGET,
            PRINCIPAL,
            Optional.empty(),
            Optional.of(PRINCIPAL_PERSON),
            HopAction.HANDLE,
            HopState.PENDING,
            Optional.empty(),
            Optional.empty());

    RequestHop once = fresh.escalatedTo(HEAD_OF_SCHOOLS, LATER);
    RequestHop twice = once.escalatedTo(DEPARTMENT_HEAD, LATER.plusSeconds(60));

    assertThat(once.escalatedFrom()).contains(PRINCIPAL);
    assertThat(once.escalations()).isEqualTo(1);
    assertThat(twice.position()).isEqualTo(DEPARTMENT_HEAD);
    assertThat(twice.escalatedFrom()).contains(PRINCIPAL);
    assertThat(twice.escalations()).isEqualTo(2);
  }

  @Test
  void with_ers_leave_the_hop_they_are_called_on_unchanged() {
    RequestHop hop = full();
    hop.done(SUBSTITUTE, LATER, Optional.empty());
    hop.skipped();
    hop.assignedTo(DEPARTMENT_HEAD);
    hop.due(LATER);
    hop.stopped();
    hop.acknowledged(SUBSTITUTE, LATER, LATER);
    hop.escalatedTo(DEPARTMENT_HEAD, LATER);

    assertThat(hop).isEqualTo(full());
  }

  // ---- The constructor ----

  /** Every component of the record that is an object, so that it may be null. */
  static Stream<String> objectComponents() {
    return Arrays.stream(RequestHop.class.getRecordComponents())
        .filter(c -> !c.getType().isPrimitive())
        .map(RecordComponent::getName);
  }

  @ParameterizedTest
  @MethodSource("objectComponents")
  void the_constructor_refuses_a_missing_value_and_names_the_field(String field) throws Exception {
    RecordComponent[] components = RequestHop.class.getRecordComponents();
    Object[] values = new Object[components.length];
    RequestHop full = full();
    for (int i = 0; i < components.length; i++) {
      values[i] =
          components[i].getName().equals(field) ? null : components[i].getAccessor().invoke(full);
    }
    Constructor<RequestHop> constructor =
        RequestHop.class.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));

    assertThatThrownBy(
            () -> {
              try {
                constructor.newInstance(values);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            })
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith(field + " is required");
  }

  /** The hop after a with-er equals the one before in every field but the named ones. */
  private static void assertOnlyChanged(RequestHop before, RequestHop after, String... changed) {
    assertThat(after).usingRecursiveComparison().ignoringFields(changed).isEqualTo(before);
    for (String field : changed) {
      assertThat(after)
          .as("%s should have changed", field)
          .usingRecursiveComparison()
          .comparingOnlyFields(field)
          .isNotEqualTo(before);
    }
  }
}
