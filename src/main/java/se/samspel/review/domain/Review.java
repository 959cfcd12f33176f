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
 * @param siteVisitRule the rule of the guideline in force that has site visits coordinated (Kungsör
 *     {@code KUN-POLITICIAN-SITE-VISIT}, Alingsås {@code ALI-SITE-VISIT-COORDINATED}), cited with
 *     the site-visit figures; empty when the guideline has none
 */
public record Review(
    Instant producedAt,
    String policy,
    ReviewFigures figures,
    Map<String, String> unitNames,
    List<Owner> owners,
    Optional<Attached> attached,
    Optional<String> recordHeadHash,
    Optional<CitedRule> siteVisitRule) {

  public Review {
    Objects.requireNonNull(figures, "figures are required");
    unitNames = Map.copyOf(unitNames);
    owners = List.copyOf(owners);
    Objects.requireNonNull(siteVisitRule, "siteVisitRule is required (may be empty)");
  }

  /** A review that cites no rule for site visits. */
  public Review(
      Instant producedAt,
      String policy,
      ReviewFigures figures,
      Map<String, String> unitNames,
      List<Owner> owners,
      Optional<Attached> attached,
      Optional<String> recordHeadHash) {
    this(
        producedAt, policy, figures, unitNames, owners, attached, recordHeadHash, Optional.empty());
  }

  /** A rule of the guideline, cited with its passage. */
  public record CitedRule(String ruleId, String title, String section, String quote) {}

  /** An owning position (KD or KSO), its title, and the person holding it today, if anyone. */
  public record Owner(String role, String title, Optional<String> holder) {}

  /** What the guideline attaches to its review. */
  public record Attached(String section, String quote, List<String> evaluationQuestions) {}

  /** A department's name, or its unit id when the organisation no longer knows it. */
  public String unitName(Optional<String> unitId) {
    return unitId.map(id -> unitNames.getOrDefault(id, id)).orElse("(no department)");
  }
}
