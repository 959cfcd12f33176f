package se.samspel.audit.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the administrators' audit trail.
 *
 * @param id the entry's number, increasing with time; 0 before it is stored
 * @param kind what was done
 * @param actorPerson the external id of the caller's person, if the caller is one
 * @param actorLogin the login the caller's token named, if any
 * @param at when it was done (UTC)
 * @param revision the organisation revision an import produced, if the action produced one
 * @param summary what the action said and did, by name (for an import: {@code format}, {@code
 *     charset}, the counts …); values are strings, numbers or booleans
 */
public record AdministrativeAction(
    long id,
    Kind kind,
    Optional<String> actorPerson,
    Optional<String> actorLogin,
    Instant at,
    Optional<Long> revision,
    Map<String, Object> summary) {

  public AdministrativeAction {
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(actorPerson, "actorPerson is required (may be empty)");
    Objects.requireNonNull(actorLogin, "actorLogin is required (may be empty)");
    Objects.requireNonNull(at, "at is required");
    Objects.requireNonNull(revision, "revision is required (may be empty)");
    summary = Map.copyOf(Objects.requireNonNull(summary, "summary is required"));
  }

  /** The kinds of action the trail knows. */
  public enum Kind {
    /** The organisation was replaced by an import (API or page). */
    ORGANISATION_IMPORTED,
    /** An import was refused because it would lock its caller out and was not confirmed. */
    ORGANISATION_IMPORT_REFUSED,
    /**
     * Everything Samspel holds about a person was exported for their right of access (GDPR art.
     * 15); the summary names the person and counts each section.
     */
    PERSONAL_DATA_EXPORTED,
    /**
     * The municipality's retention decision was recorded or changed; the summary gives the periods,
     * the decision's reference and the new version.
     */
    RETENTION_POLICY_CHANGED,
    /**
     * A culling run culled something under the retention decision; the summary counts what (by
     * Samspel itself: no actor).
     */
    RETENTION_APPLIED,
    /**
     * An administrator uploaded a policy document that became a new version of its key (the only
     * change of a policy version an administrator makes: a version comes into force by its own
     * validity dates); the summary gives the key, the version, its validity and content hash.
     */
    POLICY_UPLOADED,
    /**
     * An administrator removed a person's personal data from the deviation record (GDPR erasure);
     * the summary names the person and counts the entries blanked.
     */
    PERSONAL_DATA_REDACTED,
    /**
     * A manager named a substitute for someone else's absence (a direct report); the summary gives
     * the substitution, the absent person, the substitute and the period, never the reason.
     */
    SUBSTITUTE_NAMED_FOR_ANOTHER,
    /**
     * Someone other than the absent person ended a substitution (whoever named it, or the absent
     * person's manager); the summary gives the substitution, the people and the first day without.
     */
    SUBSTITUTION_ENDED_FOR_ANOTHER
  }
}
