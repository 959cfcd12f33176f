package se.samspel.policy.domain;

/**
 * A position named relative to the requester and target of a contact; routing resolves it over the
 * organisation graph at the moment the route is computed.
 */
public enum HopTemplate {
  /** The target itself. */
  TARGET(Needs.TARGET_POSITION),
  /** The head of the target's department. */
  DEPARTMENT_HEAD_OF_TARGET(Needs.TARGET_IN_DEPARTMENT),
  /**
   * The manager responsible for the target: the target's nearest manager, or the target itself when
   * the target leads others.
   */
  RESPONSIBLE_MANAGER_OF_TARGET(Needs.TARGET_IN_DEPARTMENT),
  /** The chair of the committee the target's department answers to. */
  RESPONSIBLE_CHAIR_OF_TARGET(Needs.TARGET_IN_DEPARTMENT),
  /**
   * The communications officers who support the target's department (those of the central
   * administration where the department has none). A political target has no department: the
   * officers of the central administration, KD's department, who serve the political leadership,
   * support it (Kungsör, <i>Kommunikation med media</i>: "Kommunikatörerna finns som expertstöd vid
   * behov").
   */
  COMMUNICATIONS_OFFICER_OF_TARGET(Needs.TARGET_POSITION),
  /** The requester's nearest manager. */
  NEAREST_MANAGER_OF_REQUESTER(Needs.REQUESTER_EMPLOYEE),
  /** The nearest manager's own manager. */
  MANAGERS_MANAGER_OF_REQUESTER(Needs.REQUESTER_EMPLOYEE),
  /** Every level of the requester's chain of command, nearest first, up to KD. */
  CHAIN_OF_REQUESTER(Needs.REQUESTER_EMPLOYEE),
  /** The head of the requester's department. */
  DEPARTMENT_HEAD_OF_REQUESTER(Needs.REQUESTER_EMPLOYEE),
  /** The chair of the committee the requester's department answers to. */
  RESPONSIBLE_CHAIR_OF_REQUESTER(Needs.REQUESTER_EMPLOYEE),
  /**
   * Every manager between the requester and the target on one reporting line, in the order the
   * contact passes them: from the requester down to the target's nearest manager when the target
   * reports (at any depth) to the requester, from the requester's nearest manager up to the one
   * just below the target when the requester reports to the target. None when the two are next to
   * each other on the line — the contact is then direct (Kungsör, <i>Ledare</i>: "Har
   * förvaltningschefen inga chefer under sig går kommunikationen direkt till medarbetarna på
   * förvaltningen."). A requester and target on different lines cannot resolve it.
   */
  MANAGERS_BETWEEN(Needs.EMPLOYEES_ON_ONE_LINE),
  /** The municipal director. */
  KD(Needs.NOTHING),
  /** The chair of the executive board. */
  KSO(Needs.NOTHING),
  /** The whistleblower function. */
  WHISTLEBLOWER_FUNCTION(Needs.NOTHING);

  /** What the template needs of a contact to resolve. */
  public enum Needs {
    NOTHING,
    TARGET_POSITION,
    TARGET_IN_DEPARTMENT,
    REQUESTER_EMPLOYEE,
    /** An employee requester and an employee target, one above the other on a reporting line. */
    EMPLOYEES_ON_ONE_LINE
  }

  private final Needs needs;

  HopTemplate(Needs needs) {
    this.needs = needs;
  }

  public Needs needs() {
    return needs;
  }

  /**
   * Whether the template is resolved from the contact's target: a route with such a step cannot be
   * walked for a contact that names no one.
   */
  public boolean needsTarget() {
    return needs == Needs.TARGET_POSITION
        || needs == Needs.TARGET_IN_DEPARTMENT
        || needs == Needs.EMPLOYEES_ON_ONE_LINE;
  }

  /**
   * Whether the template may name no position at all for a contact it fits: then the step falls
   * away instead of making the route unresolvable.
   */
  public boolean mayNameNoOne() {
    return this == MANAGERS_BETWEEN;
  }
}
