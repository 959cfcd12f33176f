package se.samspel.request.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;
import se.samspel.request.application.SubmitOutcome;
import se.samspel.routing.application.RoutePlan;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.support.Fixtures;

/**
 * Each refusal of a submission becomes the problem the API has always answered: status kind, code,
 * detail and the field blamed, word for word.
 */
class SubmitRefusalsTest {

  static final PolicyVersion KUNGSOR =
      new PolicyVersion(Fixtures.kungsor(), Instant.EPOCH, "test", "hash");

  static RoutePlan plan(RouteDecision decision) {
    return new RoutePlan(KUNGSOR, decision, Fixtures.demo(), Fixtures.DAY);
  }

  static Rule rule(String id) {
    return Fixtures.kungsor().rule(id).orElseThrow();
  }

  static String cite(Rule r) {
    return " (" + r.id() + ", " + r.source().section() + ": \"" + r.source().quote() + "\")";
  }

  static void assertProblem(SamspelException e, String code, String message) {
    assertThat(e.kind()).isEqualTo(SamspelException.Kind.UNPROCESSABLE);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.problems()).containsExactly(FieldProblem.of("kind", message));
  }

  @Test
  void a_free_contact_is_contact_free_quoting_the_rule() {
    Rule free = rule("KUN-POLITICIAN-OFF-DUTY");
    RoutePlan plan = plan(new RouteDecision.Free(Optional.empty(), Optional.empty(), free));
    assertProblem(
        SubmitRefusals.problem(new SubmitOutcome.Free(plan, free)),
        "contact-free",
        "The contact is free and needs no request: make it directly" + cite(free));
  }

  @Test
  void a_forbidden_contact_is_contact_not_permitted_quoting_the_rule() {
    Rule steer = rule("KUN-STEER-INDIVIDUAL-CASE");
    RoutePlan plan =
        plan(new RouteDecision.NotPermitted(Optional.empty(), Optional.empty(), steer));
    assertProblem(
        SubmitRefusals.problem(new SubmitOutcome.NotPermitted(plan, steer)),
        "contact-not-permitted",
        "The guideline permits no route for this contact" + cite(steer));
  }

  @Test
  void an_unfollowable_route_is_route_unresolvable_saying_what_is_missing() {
    Rule problem = rule("KUN-STAFF-PROBLEM");
    RoutePlan plan =
        plan(
            new RouteDecision.Unresolvable(
                Optional.empty(), Optional.empty(), problem, "no position answers to X"));
    assertProblem(
        SubmitRefusals.problem(
            new SubmitOutcome.Unresolvable(plan, problem, "no position answers to X")),
        "route-unresolvable",
        "The route cannot be followed in this organisation: no position answers to X"
            + cite(problem));
  }

  @Test
  void a_contact_without_a_rule_is_no_rule_and_says_whom_to_ask() {
    // Without anyone fit in the organisation the advice names the top: never the target.
    RoutePlan plan =
        plan(
            new RouteDecision.NoRule(
                Optional.empty(),
                Optional.empty(),
                PartyType.CITIZEN,
                Optional.of(PartyType.JOURNALIST),
                Optional.empty()));
    assertProblem(
        SubmitRefusals.problem(new SubmitOutcome.NoRule(plan)),
        "no-rule",
        "The guideline has no rule for this contact; no one stands above both of you: agree on it"
            + " together and raise it in the guideline's yearly review");
  }

  @Test
  void a_route_that_passes_only_through_the_requester_is_contact_direct() {
    Rule downwards = rule("KUN-LEADER-DOWNWARDS");
    RoutePlan plan =
        plan(new RouteDecision.Direct(Optional.empty(), Optional.empty(), downwards, List.of()));
    assertProblem(
        SubmitRefusals.problem(new SubmitOutcome.Direct(plan, downwards)),
        "contact-direct",
        "The route's steps would all be your own: you reach this person directly, no request"
            + " needed"
            + cite(downwards));
  }
}
