package se.samspel.organisation.domain;

import java.time.Instant;
import java.util.Objects;
import se.samspel.organisation.domain.OrganisationImported.ImportActor;
import se.samspel.organisation.domain.OrganisationImported.ImportSource;

/**
 * Fired (a synchronous CDI event, in a transaction of its own) when an import was refused because
 * it would lock its caller out and was not confirmed: a valid import attempt worth keeping in the
 * administrators' audit trail although nothing changed.
 *
 * @param lockOut who would have been locked out
 */
public record OrganisationImportRefused(
    Instant at, ImportActor actor, ImportSource source, LockOut lockOut) {

  public OrganisationImportRefused {
    Objects.requireNonNull(at, "at is required");
    Objects.requireNonNull(actor, "actor is required");
    Objects.requireNonNull(source, "source is required");
    Objects.requireNonNull(lockOut, "lockOut is required");
  }
}
