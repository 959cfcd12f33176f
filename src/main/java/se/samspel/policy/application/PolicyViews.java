package se.samspel.policy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.samspel.policy.domain.Condition;
import se.samspel.policy.domain.Deadline;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Provenance;
import se.samspel.policy.domain.Rule;

/** Policies as the API shows them. */
public final class PolicyViews {

  private PolicyViews() {}

  /** A version in a list. */
  public record PolicySummary(
      String key,
      int version,
      String municipality,
      String title,
      LocalDate validFrom,
      LocalDate validTo,
      Instant uploadedAt,
      String uploadedBy,
      boolean active,
      int rules) {}

  /** Where the policy comes from. */
  public record ProvenanceView(
      String municipality,
      String title,
      String documentType,
      String adoptedBy,
      LocalDate decisionDate,
      String paragraph,
      String caseNumber,
      LocalDate validFrom,
      LocalDate validTo,
      LocalDate lastUpdated,
      String appliesTo,
      String preparedBy,
      String sourceDocument,
      List<String> dissents,
      List<String> notes) {}

  /** A rule with its condition, outcome, route and citation. */
  public record RuleView(
      String id,
      String title,
      List<String> requester,
      List<String> target,
      List<String> relation,
      List<String> kind,
      List<String> context,
      List<String> question,
      Map<String, Boolean> flags,
      String outcome,
      List<HopView> route,
      String severity,
      String section,
      String quote) {}

  /** A hop of a rule's route. */
  public record HopView(String position, String action) {}

  /** A whole policy version. */
  public record PolicyView(
      String key,
      int version,
      boolean active,
      Instant uploadedAt,
      String uploadedBy,
      String contentHash,
      ProvenanceView provenance,
      Map<String, String> deadlines,
      List<RuleView> rules) {}

  public static PolicySummary summary(PolicyVersion v, boolean active) {
    Provenance p = v.policy().provenance();
    return new PolicySummary(
        v.policy().key(),
        v.policy().version(),
        p.municipality(),
        p.title(),
        p.validFrom(),
        p.validTo().orElse(null),
        v.uploadedAt(),
        v.uploadedBy(),
        active,
        v.policy().rules().size());
  }

  public static PolicyView view(PolicyVersion v, boolean active) {
    Provenance p = v.policy().provenance();
    Map<String, String> deadlines = new TreeMap<>();
    v.policy().deadlines().forEach((kind, d) -> deadlines.put(kind.name(), describe(d)));
    return new PolicyView(
        v.policy().key(),
        v.policy().version(),
        active,
        v.uploadedAt(),
        v.uploadedBy(),
        v.contentHash(),
        new ProvenanceView(
            p.municipality(),
            p.title(),
            p.documentType(),
            p.adoptedBy(),
            p.decisionDate(),
            p.paragraph().orElse(null),
            p.caseNumber(),
            p.validFrom(),
            p.validTo().orElse(null),
            p.lastUpdated().orElse(null),
            p.appliesTo().orElse(null),
            p.preparedBy().orElse(null),
            p.sourceDocument(),
            p.dissents(),
            p.notes()),
        deadlines,
        v.policy().rules().stream().map(PolicyViews::rule).toList());
  }

  private static RuleView rule(Rule rule) {
    Condition c = rule.when();
    Map<String, Boolean> flags = new TreeMap<>();
    c.flags().forEach((f, b) -> flags.put(f.name(), b));
    return new RuleView(
        rule.id(),
        rule.title(),
        names(c.requesters()),
        names(c.targets()),
        names(c.relations()),
        names(c.kinds()),
        names(c.contexts()),
        names(c.questions()),
        flags,
        rule.outcome().name(),
        rule.route().stream()
            .map(h -> new HopView(h.position().name(), h.action().name()))
            .toList(),
        rule.severity().name(),
        rule.source().section(),
        rule.source().quote());
  }

  private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }

  private static String describe(Deadline d) {
    return d.amount() + (d.unit() == Deadline.Unit.HOURS ? " hours" : " working days");
  }
}
