package se.samspel.retention.domain;

import java.time.Instant;

/**
 * What one culling run did in a municipality.
 *
 * @param ranAt when it ran (the clock's instant the cut-offs were computed from)
 * @param requestsCulled closed requests culled to anonymous facts (whistleblowing reports included)
 * @param notificationsCulled notification rows deleted (who was told, the address, the outcome)
 * @param eventsCulled events deleted from the event feed
 * @param deviationsRedacted deviation entries whose personal fields were blanked
 * @param siteVisitsCulled registered site visits culled to the review's count
 */
public record RetentionRun(
    Instant ranAt,
    long requestsCulled,
    long notificationsCulled,
    long eventsCulled,
    long deviationsRedacted,
    long siteVisitsCulled) {

  /** Whether the run culled anything. */
  public boolean culledAnything() {
    return requestsCulled
            + notificationsCulled
            + eventsCulled
            + deviationsRedacted
            + siteVisitsCulled
        > 0;
  }
}
