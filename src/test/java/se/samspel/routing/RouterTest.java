package se.samspel.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.routing.domain.Hop;
import se.samspel.routing.domain.Requester;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Router;
import se.samspel.routing.domain.Target;
import se.samspel.support.Fixtures;

class RouterTest {

  private static RouteQuery politicianAsks(Target target, ContactKind kind, ContactFlag... flags) {
    return asks("POS-BUN-LED-POL", target, kind, flags);
  }

  private static RouteQuery asks(
      String requester, Target target, ContactKind kind, ContactFlag... flags) {
    return new RouteQuery(
        new Requester.InPosition(new PositionId(requester)),
        target,
        kind,
        ContactContext.ON_DUTY,
        Optional.empty(),
        Set.of(flags));
  }

  @Test
  void
      a_factual_question_with_a_stated_purpose_is_free_in_alingsas_but_goes_via_the_department_head_in_kungsor() {
    RouteQuery query =
        politicianAsks(
            new Target.OfPosition(new PositionId("POS-LARARE-1")),
            ContactKind.FACTUAL_QUESTION,
            ContactFlag.PURPOSE_STATED);
    RouteDecision kungsor = Router.route(Fixtures.kungsor(), Fixtures.demo(), query, Fixtures.DAY);
    RouteDecision alingsas =
        Router.route(Fixtures.alingsas(), Fixtures.demo(), query, Fixtures.DAY);
    assertThat(kungsor).isInstanceOf(RouteDecision.Routed.class);
    assertThat(((RouteDecision.Routed) kungsor).hops().get(0).position())
        .isEqualTo(new PositionId("POS-FC-BUF"));
    assertThat(alingsas).isInstanceOf(RouteDecision.Free.class);
    assertThat(alingsas.rule().orElseThrow().id()).isEqualTo("ALI-FACTUAL-QUESTION-WITH-PURPOSE");
  }

