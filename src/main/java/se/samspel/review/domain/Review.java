package se.samspel.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A review as produced: the figures of the period, the names they need, who owns the review and
 * what the guideline attaches to it.
 *
 * @param policy the guideline in force when the review was produced, e.g. "kungsor v1"
 * @param unitNames department names by unit id, for the by-department breakdown
 * @param owners the positions owning the review and who holds them today
 * @param attached the guideline's section, passage and evaluation questions, when it has them
 * @param recordHeadHash the hash of the deviation record's newest entry, for publication; empty
 *     until the record provides one
 */
public record Review(
    Instant producedAt,
    String policy,
    ReviewFigures figures,
    Map<String, String> unitNames,
    List<Owner> owners,
    Optional<Attached> attached,
    Optional<String> recordHeadHash) {

  public Review {
    Objects.requireNonNull(figures, "figures are required");
    unitNames = Map.copyOf(unitNames);
    owners = List.copyOf(owners);
  }

  /** An owning position (KD or KSO), its title, and the person holding it today, if anyone. */
  public record Owner(String role, String title, Optional<String> holder) {}

  /** What the guideline attaches to its review. */
  public record Attached(String section, String quote, List<String> evaluationQuestions) {}

  /** A department's name, or its unit id when the organisation no longer knows it. */
  public String unitName(Optional<String> unitId) {
    return unitId.map(id -> unitNames.getOrDefault(id, id)).orElse("(no department)");
  }
}
