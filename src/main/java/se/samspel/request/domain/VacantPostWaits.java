package se.samspel.request.domain;

/**
 * Whether a request's policy gives an escalated step to a vacant post all the same: its escalation
 * section says {@code WAIT_ON_POST}, so the step waits there until its deadline and climbs on then.
 * A port, like {@link HopDeadlines}: the answer is escalation's, which implements it, and the
 * request part asks without depending on it. Open work following the organisation leaves such a
 * step where the escalation put it rather than pass it up at once.
 */
public interface VacantPostWaits {

  /**
   * Whether the policy the request was routed under lets an escalated step wait on a vacant post.
   */
  boolean escalatedStepWaitsOnVacantPost(ContactRequest request);
}
