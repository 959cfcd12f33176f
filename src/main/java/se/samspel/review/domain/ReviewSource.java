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

  /**
   * A deviation as the review counts it: no personal data.
   *
   * @param department the single department an entry of the record's first form recorded (the
   *     target's, else the requester's); empty for entries that name the requester's and target's
   * @param requesterDepartment the department of the requester's position (unit id), where the
   *     deviation happened; empty for a politician or an outside party
   * @param targetDepartment the department of the target's position (unit id)
   */
  record DeviationFact(
      long seq,
      Instant occurredAt,
      String kind,
      String ruleId,
      String ruleTitle,
      String severity,
      String requesterRole,
      String targetRole,
      Optional<String> department,
      Optional<String> requesterDepartment,
      Optional<String> targetDepartment) {

    /** A fact with a single department, as the record's first form kept it. */
    public DeviationFact(
        long seq,
        Instant occurredAt,
        String kind,
        String ruleId,
        String ruleTitle,
        String severity,
        String requesterRole,
        String targetRole,
        Optional<String> department) {
      this(
          seq,
          occurredAt,
          kind,
          ruleId,
          ruleTitle,
          severity,
          requesterRole,
          targetRole,
          department,
          Optional.empty(),
          Optional.empty());
    }

    /**
     * The department the review counts the deviation under ({@link
     * ReviewCalculator#DEPARTMENT_RULE}): the requester's, or the target's when the requester has
     * none (a politician, a journalist); an entry that recorded a single department keeps it.
     */
    public Optional<String> countedDepartment() {
      return nonNull(department)
          .or(() -> nonNull(requesterDepartment))
          .or(() -> nonNull(targetDepartment));
    }

    private static Optional<String> nonNull(Optional<String> value) {
      return value == null ? Optional.empty() : value;
    }
  }

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
