package se.samspel.policy.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PositionKind;

/**
 * How a waiting step climbs when no one acts on it in time: a guideline's escalation section, as
 * data. The ladder is tried in order and the first step whose {@code from} names the kind of the
 * position the step waits on says where it goes next; a target the organisation cannot resolve (KD
 * has no manager) is the top, where the request is flagged stuck.
 *
 * @param ladder the steps, first match; together they name every kind of position (validation
 *     guarantees it, and that no step is unreachable and the ladder never climbs in a circle)
 * @param retired where a step goes whose position was retired from the organisation since the
 *     request reached it ({@link Target#KD}, {@link Target#KSO} or {@link Target#TOP}); it goes
 *     there even while that post is vacant, since no one would see it on a post that is gone
 * @param vacant what happens when the next level is a post without a holder or acting holder
 * @param source the passage of the guideline the ladder comes from; empty only for {@link
 *     #REPORTING_LINES}, which no guideline states
 */
public record EscalationPolicy(
    List<Step> ladder, Target retired, VacantPost vacant, Optional<Citation> source) {

  /**
   * One rung: a step waiting on a position of one of these kinds climbs to this target.
   *
   * @param source the passage this rung comes from, when it has one of its own
   */
  public record Step(Set<PositionKind> from, Target to, Optional<Citation> source) {
    public Step {
      Objects.requireNonNull(from, "from is required");
      if (from.isEmpty()) {
        throw new IllegalArgumentException("a step must name at least one kind of position");
      }
      from = Set.copyOf(from);
      Objects.requireNonNull(to, "to is required");
      Objects.requireNonNull(source, "source is required (may be empty)");
    }

    public boolean appliesTo(PositionKind kind) {
      return from.contains(kind);
    }
  }

  /** Where a step climbs to, named relative to the position it waits on. */
  public enum Target {
    /**
     * The position the waiting one reports to: a staff member's nearest manager, a manager's own
     * manager, a department head's KD.
     */
    NEAREST_MANAGER(true),
    /** The head of the waiting position's department (KD for the central administration). */
    DEPARTMENT_HEAD(true),
    /** The chair of the committee the waiting position's department answers to. */
    RESPONSIBLE_CHAIR(true),
    /** The municipal director. */
    KD(false),
    /** The chair of the executive board. */
    KSO(false),
    /** No level above: the request is flagged stuck at the top. */
    TOP(false);

    private final boolean needsDepartment;

    Target(boolean needsDepartment) {
      this.needsDepartment = needsDepartment;
    }

    /**
     * Whether the target is found from the waiting position's place in the administration, so it
     * cannot be resolved for a political position nor for one retired from the organisation.
     */
    public boolean needsDepartment() {
      return needsDepartment;
    }
  }

  /** What the ladder does with a next level whose post is vacant (no holder, no acting holder). */
  public enum VacantPost {
    /** Pass over it: climb on from the vacant post to the level above it, by the same ladder. */
    PASS_OVER,
    /**
     * Give the step to the post all the same: no one acts, and it climbs on when its deadline
     * passes, shown meanwhile in the escalation list of the managers above the post.
     */
    WAIT_ON_POST
  }

  /**
   * The ladder of a policy that states none (versions stored before the format had an escalation
   * section): up the reporting lines, passing over vacant posts, a political position to the KSO, a
   * retired one to KD. It is what Samspel did before escalation was policy data, and what both
   * shipped guidelines now state with their citations, so such versions keep escalating as they
   * did.
   */
  public static final EscalationPolicy REPORTING_LINES =
      new EscalationPolicy(
          List.of(
              new Step(employees(), Target.NEAREST_MANAGER, Optional.empty()),
              new Step(Set.of(PositionKind.KSO), Target.TOP, Optional.empty()),
              new Step(politicians(), Target.KSO, Optional.empty())),
          Target.KD,
          VacantPost.PASS_OVER,
          Optional.empty());

  public EscalationPolicy {
    ladder = List.copyOf(Objects.requireNonNull(ladder, "ladder is required"));
    Objects.requireNonNull(retired, "retired is required");
    if (retired.needsDepartment()) {
      throw new IllegalArgumentException(
          "a retired position has no department: it can go to KD, the KSO or the top, not "
              + retired);
    }
    Objects.requireNonNull(vacant, "vacant is required");
    Objects.requireNonNull(source, "source is required (empty only for REPORTING_LINES)");
  }

  /** Where a step waiting on a position of this kind climbs: the first step that names it. */
  public Optional<Step> stepFor(PositionKind kind) {
    return ladder.stream().filter(s -> s.appliesTo(kind)).findFirst();
  }

  private static Set<PositionKind> employees() {
    EnumSet<PositionKind> set = EnumSet.noneOf(PositionKind.class);
    for (PositionKind kind : PositionKind.values()) {
      if (!kind.isPolitical()) {
        set.add(kind);
      }
    }
    return set;
  }

  private static Set<PositionKind> politicians() {
    return EnumSet.complementOf(EnumSet.copyOf(employees()));
  }
}
