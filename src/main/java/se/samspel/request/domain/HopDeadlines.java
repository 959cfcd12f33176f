package se.samspel.request.domain;

import java.time.Instant;

/**
 * When a step that starts waiting must be acted on. A port: the request part needs the answer when
 * it starts a step's clock, but the deadlines (the policy's per contact kind, the working-day
 * calendar, the whistleblowing act's periods) belong to escalation, which implements it. So the
 * request part depends on nothing in escalation, as {@link OutsideRouteLog} keeps it free of the
 * reporting part.
 */
public interface HopDeadlines {

  /**
   * The instant the waiting step of a request escalates if no one acts on it.
   *
   * @param request the request whose step starts waiting
   * @param from when the step starts waiting
   * @return the deadline, never before {@code from}
   */
  Instant dueFor(ContactRequest request, Instant from);
}
