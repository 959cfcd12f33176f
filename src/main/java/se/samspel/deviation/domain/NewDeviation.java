package se.samspel.deviation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samspel.policy.domain.Severity;

/**
 * A deviation to append to the record.
 *
 * @param occurredAt when the contact or action happened (not when it was recorded)
 * @param ruleId the rule the contact or action departed from, with its policy version, title,
 *     section and quote (copied, so the entry stands on its own)
 * @param prescribedRoute the route the rule prescribes (stored as its text, e.g. "POS-FC-BUF
 *     (APPROVE) → POS-REKTOR-1 (ARRANGE)"); {@link PrescribedRoute#NONE} for a forbidden contact
 * @param requesterRole the requester's party type (e.g. ELECTED_MEMBER), for the review
 * @param targetRole the target's party type (e.g. STAFF_MEMBER)
 * @param department the department concerned (unit id), where there is one
 * @param requestId the contact request concerned, for actions outside a route
 * @param corrects the sequence number of the entry this one corrects (CORRECTION only)
 * @param summary a short, non-personal statement of what departed, e.g. "Direct contact instead of
 *     via the department head"
 */
public record NewDeviation(
    DeviationKind kind,
    Instant occurredAt,
    String policyKey,
    int policyVersion,
    String ruleId,
    String ruleTitle,
    String section,
    String quote,
    Severity severity,
    PrescribedRoute prescribedRoute,
    String requesterRole,
    String targetRole,
    Optional<String> department,
    Optional<String> requestId,
    Optional<Long> corrects,
    String summary,
    PersonalData personal) {

  /** The longest prescribed route an entry keeps (characters), formatted hop by hop. */
  public static final int MAX_PRESCRIBED_ROUTE_LENGTH = 1000;

  /**
   * The longest summary an entry keeps (characters). A summary Samspel writes for a reported
   * contact names the prescribed route ("A direct contact where the guideline prescribes the route
   * …"), so it has room for a whole route and 200 characters of words around it.
   */
  public static final int MAX_SUMMARY_LENGTH = MAX_PRESCRIBED_ROUTE_LENGTH + 200;

  /** The longest summary a reader may write for a correction (characters). */
  public static final int MAX_CORRECTION_SUMMARY_LENGTH = 500;

  public NewDeviation {
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(occurredAt, "occurredAt is required");
    Objects.requireNonNull(policyKey, "policyKey is required");
    Objects.requireNonNull(ruleId, "ruleId is required");
    Objects.requireNonNull(ruleTitle, "ruleTitle is required");
    Objects.requireNonNull(section, "section is required");
    Objects.requireNonNull(quote, "quote is required");
    Objects.requireNonNull(severity, "severity is required");
    Objects.requireNonNull(prescribedRoute, "prescribedRoute is required (may be NONE)");
    Objects.requireNonNull(requesterRole, "requesterRole is required");
    Objects.requireNonNull(targetRole, "targetRole is required");
    Objects.requireNonNull(department, "department is required (may be empty)");
    Objects.requireNonNull(requestId, "requestId is required (may be empty)");
    Objects.requireNonNull(corrects, "corrects is required (may be empty)");
    Objects.requireNonNull(summary, "summary is required");
    Objects.requireNonNull(personal, "personal is required");
    if (kind == DeviationKind.CORRECTION && corrects.isEmpty()) {
      throw new IllegalArgumentException("a correction must reference the entry it corrects");
    }
  }

  /**
   * The same, with the prescribed route in its stored text form (read back with {@link
   * PrescribedRoute#parse}): how the store and tests that hold the text build an entry.
   */
  public NewDeviation(
      DeviationKind kind,
      Instant occurredAt,
      String policyKey,
      int policyVersion,
      String ruleId,
      String ruleTitle,
      String section,
      String quote,
      Severity severity,
      String prescribedRoute,
      String requesterRole,
      String targetRole,
      Optional<String> department,
      Optional<String> requestId,
      Optional<Long> corrects,
      String summary,
      PersonalData personal) {
    this(
        kind,
        occurredAt,
        policyKey,
        policyVersion,
        ruleId,
        ruleTitle,
        section,
        quote,
        severity,
        PrescribedRoute.parse(
            Objects.requireNonNull(prescribedRoute, "prescribedRoute is required (may be blank)")),
        requesterRole,
        targetRole,
        department,
        requestId,
        corrects,
        summary,
        personal);
  }
}
