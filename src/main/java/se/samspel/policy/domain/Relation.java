package se.samspel.policy.domain;

/** How the target stands to the requester in the organisation. */
public enum Relation {
  /** Both work in the same department. */
  SAME_DEPARTMENT,
  /** Both work in departments, different ones. */
  OTHER_DEPARTMENT,
  /** The target is the requester's nearest manager. */
  OWN_NEAREST_MANAGER,
  /** The target is somewhere in the requester's chain of command. */
  OWN_CHAIN,
  /** The requester is somewhere in the target's chain of command. */
  OWN_SUBORDINATE,
  /** The target chairs the committee the requester's department answers to. */
  OWN_COMMITTEE_CHAIR
}