  @Test
  void a_vacant_department_head_is_reached_through_the_acting_holder() {
    RouteDecision decision =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            politicianAsks(
                new Target.OfPosition(new PositionId("POS-SOF-AO-EC-1")), ContactKind.DIALOGUE),
            Fixtures.DAY);
    Hop approve = ((RouteDecision.Routed) decision).hops().get(0);
    assertThat(approve.position()).isEqualTo(new PositionId("POS-FC-SOF"));
    assertThat(approve.holder()).contains(new PersonId("P-TF-FC-SOF"));
    assertThat(approve.acting()).isTrue();
  }

  @Test
  void a_hop_on_a_vacant_post_without_an_acting_holder_moves_up_to_the_next_level() {
    // Hemtjänst Syd's unit manager post is vacant; its staff's responsible manager is the one
    // above.
    String staffOfVacantUnit =
        Fixtures.demo().positionsIn(new UnitId("U-SOF-AO-2")).stream()
            .filter(p -> p.kind().name().equals("STAFF_MEMBER"))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    RouteDecision decision =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            politicianAsks(
                new Target.OfPosition(new PositionId(staffOfVacantUnit)), ContactKind.DIALOGUE),
            Fixtures.DAY);
    Hop arrange = ((RouteDecision.Routed) decision).hops().get(1);
    assertThat(arrange.vacantPosition()).contains(new PositionId("POS-SOF-AO-EC-2"));
    assertThat(arrange.position()).isEqualTo(new PositionId("POS-SOF-AO-CH"));
    assertThat(arrange.holder()).isPresent();
  }

  @Test
  void a_unit_as_target_stands_for_the_position_that_leads_it() {
    RouteDecision decision =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            politicianAsks(new Target.OfUnit(new UnitId("U-SKOLA-1")), ContactKind.DIALOGUE),
            Fixtures.DAY);
    assertThat(decision.targetPosition()).contains(new PositionId("POS-REKTOR-1"));
  }

  @Test
  void a_person_as_target_stands_for_their_only_position() {
    RouteDecision decision =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            politicianAsks(new Target.OfPerson(new PersonId("P-LARARE")), ContactKind.DIALOGUE),
            Fixtures.DAY);
    assertThat(decision.targetPosition()).contains(new PositionId("POS-LARARE-1"));
  }

  @Test
  void a_person_with_several_positions_must_be_targeted_by_position() {
    assertThatThrownBy(
            () ->
                Router.route(
                    Fixtures.kungsor(),
                    Fixtures.demo(),
                    politicianAsks(
                        new Target.OfPerson(new PersonId("P-KSO")), ContactKind.DIALOGUE),
                    Fixtures.DAY))
        .isInstanceOf(SamspelException.class)
        .satisfies(e -> assertThat(((SamspelException) e).code()).isEqualTo("ambiguous-target"));
  }

  @Test
  void an_unknown_target_is_not_found() {
    assertThatThrownBy(
            () ->
                Router.route(
                    Fixtures.kungsor(),
                    Fixtures.demo(),
                    politicianAsks(
                        new Target.OfPosition(new PositionId("POS-NOPE")), ContactKind.DIALOGUE),
                    Fixtures.DAY))
        .isInstanceOf(SamspelException.class)
        .satisfies(
            e ->
                assertThat(((SamspelException) e).kind())
                    .isEqualTo(SamspelException.Kind.NOT_FOUND));
  }

  @Test
  void a_contact_no_rule_covers_says_so() {
    RouteDecision decision =
        Router.route(
            Fixtures.alingsas(),
            Fixtures.demo(),
            new RouteQuery(
                new Requester.InPosition(new PositionId("POS-USK-1")),
                new Target.OfPosition(new PositionId("POS-SOF-AO-EC-1")),
                ContactKind.ACUTE_MATTER,
                ContactContext.ON_DUTY,
                Optional.empty(),
                Set.of()),
            Fixtures.DAY);
    assertThat(decision).isInstanceOf(RouteDecision.NoRule.class);
  }

  @Test
  void acting_after_the_acting_period_ends_leaves_the_post_to_the_next_level() {
    // Before the acting assignment began, the department head post was vacant: the hop moves to KD.
    RouteDecision decision =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            politicianAsks(
                new Target.OfPosition(new PositionId("POS-SOF-AO-EC-1")), ContactKind.DIALOGUE),
            java.time.LocalDate.of(2025, 12, 31));
    Hop approve = ((RouteDecision.Routed) decision).hops().get(0);
    assertThat(approve.vacantPosition()).contains(new PositionId("POS-FC-SOF"));
    assertThat(approve.position()).isEqualTo(new PositionId("POS-KD"));
  }

  private static RouteQuery teacherWithAProblem(ContactKind kind, ContactFlag... flags) {
    return asks("POS-LARARE-1", new Target.Unnamed(), kind, flags);
  }

  @Test
  void
      a_problem_that_names_no_one_goes_to_the_nearest_manager_or_past_them_when_it_concerns_them() {
    RouteDecision problem =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            teacherWithAProblem(ContactKind.STAFF_PROBLEM),
            Fixtures.DAY);
    assertThat(problem.rule().orElseThrow().id()).isEqualTo("KUN-STAFF-PROBLEM");
    assertThat(((RouteDecision.Routed) problem).hops())
        .extracting(Hop::position)
        .containsExactly(new PositionId("POS-REKTOR-1"));
    assertThat(problem.targetPosition()).isEmpty();
    RouteDecision aboutTheManager =
        Router.route(
            Fixtures.kungsor(),
            Fixtures.demo(),
            teacherWithAProblem(ContactKind.STAFF_PROBLEM, ContactFlag.CONCERNS_NEAREST_MANAGER),
            Fixtures.DAY);
    assertThat(aboutTheManager.rule().orElseThrow().id())
        .isEqualTo("KUN-STAFF-PROBLEM-ABOUT-MANAGER");
    assertThat(((RouteDecision.Routed) aboutTheManager).hops())
        .extracting(Hop::position)
        .containsExactly(new PositionId("POS-BUF-GR-CH"));
  }

  @Test
  void a_kind_decided_by_whom_it_is_for_cannot_name_no_one() {
    assertThatThrownBy(
            () ->
                Router.route(
                    Fixtures.kungsor(),
                    Fixtures.demo(),
                    politicianAsks(new Target.Unnamed(), ContactKind.DIALOGUE),
                    Fixtures.DAY))
        .isInstanceOfSatisfying(
            SamspelException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SamspelException.Kind.INVALID_INPUT);
              assertThat(e.problems()).extracting(p -> p.field()).containsExactly("target");
            });
  }
}
