package se.samspel.request.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;

/** Where contact requests are kept. */
public interface ContactRequestRepository {

  Optional<ContactRequest> find(RequestId id);

  /**
   * The requests of these ids that {@link #find} would find, in the order of the ids, read in a
   * fixed number of queries whatever their number (the sweeper reads a claimed batch so).
   */
  List<ContactRequest> findAll(List<RequestId> ids);

  void add(ContactRequest request);

  /**
   * The code of the conflict {@link #update} fails with when someone else changed the request since
   * it was read.
   */
  String CONCURRENT_MODIFICATION = "concurrent-modification";

  /**
   * Stores the changes of a request read earlier and returns its new version. Fails with a conflict
   * ({@link #CONCURRENT_MODIFICATION}) when someone else changed it since it was read.
   */
  long update(ContactRequest request);

  /**
   * Stores the changes of several requests read earlier, as {@link #update} does each, in one
   * write: returns their new versions in their order. Fails with a conflict ({@link
   * #CONCURRENT_MODIFICATION}) when someone else changed any of them since it was read; then the
   * caller's transaction must roll back, as none of them is to be stored.
   */
  List<Long> updateAll(List<ContactRequest> requests);

  /**
   * Claims up to {@code limit} open requests whose waiting hop is overdue at {@code now}, oldest
   * deadline first, locking them for the caller's transaction and skipping any another transaction
   * holds.
   */
  List<RequestId> claimOverdue(java.time.Instant now, int limit);

  /** Claims one request if it is still overdue and no other transaction holds it. */
  boolean claimIfOverdue(RequestId id, java.time.Instant now);

  /** Makes the sweeper look at a request again only from {@code at} (after a failed attempt). */
  void postponeClaim(RequestId id, java.time.Instant at);

  /**
   * Every distinct pair of (position, person recorded as waited on) over the waiting steps of open
   * requests: one grouped query, at most as many rows as there are positions with work waiting.
   */
  List<WaitingPair> waitingPairs();

  /** The open requests whose waiting step is on this position and recorded for this person. */
  List<RequestId> waitingAs(WaitingPair pair);

  /** Open requests waiting on one of these positions, oldest first. */
  List<RequestSummary> waitingOn(Set<PositionId> positions, int page, int size);

  /** How many open requests wait on these positions, per status. */
  java.util.Map<RequestStatus, Long> countWaitingOn(Set<PositionId> positions);

  /** Requests a person made, newest first. */
  List<RequestSummary> madeBy(PersonId person, int page, int size);

  long countMadeBy(PersonId person);

  /**
   * Every request a person made, newest first: the requests section of their right of access (GDPR
   * art. 15), which is not paged.
   */
  List<RequestId> allMadeBy(PersonId person);

  /**
   * Every request someone else made on whose route the person took part, newest first: they acted
   * on or took a step, a step waited on them (as recorded when routed, waiting now, or a step moved
   * from or to them), or they acted on someone's behalf or were acted for in its history.
   */
  List<RequestId> onRouteOf(PersonId person);

  /** Every request whose target is one of these positions, newest first. */
  List<RequestId> targeting(Set<PositionId> positions);

  /**
   * Every request whose target is one of these posts, a person's former posts the organisation no
   * longer lists, while they held it as far as is stored: left out is a request whose own route
   * recorded someone else as the post's holder when it reached the post. Newest first.
   */
  List<RequestId> targetingWhileHeld(Set<PositionId> positions, PersonId holder);

  /**
   * Every free text the requests of the municipality in scope hold (subjects, purposes, forums,
   * notes of steps and of history entries), for a right of access to search for people named only
   * in text. Reads each text column once.
   */
  List<RequestText> texts();
}
