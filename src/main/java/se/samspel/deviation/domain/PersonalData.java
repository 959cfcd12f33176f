package se.samspel.deviation.domain;

import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;

/**
 * The personal part of a deviation: who reported it, who contacted whom, and the free-text
 * description. Kept apart from the rest of the entry (and hashed separately) so that it can be
 * blanked when personal data must be removed, without breaking the chain.
 */
public record PersonalData(
    Optional<PersonId> reporter,
    Optional<PersonId> requester,
    Optional<PersonId> target,
    Optional<String> description) {

  /**
   * The longest description the record keeps (characters): a correction's reason, the longest free
   * text kept with the personal data.
   */
  public static final int MAX_DESCRIPTION_LENGTH = 2000;

  /** The longest description a reporter may give of a contact that happened (characters). */
  public static final int MAX_REPORTED_DESCRIPTION_LENGTH = 500;

  public PersonalData {
    Objects.requireNonNull(reporter, "reporter is required (may be empty)");
    Objects.requireNonNull(requester, "requester is required (may be empty)");
    Objects.requireNonNull(target, "target is required (may be empty)");
    Objects.requireNonNull(description, "description is required (may be empty)");
  }

  public static PersonalData none() {
    return new PersonalData(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
