package se.samspel.escalation.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.EscalationPolicy.Target;
import se.samspel.policy.domain.EscalationPolicy.VacantPost;

/**
 * The next level a waiting step climbs to: a policy's escalation section ({@link EscalationPolicy})
 * interpreted over the organisation as it stands on the day. The policy's ladder says where a step
 * waiting on each kind of position goes (the shipped guidelines: an employee's to the nearest
 * manager, a chair's to the KSO, the KSO's nowhere); this class only resolves those targets and
 * applies the policy's word on vacant posts. A target that does not exist (KD has no manager), the
 * top, or a level already passed on the way is no next level: the request is stuck at the top.
 */
public final class EscalationLadder {

  private final EscalationPolicy policy;

  public EscalationLadder(EscalationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy is required");
  }

  /**
   * Whether the policy gives an escalated step to a vacant post all the same ({@code
   * WAIT_ON_POST}).
   */
  public boolean waitsOnVacantPosts() {
    return policy.vacant() == VacantPost.WAIT_ON_POST;
  }

  /**
   * The position a step waiting on {@code current} climbs to on {@code day}.
   *
   * @param current the position the step waits on now; it may have been retired since
   * @return the next level, held on the day unless the policy lets steps wait on vacant posts;
   *     empty at the top
   */
  public Optional<Position> nextLevel(OrganisationGraph graph, PositionId current, LocalDate day) {
    if (graph.position(current).isEmpty()) {
      // A step on a post that no longer exists is seen by no one: it moves to the policy's target
      // for retired posts even while that post is vacant, where the next holder will find it.
      return resolve(graph, policy.retired(), current);
    }
    Set<PositionId> passed = new HashSet<>();
    passed.add(current);
    Optional<Position> next = above(graph, current);
    while (next.isPresent() && passed.add(next.get().id())) {
      if (next.get().holderOn(day).isPresent() || policy.vacant() == VacantPost.WAIT_ON_POST) {
        return next;
      }
      // A vacant post without an acting holder: climb on from it by the same ladder.
      next = above(graph, next.get().id());
    }
    return Optional.empty();
  }

  /**
   * The position a target names relative to {@code from} on {@code day}, resolved as the ladder
   * resolves its own targets: the level a quick decision taken at {@code from} informs (the
   * policy's {@code quickDecision.informs}). Information must reach someone, so a post with neither
   * holder nor acting holder is passed over up this ladder, whatever the section says of vacant
   * posts.
   *
   * @param from the position that took the decision (the request's waiting step)
   * @return the held position informed; empty when the target does not exist above {@code from} (KD
   *     has no manager) or nothing held is above it
   */
  public Optional<Position> informed(
      OrganisationGraph graph, Target target, PositionId from, LocalDate day) {
    Set<PositionId> passed = new HashSet<>();
    passed.add(from);
    Optional<Position> next = resolve(graph, target, from);
    while (next.isPresent() && passed.add(next.get().id())) {
      if (next.get().holderOn(day).isPresent()) {
        return next;
      }
      next = above(graph, next.get().id());
    }
    return Optional.empty();
  }

  /** The level the policy names above a position in the organisation, held or not. */
  private Optional<Position> above(OrganisationGraph graph, PositionId current) {
    return graph
        .position(current)
        .flatMap(position -> policy.stepFor(position.kind()))
        .flatMap(step -> resolve(graph, step.to(), current));
  }

  private static Optional<Position> resolve(
      OrganisationGraph graph, Target target, PositionId current) {
    return switch (target) {
      case NEAREST_MANAGER -> graph.nearestManager(current);
      case DEPARTMENT_HEAD -> graph.departmentHeadOf(current);
      case RESPONSIBLE_CHAIR ->
          graph.position(current).flatMap(p -> graph.responsibleChairOf(p.unit()));
      case KD -> graph.kd();
      case KSO -> graph.kso();
      case TOP -> Optional.empty();
    };
  }
}
