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
 * @param department the single department (unit id) a {@code samspel-deviation-v1} entry recorded:
 *     the target's, else the requester's. Always empty in a v2 entry, which records {@code
 *     requesterDepartment} and {@code targetDepartment} instead; a v2 entry built with only this
 *     one (the old constructors) takes it as the target's department, which is what v1 recorded
 * @param requestId the contact request concerned, for actions outside a route
 * @param corrects the sequence number of the entry this one corrects (CORRECTION only)
 * @param summary a short, non-personal statement of what departed, e.g. "Direct contact instead of
 *     via the department head"
 * @param requesterDepartment the department (unit id) of the requester's position, where the
 *     deviation happened; empty for a politician or an outside party (v2 entries only)
 * @param targetDepartment the department (unit id) of the target's position; empty for a political
 *     body, a politician or an outside party (v2 entries only)
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
    PersonalData personal,
    Optional<String> requesterDepartment,
    Optional<String> targetDepartment) {

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
    Objects.requireNonNull(requesterDepartment, "requesterDepartment is required (may be empty)");
    Objects.requireNonNull(targetDepartment, "targetDepartment is required (may be empty)");
    if (kind == DeviationKind.CORRECTION && corrects.isEmpty()) {
      throw new IllegalArgumentException("a correction must reference the entry it corrects");
    }
  }

  /**
   * A deviation with a single department, as entries of the {@code samspel-deviation-v1} form
   * recorded it; no requester's or target's department. Appended today, the department is taken as
   * the target's (see {@link #asRecordedIn}).
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
      PrescribedRoute prescribedRoute,
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
        prescribedRoute,
        requesterRole,
        targetRole,
        department,
        requestId,
        corrects,
        summary,
        personal,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The same facts as the form {@code form} records them: for v1, unchanged; for v2, the single
   * department (given only by the old constructors, or carried from a v1 entry) becomes the
   * target's department when no requester's or target's department is given.
   *
   * @throws IllegalArgumentException a v1 entry with a requester's or target's department, or a v2
   *     entry with a single department beside them: the form could not hash what it would store
   */
  public NewDeviation asRecordedIn(int form) {
    if (form == DeviationEntry.FORM_V1) {
      if (requesterDepartment.isPresent() || targetDepartment.isPresent()) {
        throw new IllegalArgumentException(
            "a samspel-deviation-v1 entry records no requester's or target's department");
      }
      return this;
    }
    if (department.isEmpty()) {
      return this;
    }
    if (requesterDepartment.isPresent() || targetDepartment.isPresent()) {
      throw new IllegalArgumentException(
          "a samspel-deviation-v2 entry records the requester's and the target's department,"
              + " not a single one");
    }
    return withDepartments(Optional.empty(), Optional.empty(), department);
  }

  /** The same facts with these departments (v1's single one, the requester's, the target's). */
  public NewDeviation withDepartments(
      Optional<String> single, Optional<String> requester, Optional<String> target) {
    return new NewDeviation(
        kind,
        occurredAt,
        policyKey,
        policyVersion,
        ruleId,
        ruleTitle,
        section,
        quote,
        severity,
        prescribedRoute,
        requesterRole,
        targetRole,
        single,
        requestId,
        corrects,
        summary,
        personal,
        requester,
        target);
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
        personal,
        Optional.empty(),
        Optional.empty());
  }
}
