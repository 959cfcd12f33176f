package se.samspel.visit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;

/**
 * A spontaneous site visit a politician registered afterwards.
 *
 * @param visitor the person who registered it (the token's subject), who made the visit
 * @param visitorPosition the political position the visit was made in
 * @param unit the visited unit; empty when a position was visited
 * @param position the visited position; empty when a unit was visited
 * @param department the department the visited unit or position belongs to when registered (who
 *     reads the visit besides the visitor: its department head)
 * @param visitedOn the day of the visit, in the municipality's time zone
 * @param note the visitor's note, at most {@link #MAX_NOTE_LENGTH} characters
 * @param registeredAt when it was registered
 * @param judgement what the guideline in force on the day said of it
 */
public record SiteVisit(
    SiteVisitId id,
    PersonId visitor,
    PositionId visitorPosition,
    Optional<UnitId> unit,
    Optional<PositionId> position,
    UnitId department,
    LocalDate visitedOn,
    Optional<String> note,
    Instant registeredAt,
    Judgement judgement) {

  /** The longest note, as long as a reported contact's description (it is reported with it). */
  public static final int MAX_NOTE_LENGTH = 500;

  public SiteVisit {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(visitor, "visitor is required");
    Objects.requireNonNull(visitorPosition, "visitorPosition is required");
    Objects.requireNonNull(unit, "unit is required (may be empty)");
    Objects.requireNonNull(position, "position is required (may be empty)");
    if (unit.isPresent() == position.isPresent()) {
      throw new IllegalArgumentException("a visit is to a unit or to a position");
    }
    Objects.requireNonNull(department, "department is required");
    Objects.requireNonNull(visitedOn, "visitedOn is required");
    Objects.requireNonNull(note, "note is required (may be empty)");
    Objects.requireNonNull(registeredAt, "registeredAt is required");
    Objects.requireNonNull(judgement, "judgement is required");
  }

  /** What the guideline in force on the day of the visit said of it. */
  public enum Verdict {
    /** The policy routes site visits (Kungsör): the visit is in the deviation record. */
    DEVIATION,
    /** The policy leaves the visit free (Alingsås), or it went where the route begins. */
    NO_DEVIATION,
    /** No version of the guideline was in force on the day: registered, not judged. */
    NO_GUIDELINE_THEN
  }

  /**
   * The judgement of a visit.
   *
   * @param policyKey the guideline's key, empty for {@link Verdict#NO_GUIDELINE_THEN}
   * @param policyVersion its version, empty with the key
   * @param ruleId the deciding rule, when there is one
   * @param reason for {@link Verdict#NO_DEVIATION}: why (a {@code NoDeviationReason.Kind} name)
   * @param deviationSeq for {@link Verdict#DEVIATION}: the entry's number in the deviation record
   */
  public record Judgement(
      Verdict verdict,
      Optional<String> policyKey,
      Optional<Integer> policyVersion,
      Optional<String> ruleId,
      Optional<String> reason,
      Optional<Long> deviationSeq) {
    public Judgement {
      Objects.requireNonNull(verdict, "verdict is required");
      Objects.requireNonNull(policyKey, "policyKey is required (may be empty)");
      Objects.requireNonNull(policyVersion, "policyVersion is required (may be empty)");
      Objects.requireNonNull(ruleId, "ruleId is required (may be empty)");
      Objects.requireNonNull(reason, "reason is required (may be empty)");
      Objects.requireNonNull(deviationSeq, "deviationSeq is required (may be empty)");
      if ((verdict == Verdict.DEVIATION) != deviationSeq.isPresent()) {
        throw new IllegalArgumentException("a deviation, and only a deviation, has its entry");
      }
    }
  }
}
