package se.samspel.retention.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrator recorded a new retention decision for the current municipality. Fired inside the
 * change's transaction, for the audit trail.
 *
 * @param policy the decision as stored, with its new version
 * @param actorPerson the administrator's person (external id), if the organisation knows them
 * @param actorLogin the login their token named
 */
public record RetentionPolicyChanged(
    RetentionPolicy policy, Optional<String> actorPerson, Optional<String> actorLogin, Instant at) {
  public RetentionPolicyChanged {
    Objects.requireNonNull(policy, "policy is required");
    Objects.requireNonNull(actorPerson, "actorPerson is required (may be empty)");
    Objects.requireNonNull(actorLogin, "actorLogin is required (may be empty)");
    Objects.requireNonNull(at, "at is required");
  }
}
