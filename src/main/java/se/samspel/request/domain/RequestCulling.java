package se.samspel.request.domain;

import java.time.Instant;

/**
 * Culls (gallrar) closed requests that are due under the municipality's retention decision. A
 * culled request keeps only the anonymous facts the yearly review counts ({@link RequestOutlines}):
 * its kind, the policy version and rule it was routed under, its status, when it was created and
 * last changed, and its history's event types, times and steps. Everything that names or describes
 * a person (requester, target, subject, purpose, wished dates, responsible manager, who acted,
 * every note, its steps) is removed. A culled request is no longer found by id, by its requester or
 * by anyone on its route.
 */
public interface RequestCulling {

  /**
   * Culls up to {@code limit} closed, not yet culled requests of the current municipality: a report
   * of suspected wrongdoing ({@link Whistleblowing#concerns}) last changed before {@code
   * reportsClosedBefore}, any other last changed before {@code closedBefore}. Requests another
   * transaction holds are skipped (they are taken by the next run), so several instances may cull
   * at once. Runs in the caller's transaction.
   *
   * @param at when the culling happens, stored as the request's {@code culled_at}
   * @return how many it culled; fewer than {@code limit} when no more are due
   */
  int cullClosed(Instant closedBefore, Instant reportsClosedBefore, Instant at, int limit);
}
