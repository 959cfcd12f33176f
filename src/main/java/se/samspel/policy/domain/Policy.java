package se.samspel.policy.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One municipality's guideline in one version. Rules are tried in order and the first whose
 * condition matches applies; validation guarantees that every rule can apply to some contact and
 * that no two rules with the same condition disagree.
 *
 * @param key which guideline this is a version of (e.g. "kungsor")
 * @param version the version number, 1 for the first upload of a key
 * @param deadlines how long hops of each kind of contact may wait
 * @param review what the guideline says about its yearly review, when the policy says it
 * @param escalation how a waiting step climbs, when the policy says it (versions stored before the
 *     format had the section do not; {@link EscalationPolicy#REPORTING_LINES} stands in for them)
 */
public record Policy(
    String key,
    int version,
    Provenance provenance,
    Map<ContactKind, Deadline> deadlines,
    List<Rule> rules,
    Optional<ReviewSpec> review,
    Optional<EscalationPolicy> escalation) {

  public Policy {
    Objects.requireNonNull(key, "key is required");
    Objects.requireNonNull(provenance, "provenance is required");
    deadlines = Map.copyOf(Objects.requireNonNull(deadlines, "deadlines are required"));
    rules = List.copyOf(Objects.requireNonNull(rules, "rules are required"));
    Objects.requireNonNull(review, "review is required (Optional.empty() when none)");
    Objects.requireNonNull(escalation, "escalation is required (Optional.empty() when none)");
  }

  /** A policy that says nothing about how its steps escalate. */
  public Policy(
      String key,
      int version,
      Provenance provenance,
      Map<ContactKind, Deadline> deadlines,
      List<Rule> rules,
      Optional<ReviewSpec> review) {
    this(key, version, provenance, deadlines, rules, review, Optional.empty());
  }

  /** A policy that says nothing about its review nor its escalation. */
  public Policy(
      String key,
      int version,
      Provenance provenance,
      Map<ContactKind, Deadline> deadlines,
      List<Rule> rules) {
    this(key, version, provenance, deadlines, rules, Optional.empty());
  }

  /** The rule that applies to a contact: the first that matches. */
  public Optional<Rule> ruleFor(ContactSituation situation) {
    for (Rule rule : rules) {
      if (rule.when().matches(situation)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a contact of this kind from this party is decided without naming whom it is for: some
   * rule decides the kind for the party, and none of those rules looks at the target ({@link
   * Rule#looksAtTarget}). The contact form then does not ask for a target, and a request may omit
   * it.
   */
  public boolean decidesWithoutTarget(PartyType requester, ContactKind kind) {
    List<Rule> deciding =
        rules.stream()
            .filter(r -> r.when().requesters().contains(requester))
            .filter(r -> r.when().kinds().contains(kind))
            .toList();
    return !deciding.isEmpty() && deciding.stream().noneMatch(Rule::looksAtTarget);
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * How a waiting step of a request routed under this version climbs: the policy's escalation
   * section, or the reporting lines when it states none.
   */
  public EscalationPolicy escalationOrReportingLines() {
    return escalation.orElse(EscalationPolicy.REPORTING_LINES);
  }

  /** The same policy under another version number. */
  public Policy withVersion(int newVersion) {
    return new Policy(key, newVersion, provenance, deadlines, rules, review, escalation);
  }
}
