package se.samspel.visit.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.application.OrganisationViews.PositionRef;
import se.samspel.organisation.application.OrganisationViews.UnitRef;
import se.samspel.organisation.application.PersonNames;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;
import se.samspel.routing.application.RouteViews;
import se.samspel.visit.domain.SiteVisit;

/**
 * The read model of a registered site visit, as the API answers it and the page renders it. What
 * was visited is named as the organisation knows it today; one it no longer knows keeps its id. The
 * visitor is named by {@link PersonNames}: a politician an import has retired since keeps their
 * name, marked {@code retired}, so that the visits they registered still say who made them.
 */
public final class SiteVisitViews {

  private SiteVisitViews() {}

  /**
   * What the guideline said of the visit.
   *
   * @param verdict DEVIATION, NO_DEVIATION or NO_GUIDELINE_THEN
   * @param rule the deciding rule with its quote, when there is one
   * @param reason for NO_DEVIATION: FREE_BY_GUIDELINE, DIRECT_IS_THE_ROUTE, ROUTE_UNRESOLVABLE or
   *     NO_RULE
   * @param recordedAs for DEVIATION: the entry's number in the deviation record
   * @param explanation the verdict in the API's words (English)
   */
  public record JudgementView(
      String verdict,
      RouteViews.PolicyRef policy,
      RouteViews.RuleRef rule,
      String reason,
      Long recordedAs,
      String explanation) {}

  /** A registered site visit. */
  public record SiteVisitView(
      String id,
      PersonRef visitor,
      PositionRef visitorPosition,
      UnitRef unit,
      PositionRef position,
      UnitRef department,
      LocalDate visitedOn,
      String note,
      Instant registeredAt,
      JudgementView judgement) {}

  /**
   * The visit as the API answers it: places and posts from {@code graph} (today's organisation),
   * the visitor from {@code names} (the same organisation and the people imports have retired).
   */
  public static SiteVisitView view(
      OrganisationGraph graph,
      PersonNames names,
      PolicyCatalog policies,
      SiteVisit v,
      LocalDate today) {
    return new SiteVisitView(
        v.id().value(),
        names.ref(v.visitor()),
        graph
            .position(v.visitorPosition())
            .map(p -> OrganisationViews.positionRef(graph, p, today))
            .orElse(null),
        v.unit()
            .map(
                u ->
                    graph
                        .unit(u)
                        .map(OrganisationViews::unitRef)
                        .orElse(new UnitRef(u.value(), u.value(), null)))
            .orElse(null),
        v.position()
            .flatMap(graph::position)
            .map(p -> OrganisationViews.positionRef(graph, p, today))
            .orElse(null),
        graph
            .unit(v.department())
            .map(OrganisationViews::unitRef)
            .orElse(new UnitRef(v.department().value(), v.department().value(), null)),
        v.visitedOn(),
        v.note().orElse(null),
        v.registeredAt(),
        judgement(policies, v.judgement()));
  }

  /** The policy version a visit was judged under, if the catalogue still has it. */
  /**
   * The view of each visit of a list, reading the organisation and the names of its retired people
   * once for the whole list, as of today.
   */
  public static Function<SiteVisit, SiteVisitView> forToday(
      OrganisationDirectory directory, PolicyCatalog policies, Clock clock) {
    OrganisationGraph graph = directory.current();
    PersonNames names = directory.names();
    LocalDate today = LocalDate.now(clock);
    return visit -> view(graph, names, policies, visit, today);
  }

  public static Optional<PolicyVersion> policy(PolicyCatalog policies, SiteVisit.Judgement j) {
    return j.policyKey().flatMap(k -> j.policyVersion().flatMap(n -> policies.version(k, n)));
  }

  /** The deciding rule, with its quote, if the policy version still has it. */
  public static Optional<Rule> rule(PolicyCatalog policies, SiteVisit.Judgement j) {
    return policy(policies, j)
        .flatMap(
            p ->
                j.ruleId()
                    .flatMap(
                        id ->
                            p.policy().rules().stream()
                                .filter(r -> r.id().equals(id))
                                .findFirst()));
  }

  private static JudgementView judgement(PolicyCatalog policies, SiteVisit.Judgement j) {
    Optional<PolicyVersion> policy = policy(policies, j);
    return new JudgementView(
        j.verdict().name(),
        policy.map(RouteViews::policyRef).orElse(null),
        policy.flatMap(p -> rule(policies, j).map(r -> RouteViews.ruleRef(p, r))).orElse(null),
        j.reason().orElse(null),
        j.deviationSeq().orElse(null),
        explanation(j));
  }

  private static String explanation(SiteVisit.Judgement j) {
    return switch (j.verdict()) {
      case DEVIATION ->
          "The guideline in force on the day routes site visits: the visit departed from it and is"
              + " entry "
              + j.deviationSeq().orElseThrow()
              + " of the deviation record. It is counted among the spontaneous visits of the"
              + " review.";
      case NO_DEVIATION ->
          "Not a deviation: "
              + switch (j.reason().orElse("")) {
                case "FREE_BY_GUIDELINE" -> "the guideline leaves a spontaneous site visit free.";
                case "DIRECT_IS_THE_ROUTE" -> "the visit went where the guideline's route begins.";
                case "ROUTE_UNRESOLVABLE" ->
                    "the rule's route cannot be followed in this organisation.";
                default -> "the guideline has no rule for this visit.";
              }
              + " It is counted among the spontaneous visits of the review.";
      case NO_GUIDELINE_THEN ->
          "No version of the guideline was in force on the day of the visit, so it is not judged."
              + " It is counted among the spontaneous visits of the review.";
    };
  }
}
