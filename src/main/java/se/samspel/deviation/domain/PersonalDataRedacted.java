package se.samspel.deviation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;

/**
 * An administrator removed a person's personal data from the deviation record (GDPR erasure). Fired
 * (a synchronous CDI event) inside the redaction's transaction, for the administrators' audit
 * trail.
 *
 * @param person whose personal data was removed
 * @param entries how many entries were blanked (0 when none named the person)
 * @param actorPerson the administrator's person (external id), if the organisation knows them
 * @param actorLogin the login their token named
 * @param at when it was done
 */
public record PersonalDataRedacted(
    PersonId person,
    int entries,
    Optional<String> actorPerson,
    Optional<String> actorLogin,
    Instant at) {

  public PersonalDataRedacted {
    Objects.requireNonNull(person, "person is required");
    Objects.requireNonNull(actorPerson, "actorPerson is required (may be empty)");
    Objects.requireNonNull(actorLogin, "actorLogin is required (may be empty)");
    Objects.requireNonNull(at, "at is required");
  }
}
