package se.samspel.policy.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrator uploaded a policy document that became a new version of its key (an upload of
 * the latest version's content again stores nothing and fires nothing). Fired (a synchronous CDI
 * event) inside the transaction that stores the version, for the administrators' audit trail.
 *
 * @param version the version as stored
 * @param actorPerson the administrator's person (external id), if the organisation knows them
 * @param actorLogin the login their token named
 * @param at when it was stored
 */
public record PolicyVersionUploaded(
    PolicyVersion version, Optional<String> actorPerson, Optional<String> actorLogin, Instant at) {

  public PolicyVersionUploaded {
    Objects.requireNonNull(version, "version is required");
    Objects.requireNonNull(actorPerson, "actorPerson is required (may be empty)");
    Objects.requireNonNull(actorLogin, "actorLogin is required (may be empty)");
    Objects.requireNonNull(at, "at is required");
  }
}
