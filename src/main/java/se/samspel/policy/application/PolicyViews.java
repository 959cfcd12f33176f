package se.samspel.policy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.Condition;
import se.samspel.policy.domain.Deadline;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Provenance;
import se.samspel.policy.domain.Rule;

/** Policies as the API and the pages show them: versions, rules, provenance and escalation. */
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
      String quote,
      @Schema(
              description =
                  "How Samspel reads the passage where its words do not state the rule (Swedish);"
                      + " null where the quote states it")
          String reading,
      @Schema(description = "Passages whoever acts on the route must keep to; empty for most rules")
          List<CitationView> conditions,
      @Schema(
              description =
                  "Whom a quick decision taken on a request under this rule informs at once, with"
                      + " its passage; null where the rule allows none")
          QuickDecisionView quickDecision,
      @Schema(
              description =
                  "On a FREE rule: whom the guideline recommends as the first contact all the same"
                      + " (to, and the passage); null where it recommends no one")
          RecommendationView recommendation) {}

  /** A free rule's recommendation: whom, named relative to the contact, and the passage. */
  public record RecommendationView(
      @Schema(enumeration = {"STAFF_OF_CONCERNED_UNIT"}) String to, CitationView source) {}

  /**
   * A rule's quick-decision clause: a quick decision taken on the waiting step completes the
   * request and informs this level, named relative to the position that took it.
   */
  public record QuickDecisionView(
      @Schema(
              description = "The level informed, relative to the position that took the decision",
              enumeration = {
                "NEAREST_MANAGER",
                "DEPARTMENT_HEAD",
                "RESPONSIBLE_CHAIR",
                "KD",
                "KSO"
              })
          String informs,
      CitationView source) {}

  /** A hop of a rule's route, with its own passage when the rule's does not name it. */
  public record HopView(
      String position,
      String action,
      @Schema(description = "The step's own passage; null when the rule's citation covers it")
          CitationView source) {}

  /** A passage of the guideline: its section heading and the words, as the file quotes them. */
  public record CitationView(
      @Schema(example = "Medarbetare") String section,
      @Schema(
              example =
                  "Medarbetaren ska i första hand tala med närmaste chef vid eventuella problem.")
          String quote,
      @Schema(
              description =
                  "How Samspel reads the passage where its words do not state what it is cited"
                      + " for (Swedish); null where they do")
          String reading) {

    /** A passage that states what it is cited for. */
    public CitationView(String section, String quote) {
      this(section, quote, null);
    }
  }

  /**
   * How a waiting step of a request routed under this version climbs when no one acts in time: the
   * version's escalation section, or the reporting-lines default where it states none (see README
   * "The escalation section").
   */
  public record EscalationSectionView(
      @Schema(
              description =
                  "true when the version states no escalation section: Samspel's default, up the"
                      + " reporting lines, applies and source is null")
          boolean reportingLinesDefault,
      @Schema(description = "The steps, tried in order: the first that names the kind applies")
          List<EscalationStepView> ladder,
      @Schema(
              description =
                  "Where a step goes whose position was retired since the request reached it",
              enumeration = {"KD", "KSO", "TOP"})
          String retired,
      @Schema(
              description =
                  "PASS_OVER climbs on past a post with no holder; WAIT_ON_POST leaves the step"
                      + " there until its deadline",
              enumeration = {"PASS_OVER", "WAIT_ON_POST"})
          String vacant,
      @Schema(description = "The passage the ladder comes from; null for the default")
          CitationView source) {}

  /** One step of the ladder, with its own passage when the guideline gives one. */
  public record EscalationStepView(
      @Schema(
              description =
                  "The kinds of position the step names: the groups ANYONE, ANY_POLITICIAN,"
                      + " ANY_EMPLOYEE, ANY_MANAGER where it names a whole group, then single"
                      + " kinds",
              example = "[\"ANY_POLITICIAN\"]")
          List<String> from,
      @Schema(
              description =
                  "Kinds the step names but an earlier step takes first (first match), in the"
                      + " order of the kinds",
              example = "[\"KSO\"]")
          List<String> except,
      @Schema(
              description = "Where it climbs",
              enumeration = {
                "NEAREST_MANAGER",
                "DEPARTMENT_HEAD",
                "RESPONSIBLE_CHAIR",
                "KD",
                "KSO",
                "TOP"
              })
          String to,
      @Schema(description = "The step's own passage, if any") CitationView source) {}

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
      List<RuleView> rules,
      EscalationSectionView escalation) {}

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
        v.policy().rules().stream().map(PolicyViews::rule).toList(),
        escalation(v.policy().escalation()));
  }

  /**
   * The escalation section as readers see it: a version without one shows the reporting lines it
   * climbs by all the same ({@link EscalationPolicy#REPORTING_LINES}), marked as the default.
   */
  static EscalationSectionView escalation(Optional<EscalationPolicy> stated) {
    EscalationPolicy policy = stated.orElse(EscalationPolicy.REPORTING_LINES);
    List<EscalationStepView> ladder = new ArrayList<>();
    Set<PositionKind> takenEarlier = EnumSet.noneOf(PositionKind.class);
    for (EscalationPolicy.Step step : policy.ladder()) {
      Set<PositionKind> named = EnumSet.copyOf(step.from());
      Set<PositionKind> except = EnumSet.copyOf(named);
      except.retainAll(takenEarlier);
      ladder.add(
          new EscalationStepView(
              asWritten(named),
              except.stream().map(Enum::name).toList(),
              step.to().name(),
              step.source().map(PolicyViews::citation).orElse(null)));
      takenEarlier.addAll(named);
    }
    return new EscalationSectionView(
        stated.isEmpty(),
        ladder,
        policy.retired().name(),
        policy.vacant().name(),
        policy.source().map(PolicyViews::citation).orElse(null));
  }

  /**
   * The kinds a step names, written back as the format lets a file write them: the validator
   * expands a group into its kinds, so a set holding a whole group is shown by the group's name
   * (the largest groups first), then the single kinds left, in the order of the kinds.
   */
  private static List<String> asWritten(Set<PositionKind> kinds) {
    Set<PositionKind> left = EnumSet.copyOf(kinds);
    List<String> written = new ArrayList<>();
    PartyType.GROUPS.entrySet().stream()
        .map(g -> Map.entry(g.getKey(), positionKinds(g.getValue())))
        .sorted(
            Comparator.comparing((Map.Entry<String, Set<PositionKind>> g) -> -g.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .forEach(
            g -> {
              if (left.containsAll(g.getValue())) {
                written.add(g.getKey());
                left.removeAll(g.getValue());
              }
            });
    left.forEach(k -> written.add(k.name()));
    return List.copyOf(written);
  }

  private static Set<PositionKind> positionKinds(Set<PartyType> parties) {
    Set<PositionKind> kinds = EnumSet.noneOf(PositionKind.class);
    parties.forEach(p -> p.positionKind().ifPresent(kinds::add));
    return kinds;
  }

  /** A passage as readers see it, with Samspel's reading where it has one. */
  public static CitationView citation(Citation c) {
    return new CitationView(c.section(), c.quote(), c.reading().orElse(null));
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
            .map(
                h ->
                    new HopView(
                        h.position().name(),
                        h.action().name(),
                        h.source().map(PolicyViews::citation).orElse(null)))
            .toList(),
        rule.severity().name(),
        rule.source().section(),
        rule.source().quote(),
        rule.source().reading().orElse(null),
        rule.conditions().stream().map(PolicyViews::citation).toList(),
        rule.quickDecision()
            .map(q -> new QuickDecisionView(q.informs().name(), citation(q.source())))
            .orElse(null),
        rule.recommendation()
            .map(r -> new RecommendationView(r.to().name(), citation(r.source())))
            .orElse(null));
  }

  private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }

  private static String describe(Deadline d) {
    return d.amount() + (d.unit() == Deadline.Unit.HOURS ? " hours" : " working days");
  }
}
