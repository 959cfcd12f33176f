package se.samspel.substitution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;

/**
 * A substitute named for an absent person for a period. A substitution is never deleted: ending it
 * early records who ended it, when, and from which day it no longer applies, so that the history of
 * who acted for whom on a past day stays answerable.
 *
 * @param from the first day of the absence
 * @param to the last day of the absence as named, inclusive
 * @param reason free text (leave, illness); shown only to the absent person and to who named it
 * @param namedBy who named the substitute: the absent person or their manager
 * @param ending present once the substitution was ended or cancelled
 */
public record Substitution(
    SubstitutionId id,
    PersonId absent,
    PersonId substitute,
    LocalDate from,
    LocalDate to,
    Optional<String> reason,
    PersonId namedBy,
    Instant namedAt,
    Optional<Ending> ending) {

  /** The longest reason kept. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * An early end.
   *
   * @param from the first day the substitution no longer applies
   * @param by who ended it
   * @param at when
   */
  public record Ending(LocalDate from, PersonId by, Instant at) {
    public Ending {
      Objects.requireNonNull(from, "the first day without substitute is required");
      Objects.requireNonNull(by, "who ended it is required");
      Objects.requireNonNull(at, "when it was ended is required");
    }
  }

  public Substitution {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(absent, "absent is required");
    Objects.requireNonNull(substitute, "substitute is required");
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(reason, "reason is required (may be empty)");
    Objects.requireNonNull(namedBy, "namedBy is required");
    Objects.requireNonNull(namedAt, "namedAt is required");
    Objects.requireNonNull(ending, "ending is required (may be empty)");
    if (absent.equals(substitute)) {
      throw new IllegalArgumentException("a person cannot be their own substitute");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a substitution cannot end before it starts");
    }
    if (reason.isPresent() && reason.get().length() > MAX_REASON_LENGTH) {
      throw new IllegalArgumentException(
          "a reason is at most " + MAX_REASON_LENGTH + " characters");
    }
  }

  /** A new substitution, not ended. */
  public static Substitution named(
      PersonId absent,
      PersonId substitute,
      LocalDate from,
      LocalDate to,
      Optional<String> reason,
      PersonId namedBy,
      Instant namedAt) {
    return new Substitution(
        SubstitutionId.random(),
        absent,
        substitute,
        from,
        to,
        reason,
        namedBy,
        namedAt,
        Optional.empty());
  }

  /** Whether it was ended before it began, so that it never applied. */
  public boolean cancelled() {
    return ending.map(e -> !e.from().isAfter(from)).orElse(false);
  }

  /** The last day it applies, after an early end; empty when it never applies. */
  public Optional<LocalDate> lastDay() {
    if (cancelled()) {
      return Optional.empty();
    }
    LocalDate last = ending.map(e -> e.from().minusDays(1)).filter(d -> d.isBefore(to)).orElse(to);
    return Optional.of(last);
  }

  /** Whether work reaches the substitute on the day. */
  public boolean covers(LocalDate day) {
    return lastDay().map(last -> !day.isBefore(from) && !day.isAfter(last)).orElse(false);
  }

  /** Whether the period in force meets the days {@code first} to {@code last}, inclusive. */
  public boolean overlaps(LocalDate first, LocalDate last) {
    return lastDay().map(end -> !first.isAfter(end) && !from.isAfter(last)).orElse(false);
  }

  public SubstitutionStatus statusOn(LocalDate day) {
    if (cancelled()) {
      return SubstitutionStatus.CANCELLED;
    }
    if (day.isBefore(from)) {
      return SubstitutionStatus.PLANNED;
    }
    return covers(day) ? SubstitutionStatus.ACTIVE : SubstitutionStatus.OVER;
  }

  /** Whether it can still be ended on the day: it is planned or active. */
  public boolean endableOn(LocalDate day) {
    SubstitutionStatus status = statusOn(day);
    return status == SubstitutionStatus.PLANNED || status == SubstitutionStatus.ACTIVE;
  }

  /**
   * Ends it so that from the day on work reaches the absent person again; a substitution that has
   * not begun by then is cancelled.
   */
  public Substitution endFrom(LocalDate day, PersonId by, Instant at) {
    if (!endableOn(day)) {
      throw new IllegalStateException("substitution " + id + " is already over or cancelled");
    }
    return new Substitution(
        id,
        absent,
        substitute,
        from,
        to,
        reason,
        namedBy,
        namedAt,
        Optional.of(new Ending(day, by, at)));
  }

  /** Whether this person may read the reason: the absent person and who named the substitute. */
  public boolean mayReadReason(PersonId person) {
    return absent.equals(person) || namedBy.equals(person);
  }

  /** Whether the person is the absent person, the substitute or who named it. */
  public boolean involves(PersonId person) {
    return absent.equals(person) || substitute.equals(person) || namedBy.equals(person);
  }
}
