package se.samspel.request.domain;

/**
 * Why a waiting step followed a change of the organisation: what changed about who acts in the post
 * it waits on (issue 15, "Open work follows the organisation"). Stored by {@link #name()}: a
 * constant is never renamed or removed, since stored histories name it.
 */
public enum FollowReason {
  /**
   * No one acts in the post any more and the cause is none of the others (e.g. moved by import).
   */
  VACANT_POST,
  /** An import gave the post another holder (or acting holder). */
  NEW_HOLDER,
  /** The person the step waited on left the organisation (retired by an import). */
  RETIRED,
  /** The acting (t.f.) period of the person the step waited on ended. */
  ACTING_PERIOD_ENDED,
  /** An acting (t.f.) period began: the acting holder holds the post's authority now. */
  ACTING_PERIOD_STARTED,
  /** The holder is away and their substitute acts for them. */
  SUBSTITUTION_STARTED,
  /** The substitution ended: the holder is back, or the substitute can no longer act. */
  SUBSTITUTION_ENDED,
  /** The holder and everyone on their chain of substitutes are away. */
  NO_ONE_PRESENT;

  /**
   * The reason a change of who acts in a post is given, from what is known about it now. The first
   * fact that holds wins, in the order of the parameters.
   *
   * @param waitedOnLeft the person the step waited on is no longer in the organisation
   * @param waitedOnActingEnded the person the step waited on had an acting period in the post that
   *     has ended
   * @param nobodyPresent the post has a holder, but they and their substitutes are all away
   * @param waitedOnWasSubstitute the person the step waited on stood in for the holder in a
   *     substitution that is over
   * @param nowActingIsSubstitute the person who acts now does so as the holder's substitute
   * @param nowActingIsActingHolder the person who acts now does so as acting (t.f.) holder
   * @param postHeld someone acts in the post now
   */
  public static FollowReason of(
      boolean waitedOnLeft,
      boolean waitedOnActingEnded,
      boolean nobodyPresent,
      boolean waitedOnWasSubstitute,
      boolean nowActingIsSubstitute,
      boolean nowActingIsActingHolder,
      boolean postHeld) {
    if (waitedOnLeft) {
      return RETIRED;
    }
    if (waitedOnActingEnded) {
      return ACTING_PERIOD_ENDED;
    }
    if (nobodyPresent) {
      return NO_ONE_PRESENT;
    }
    if (nowActingIsSubstitute) {
      return SUBSTITUTION_STARTED;
    }
    if (waitedOnWasSubstitute) {
      return SUBSTITUTION_ENDED;
    }
    if (nowActingIsActingHolder) {
      return ACTING_PERIOD_STARTED;
    }
    return postHeld ? NEW_HOLDER : VACANT_POST;
  }
}
