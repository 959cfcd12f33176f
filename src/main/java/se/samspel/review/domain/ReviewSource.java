package se.samspel.review.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samspel.request.domain.RequestEventType;

/** Where the review reads its facts from: the deviation record and the contact requests. */
public interface ReviewSource {

  /** Deviations that occurred in [from, to). */
  List<DeviationFact> deviations(Instant from, Instant to);

  /** Requests created in [from, to), with their history. */
  List<RequestFact> requests(Instant from, Instant to);

  /** Requests open now and flagged stuck at the top, whenever they were created. */
  List<RequestFact> stuckAtTop();

  /**
   * The hash of the deviation record's newest entry, published with the review so outsiders can
   * check the record later. Empty until the record provides one.
   */
  default Optional<String> recordHeadHash() {
    return Optional.empty();
  }

  /**
   * How many spontaneous site visits were registered afterwards as made on a day in [from, to) (the
   * visit part; a coordinated visit is a request). None unless a source provides them.
   */
  default int registeredSiteVisits(LocalDate from, LocalDate to) {
    return 0;
  }

  /** A deviation as the review counts it: no personal data. */
  record DeviationFact(
      long seq,
      Instant occurredAt,
      String kind,
      String ruleId,
      String ruleTitle,
      String severity,
      String requesterRole,
      String targetRole,
      Optional<String> department) {}

  /** A request as the review counts it: no personal data. */
  record RequestFact(
      String id,
      String kind,
      Instant createdAt,
      String status,
      boolean stuckAtTop,
      Optional<String> waitingOn,
      List<EventFact> events) {}

  /**
   * An entry of a request's history.
   *
   * @param note for ESCALATED: "FROM → TO (why; rule R)"
   */
  record EventFact(
      Instant at, RequestEventType event, Optional<Integer> hop, Optional<String> note) {}
}
