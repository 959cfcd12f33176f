package se.samspel.audit.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrator exported everything Samspel holds about a person (GDPR art. 15). Fired by the
 * privacy part inside the export's transaction and kept by the trail, which the export also reads:
 * so the event is the trail's own type, and privacy depends on audit, never the other way round.
 *
 * @param person the external id of the person whose data was exported
 * @param actorPerson the administrator's person, if the organisation knows them
 * @param actorLogin the login the administrator's token named
 * @param at when the export was made
 * @param counts how many items each section of the export held, by section name
 */
public record PersonalDataExported(
    String person,
    Optional<String> actorPerson,
    Optional<String> actorLogin,
    Instant at,
    Map<String, Integer> counts) {

  public PersonalDataExported {
    Objects.requireNonNull(person, "person is required");
    Objects.requireNonNull(actorPerson, "actorPerson is required (may be empty)");
    Objects.requireNonNull(actorLogin, "actorLogin is required (may be empty)");
    Objects.requireNonNull(at, "at is required");
    counts = Map.copyOf(Objects.requireNonNull(counts, "counts are required"));
  }
}
