package se.samspel.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.samspel.common.SamspelException;
import se.samspel.deviation.application.RecordAccess;
import se.samspel.organisation.domain.PersonId;

/**
 * Which yearly review a person reads: the full one, with request ids and the record's figures, for
 * those who read the deviation record (KD, the KSO, auditors: {@link RecordAccess}, the same rule);
 * the anonymised one for everyone else, without a login too (README, "Who may see and do what").
 * Asked by the API ({@code /api/review}) and the page ({@code /uppfoljning}) alike.
 */
@ApplicationScoped
public class ReviewAccess {

  /** The review a reader is given. */
  public enum Edition {
    /** Every figure, with request ids where the review lists requests. */
    FULL,
    /** No names and no ids, small counts suppressed: for publication. */
    ANONYMISED
  }

  private final RecordAccess record;

  public ReviewAccess(RecordAccess record) {
    this.record = record;
  }

  /** The edition this reader is given; {@link Edition#ANONYMISED} without a person. */
  public Edition editionFor(Optional<PersonId> reader) {
    return record.rightsOf(reader).read() ? Edition.FULL : Edition.ANONYMISED;
  }

  /** FORBIDDEN unless the person reads the full review (its CSV download and the API). */
  public void requireFull(PersonId reader) {
    if (editionFor(Optional.of(reader)) != Edition.FULL) {
      throw SamspelException.forbidden("Only KD, the KSO and auditors read the full review");
    }
  }
}
