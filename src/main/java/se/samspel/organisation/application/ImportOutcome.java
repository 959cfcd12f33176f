package se.samspel.organisation.application;

import java.util.Objects;
import se.samspel.organisation.domain.LockOut;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;

/**
 * What became of a valid import: applied, or not applied for a reason the caller can act on. The
 * API maps the refusals to 409 problems, the Administration page to a new preview saying why.
 */
public sealed interface ImportOutcome {

  /** The organisation was replaced; its audit entry committed with it. */
  record Imported(ImportSummary summary) implements ImportOutcome {
    public Imported {
      Objects.requireNonNull(summary, "summary is required");
    }
  }

  /**
   * Not applied: the import would retire the caller (see {@link LockOut}) and they did not confirm
   * it. The refusal is kept in the audit trail.
   */
  record WouldLockOut(LockOut lockOut) implements ImportOutcome {
    public WouldLockOut {
      Objects.requireNonNull(lockOut, "lockOut is required");
    }
  }

  /**
   * Not applied: the organisation has moved past the revision the confirmed preview showed.
   *
   * @param previewed the revision the preview compared against
   * @param current the revision now
   */
  record PreviewStale(long previewed, long current) implements ImportOutcome {}
}
