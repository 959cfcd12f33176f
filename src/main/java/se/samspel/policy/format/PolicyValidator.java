package se.samspel.policy.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samspel.common.FieldProblem;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.Condition;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.Deadline;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopSpec;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.Outcome;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.Provenance;
import se.samspel.policy.domain.QuestionType;
import se.samspel.policy.domain.QuickDecision;
import se.samspel.policy.domain.Recommendation;
import se.samspel.policy.domain.Relation;
import se.samspel.policy.domain.ReviewSpec;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.domain.Severity;

/**
 * Checks a whole policy document and reports every problem with its JSON path: missing or unknown
 * values (selectors, kinds, actions, positions), rules without a citation, incomplete citations (a
 * hop's own passage, a condition) or a blank reading, routes that do not fit their outcome or their
 * requesters, duplicate rule ids, and rules that contradict or can never be reached because an
 * earlier rule always matches first. An escalation section is checked the same way: known kinds and
 * targets, a citation, every kind of position named, no step unreachable, no target a position of
 * that kind cannot have, and no ladder that climbs in a circle.
 */
public final class PolicyValidator {

  static final int MAX_QUOTE_LENGTH = 2000;

  /** The longest name, title, case number or other short text of a policy. */
  static final int MAX_TEXT_LENGTH = 500;

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  private final List<FieldProblem> problems = new ArrayList<>();

  private PolicyValidator() {}

  /** The outcome of validating a policy document. */
  public sealed interface Result {
    /** The document is a valid policy (with version 0 until it is stored). */
    record Valid(Policy policy) implements Result {}

    /** The document has problems. */
    record Invalid(List<FieldProblem> problems) implements Result {}
  }

  public static Result validate(PolicyDocument document) {
    return new PolicyValidator().run(document);
  }

  private Result run(PolicyDocument doc) {
    if (doc == null) {
      problems.add(FieldProblem.of("body", "a policy document is required"));
      return new Result.Invalid(problems);
    }
    String key = doc.key() == null ? null : doc.key().trim();
    if (key == null || key.isEmpty()) {
      problem("key", "is required");
    } else if (!KEY.matcher(key).matches()) {
      problem("key", "must be 2-40 lower-case letters, digits or '-', starting with a letter");
    }
    Provenance provenance = provenance(doc.provenance());
    Map<ContactKind, Deadline> deadlines = deadlines(doc.deadlines());
    List<Rule> rules = rules(doc.rules());
    Optional<ReviewSpec> review = review(doc.review());
    Optional<EscalationPolicy> escalation = escalation(doc.escalation());
    if (!problems.isEmpty()) {
      return new Result.Invalid(List.copyOf(problems));
    }
    return new Result.Valid(new Policy(key, 0, provenance, deadlines, rules, review, escalation));
  }

  // ---- Provenance ----

  private Provenance provenance(PolicyDocument.ProvenanceDocument p) {
    if (p == null) {
      problem("provenance", "is required");
      return null;
    }
    String municipality = text("provenance.municipality", p.municipality(), true);
    String title = text("provenance.title", p.title(), true);
    String type = text("provenance.documentType", p.documentType(), true);
    String adoptedBy = text("provenance.adoptedBy", p.adoptedBy(), true);
    Optional<LocalDate> decided = date("provenance.decisionDate", p.decisionDate(), true);
    String caseNumber = text("provenance.caseNumber", p.caseNumber(), true);
    Optional<LocalDate> validFrom = date("provenance.validFrom", p.validFrom(), true);
    Optional<LocalDate> validTo = date("provenance.validTo", p.validTo(), false);
    Optional<LocalDate> updated = date("provenance.lastUpdated", p.lastUpdated(), false);
    String source = text("provenance.sourceDocument", p.sourceDocument(), true);
    if (validFrom.isPresent() && validTo.isPresent() && validTo.get().isBefore(validFrom.get())) {
      problem("provenance.validTo", "is before validFrom");
    }
    optionalText("provenance.paragraph", p.paragraph());
    optionalText("provenance.appliesTo", p.appliesTo());
    optionalText("provenance.preparedBy", p.preparedBy());
    longTexts("provenance.dissents", p.dissents());
    longTexts("provenance.notes", p.notes());
    if (problems.stream().anyMatch(x -> x.field().startsWith("provenance"))) {
      return null;
    }
    return new Provenance(
        municipality,
        title,
        type,
        adoptedBy,
        decided.get(),
        optionalText("provenance.paragraph", p.paragraph()),
        caseNumber,
        validFrom.get(),
        validTo,
        updated,
        optionalText("provenance.appliesTo", p.appliesTo()),
        optionalText("provenance.preparedBy", p.preparedBy()),
        source,
        p.dissents() == null ? List.of() : p.dissents(),
        p.notes() == null ? List.of() : p.notes());
  }

  // ---- Review ----

  private Optional<ReviewSpec> review(PolicyDocument.ReviewDocument review) {
    if (review == null) {
      return Optional.empty();
    }
    int before = problems.size();
    List<ReviewSpec.Owner> owners = new ArrayList<>();
    if (review.owners() == null || review.owners().isEmpty()) {
      problem("review.owners", "name at least one owner (" + names(ReviewSpec.Owner.class) + ")");
    } else {
      for (int i = 0; i < review.owners().size(); i++) {
        String path = "review.owners[" + i + "]";
        parseRequired(path, review.owners().get(i), ReviewSpec.Owner.class)
            .ifPresent(
                owner -> {
                  if (owners.contains(owner)) {
                    problem(path, "names " + owner + " twice");
                  } else {
                    owners.add(owner);
                  }
                });
      }
    }
    Citation citation =
        citation("review", new PolicyDocument.SourceDocument(review.section(), review.quote()));
    List<String> questions = new ArrayList<>();
    if (review.evaluationQuestions() != null) {
      for (int i = 0; i < review.evaluationQuestions().size(); i++) {
        String question =
            text(
                "review.evaluationQuestions[" + i + "]",
                review.evaluationQuestions().get(i),
                true,
                MAX_QUOTE_LENGTH);
        if (question != null) {
          questions.add(question);
        }
      }
    }
    if (problems.size() > before || citation == null) {
      return Optional.empty();
    }
    return Optional.of(new ReviewSpec(owners, citation, questions));
  }

  // ---- Escalation ----

  private Optional<EscalationPolicy> escalation(PolicyDocument.EscalationDocument doc) {
    if (doc == null) {
      return Optional.empty();
    }
    int before = problems.size();
    List<EscalationPolicy.Step> ladder = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    if (doc.ladder() == null || doc.ladder().isEmpty()) {
      problem("escalation.ladder", "name at least one step (from kinds of position, to a target)");
    } else {
      EnumSet<PositionKind> named = EnumSet.noneOf(PositionKind.class);
      for (int i = 0; i < doc.ladder().size(); i++) {
        String path = "escalation.ladder[" + i + "]";
        PolicyDocument.StepDocument step = doc.ladder().get(i);
        if (step == null) {
          problem(path, "is empty");
          continue;
        }
        int stepBefore = problems.size();
        Set<PositionKind> from = positionKinds(path + ".from", step.from());
        Optional<EscalationPolicy.Target> to =
            parseRequired(path + ".to", step.to(), EscalationPolicy.Target.class);
        // A step's own passage is optional; one that is given must be complete.
        Optional<Citation> source =
            Optional.ofNullable(step.source()).map(s -> citation(path + ".source", s));
        if (to.isPresent() && to.get().needsDepartment()) {
          Set<PositionKind> political =
              from.stream().filter(PositionKind::isPolitical).collect(Collectors.toSet());
          if (!political.isEmpty()) {
            problem(
                path + ".to",
                to.get()
                    + " cannot be resolved for political positions, which have no place in the"
                    + " administration: "
                    + sortedKinds(political));
          }
        }
        if (!from.isEmpty() && named.containsAll(from)) {
          problem(
              path + ".from",
              "unreachable: every kind of position it names is taken by an earlier step");
        }
        named.addAll(from);
        if (problems.size() == stepBefore && !from.isEmpty()) {
          ladder.add(new EscalationPolicy.Step(from, to.get(), source));
          indexes.add(i);
        }
      }
      Set<PositionKind> missing = EnumSet.complementOf(named);
      if (!missing.isEmpty()) {
        problem(
            "escalation.ladder",
            "says nothing of where a step waiting on "
                + sortedKinds(missing)
                + " climbs: name them in a step (to TOP where the ladder stops)");
      }
    }
    Optional<EscalationPolicy.Target> retired =
        parseRequired("escalation.retired", doc.retired(), EscalationPolicy.Target.class);
    if (retired.isPresent() && retired.get().needsDepartment()) {
      problem(
          "escalation.retired",
          "a position retired from the organisation has no department: use KD, KSO or TOP, not "
              + retired.get());
    }
    Optional<EscalationPolicy.VacantPost> vacant =
        parseRequired("escalation.vacant", doc.vacant(), EscalationPolicy.VacantPost.class);
    Citation source =
        citation(
            "escalation.source",
            doc.source(),
            "an escalation section must cite the passage of the guideline it comes from");
    if (problems.size() > before) {
      return Optional.empty();
    }
    checkLadderClimbs(ladder, indexes);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new EscalationPolicy(ladder, retired.get(), vacant.get(), Optional.of(source)));
  }

  /** The kinds of position a step's {@code from} names: party types or groups, no externals. */
  private Set<PositionKind> positionKinds(String path, List<String> values) {
    Set<PositionKind> kinds = EnumSet.noneOf(PositionKind.class);
    if (values == null || values.isEmpty()) {
      problem(path, "is required: list kinds of position or groups");
      return kinds;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i) == null ? "" : values.get(i).trim().toUpperCase(Locale.ROOT);
      if (PartyType.GROUPS.containsKey(value)) {
        PartyType.GROUPS.get(value).forEach(p -> p.positionKind().ifPresent(kinds::add));
      } else if (isEnum(value, PartyType.class) && PartyType.valueOf(value).isExternal()) {
        problem(
            path + "[" + i + "]",
            "'" + values.get(i) + "' is not a position: a step only ever waits on a position");
      } else if (isEnum(value, PositionKind.class)) {
        kinds.add(PositionKind.valueOf(value));
      } else {
        problem(
            path + "[" + i + "]",
            "unknown selector '"
                + values.get(i)
                + "'; expected a group ("
                + String.join(", ", PartyType.GROUPS.keySet().stream().sorted().toList())
                + ") or one of "
                + names(PositionKind.class));
      }
    }
    return kinds;
  }

  /**
   * A ladder must reach the top from every rung. Walks, for each kind of position, the kinds its
   * step can land on, and reports a circle at the step that closes it. Climbing to the nearest
   * manager always goes up the reporting tree, so a manager above a manager is no circle; circles
   * come only from fixed targets (KD, the KSO, a department head, a chair) that lead back.
   */
  private void checkLadderClimbs(List<EscalationPolicy.Step> ladder, List<Integer> indexes) {
    Map<PositionKind, Integer> stepOf = new EnumMap<>(PositionKind.class);
    for (PositionKind kind : PositionKind.values()) {
      for (int s = 0; s < ladder.size(); s++) {
        if (ladder.get(s).appliesTo(kind)) {
          stepOf.put(kind, s);
          break;
        }
      }
    }
    Set<Set<PositionKind>> reported = new HashSet<>();
    for (PositionKind start : PositionKind.values()) {
      List<PositionKind> path = new ArrayList<>();
      Optional<List<PositionKind>> circle = circleFrom(start, ladder, stepOf, path);
      if (circle.isPresent()) {
        PositionKind closing = circle.get().get(circle.get().size() - 2);
        int step = stepOf.get(closing);
        // The same circle is found from each kind on it and below it: report it once.
        if (reported.add(EnumSet.copyOf(circle.get()))) {
          problem(
              "escalation.ladder[" + indexes.get(step) + "].to",
              "climbs in a circle ("
                  + circle.get().stream().map(Enum::name).collect(Collectors.joining(" → "))
                  + "): a waiting step would never reach the top");
        }
      }
    }
  }

  private static Optional<List<PositionKind>> circleFrom(
      PositionKind kind,
      List<EscalationPolicy.Step> ladder,
      Map<PositionKind, Integer> stepOf,
      List<PositionKind> path) {
    int seen = path.indexOf(kind);
    if (seen >= 0) {
      List<PositionKind> circle = new ArrayList<>(path.subList(seen, path.size()));
      circle.add(kind);
      return Optional.of(circle);
    }
    Integer step = stepOf.get(kind);
    if (step == null) {
      return Optional.empty();
    }
    path.add(kind);
    for (PositionKind next : landings(kind, ladder.get(step).to())) {
      Optional<List<PositionKind>> circle = circleFrom(next, ladder, stepOf, path);
      if (circle.isPresent()) {
        return circle;
      }
    }
    path.remove(path.size() - 1);
    return Optional.empty();
  }

  /** The kinds of position a step waiting on {@code kind} can climb to through {@code target}. */
  private static Set<PositionKind> landings(PositionKind kind, EscalationPolicy.Target target) {
    return switch (target) {
      case NEAREST_MANAGER ->
          switch (kind) {
            case MUNICIPAL_DIRECTOR -> EnumSet.noneOf(PositionKind.class);
            case DEPARTMENT_HEAD -> EnumSet.of(PositionKind.MUNICIPAL_DIRECTOR);
            // A manager above a manager is higher in the tree: not a circle.
            case MANAGER ->
                EnumSet.of(PositionKind.DEPARTMENT_HEAD, PositionKind.MUNICIPAL_DIRECTOR);
            default ->
                EnumSet.of(
                    PositionKind.MANAGER,
                    PositionKind.DEPARTMENT_HEAD,
                    PositionKind.MUNICIPAL_DIRECTOR);
          };
      // KD heads the central administration, so a department head there is KD.
      case DEPARTMENT_HEAD ->
          kind == PositionKind.DEPARTMENT_HEAD || kind == PositionKind.MUNICIPAL_DIRECTOR
              ? EnumSet.of(kind)
              : EnumSet.of(PositionKind.DEPARTMENT_HEAD, PositionKind.MUNICIPAL_DIRECTOR);
      // The executive board answers for the central administration: its chair is the KSO.
      case RESPONSIBLE_CHAIR -> EnumSet.of(PositionKind.COMMITTEE_CHAIR, PositionKind.KSO);
      case KD -> EnumSet.of(PositionKind.MUNICIPAL_DIRECTOR);
      case KSO -> EnumSet.of(PositionKind.KSO);
      case TOP -> EnumSet.noneOf(PositionKind.class);
    };
  }

  private static String sortedKinds(Set<PositionKind> kinds) {
    return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  // ---- Deadlines ----

  private Map<ContactKind, Deadline> deadlines(Map<String, String> raw) {
    Map<ContactKind, Deadline> deadlines = new EnumMap<>(ContactKind.class);
    if (raw == null) {
      return deadlines;
    }
    raw.forEach(
        (kind, value) -> {
          String path = "deadlines." + kind;
          Optional<ContactKind> k = parse(path, kind, ContactKind.class);
          Optional<Deadline> deadline = Deadline.parse(value);
          if (deadline.isEmpty()) {
            problem(path, "must read like '4 hours' or '5 working days'");
          } else {
            k.ifPresent(contactKind -> deadlines.put(contactKind, deadline.get()));
          }
        });
    return deadlines;
  }

  // ---- Rules ----

  private List<Rule> rules(List<PolicyDocument.RuleDocument> docs) {
    if (docs == null || docs.isEmpty()) {
      problem("rules", "a policy needs at least one rule");
      return List.of();
    }
    List<Rule> rules = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String path = "rules[" + i + "]";
      PolicyDocument.RuleDocument doc = docs.get(i);
      if (doc == null) {
        problem(path, "is empty");
        continue;
      }
      String id = text(path + ".id", doc.id(), true);
      if (id != null && ids.putIfAbsent(id, i) != null) {
        problem(path + ".id", "duplicate rule id '" + id + "' (also rules[" + ids.get(id) + "])");
      }
      rule(path, doc)
          .ifPresent(
              r -> {
                rules.add(r);
                indexes.add(indexOf(docs, doc));
              });
    }
    checkOrder(rules, indexes);
    return rules;
  }

  private static int indexOf(
      List<PolicyDocument.RuleDocument> docs, PolicyDocument.RuleDocument d) {
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i) == d) {
        return i;
      }
    }
    return -1;
  }

  private Optional<Rule> rule(String path, PolicyDocument.RuleDocument doc) {
    int before = problems.size();
    String id = doc.id() == null ? null : doc.id().trim();
    String title = text(path + ".title", doc.title(), true);
    Condition when = condition(path + ".when", doc.when());
    Optional<Outcome> outcome = parseRequired(path + ".outcome", doc.outcome(), Outcome.class);
    Optional<Severity> severity = parseRequired(path + ".severity", doc.severity(), Severity.class);
    List<HopSpec> route = route(path + ".route", doc.route());
    Citation citation = citation(path + ".source", doc.source());
    List<Citation> conditions = conditions(path + ".conditions", doc.conditions());
    if (outcome.isPresent()) {
      if (outcome.get() == Outcome.ROUTE && (doc.route() == null || doc.route().isEmpty())) {
        problem(path + ".route", "a ROUTE rule must prescribe at least one hop");
      }
      if (outcome.get() == Outcome.ROUTE
          && !route.isEmpty()
          && route.stream().noneMatch(h -> h.action().waits())) {
        problem(path + ".route", "a route needs at least one hop that acts (not only INFORM)");
      }
      if (outcome.get() != Outcome.ROUTE && doc.route() != null && !doc.route().isEmpty()) {
        problem(path + ".route", "only a ROUTE rule has a route, not a " + outcome.get() + " rule");
      }
    }
    if (when != null) {
      checkTemplatesFit(path, when, route);
    }
    Optional<Recommendation> recommendation =
        recommendation(path + ".recommendation", doc.recommendation(), outcome);
    Optional<QuickDecision> quickDecision =
        quickDecision(path + ".quickDecision", doc.quickDecision(), outcome, route);
    if (problems.size() > before || when == null || outcome.isEmpty() || severity.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rule(
            id,
            title,
            when,
            outcome.get(),
            route,
            severity.get(),
            citation,
            conditions,
            recommendation,
            quickDecision));
  }

  private Optional<Recommendation> recommendation(
      String path, PolicyDocument.RecommendationDocument doc, Optional<Outcome> outcome) {
    if (doc == null) {
      return Optional.empty();
    }
    if (outcome.isPresent() && outcome.get() != Outcome.FREE) {
      problem(path, "only a FREE rule carries a recommendation, not a " + outcome.get() + " rule");
    }
    Optional<Recommendation.RecommendedContact> to =
        parseRequired(path + ".to", doc.to(), Recommendation.RecommendedContact.class);
    Citation source =
        citation(path + ".source", doc.source(), "a recommendation must cite its passage");
    return to.isPresent() && source != null
        ? Optional.of(new Recommendation(to.get(), source))
        : Optional.empty();
  }

  /** The passages shown to whoever acts on a rule's route: each a complete citation. */
  private List<Citation> conditions(String path, List<PolicyDocument.SourceDocument> docs) {
    if (docs == null) {
      return List.of();
    }
    List<Citation> conditions = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Citation condition =
          citation(
              path + "[" + i + "]",
              docs.get(i),
              "a condition is a passage of the guideline: give its section and quote");
      if (condition != null) {
        conditions.add(condition);
      }
    }
    return conditions;
  }

  /**
   * A rule's quick-decision clause: on a ROUTE rule whose route has a HANDLE step (the step a quick
   * decision completes), informing a level the escalation section's targets name (TOP names no
   * one), with the passage that requires it.
   */
  private Optional<QuickDecision> quickDecision(
      String path,
      PolicyDocument.QuickDecisionDocument doc,
      Optional<Outcome> outcome,
      List<HopSpec> route) {
    if (doc == null) {
      return Optional.empty();
    }
    int before = problems.size();
    if (outcome.isPresent() && outcome.get() != Outcome.ROUTE) {
      problem(
          path,
          "only a ROUTE rule can allow a quick decision (it completes a waiting step), not a "
              + outcome.get()
              + " rule");
    } else if (outcome.isPresent()
        && !route.isEmpty()
        && route.stream().noneMatch(h -> h.action() == HopAction.HANDLE)) {
      problem(path, "the route has no HANDLE step for a quick decision to complete");
    }
    Optional<EscalationPolicy.Target> informs =
        parseRequired(path + ".informs", doc.informs(), EscalationPolicy.Target.class);
    if (informs.isPresent() && informs.get() == EscalationPolicy.Target.TOP) {
      problem(
          path + ".informs",
          "TOP names no one to inform; use NEAREST_MANAGER, DEPARTMENT_HEAD, RESPONSIBLE_CHAIR, KD"
              + " or KSO");
    }
    Citation source =
        citation(
            path + ".source",
            doc.source(),
            "a quick decision must cite the passage of the guideline that requires the"
                + " information");
    if (problems.size() > before || informs.isEmpty() || source == null) {
      return Optional.empty();
    }
    return Optional.of(new QuickDecision(informs.get(), source));
  }

  private Condition condition(String path, PolicyDocument.WhenDocument when) {
    if (when == null) {
      problem(path, "is required");
      return null;
    }
    int before = problems.size();
    Set<PartyType> requesters = parties(path + ".requester", when.requester());
    Set<PartyType> targets = parties(path + ".target", when.target());
    Set<ContactKind> kinds = enums(path + ".kind", when.kind(), ContactKind.class, true);
    Set<Relation> relations = enums(path + ".relation", when.relation(), Relation.class, false);
    Set<ContactContext> contexts =
        enums(path + ".context", when.context(), ContactContext.class, false);
    Set<QuestionType> questions =
        enums(path + ".question", when.question(), QuestionType.class, false);
    Map<ContactFlag, Boolean> flags = new EnumMap<>(ContactFlag.class);
    if (when.flags() != null) {
      when.flags()
          .forEach(
              (flag, value) -> {
                Optional<ContactFlag> f = parse(path + ".flags." + flag, flag, ContactFlag.class);
                if (value == null) {
                  problem(path + ".flags." + flag, "must be true or false");
                } else {
                  f.ifPresent(x -> flags.put(x, value));
                }
              });
    }
    if (problems.size() > before) {
      return null;
    }
    return new Condition(requesters, targets, relations, kinds, contexts, questions, flags);
  }

  private List<HopSpec> route(String path, List<PolicyDocument.HopDocument> hops) {
    if (hops == null) {
      return List.of();
    }
    List<HopSpec> route = new ArrayList<>();
    for (int i = 0; i < hops.size(); i++) {
      String hopPath = path + "[" + i + "]";
      PolicyDocument.HopDocument hop = hops.get(i);
      if (hop == null) {
        problem(hopPath, "is empty");
        continue;
      }
      Optional<HopTemplate> position =
          parseRequired(hopPath + ".position", hop.position(), HopTemplate.class);
      Optional<HopAction> action =
          parseRequired(hopPath + ".action", hop.action(), HopAction.class);
      // A hop's own passage is optional; one that is given must be complete.
      Optional<Citation> source =
          Optional.ofNullable(hop.source()).map(c -> citation(hopPath + ".source", c));
      if (position.isPresent() && action.isPresent()) {
        route.add(new HopSpec(position.get(), action.get(), source));
      }
    }
    return route;
  }

  private Citation citation(String path, PolicyDocument.SourceDocument source) {
    return citation(
        path, source, "every rule must cite the passage of the guideline it comes from");
  }

  private Citation citation(String path, PolicyDocument.SourceDocument source, String missing) {
    if (source == null) {
      problem(path, missing);
      return null;
    }
    String section = text(path + ".section", source.section(), true);
    String quote = text(path + ".quote", source.quote(), true, MAX_QUOTE_LENGTH);
    if (source.reading() != null && source.reading().isBlank()) {
      problem(path + ".reading", "is empty: leave it out where the quote states the rule");
    }
    Optional<String> reading =
        Optional.ofNullable(text(path + ".reading", source.reading(), false, MAX_QUOTE_LENGTH));
    return section == null || quote == null ? null : new Citation(section, quote, reading);
  }

  /** A hop that needs an employee requester or a target in a department must be able to get one. */
  private void checkTemplatesFit(String path, Condition when, List<HopSpec> route) {
    for (int i = 0; i < route.size(); i++) {
      HopTemplate template = route.get(i).position();
      String hopPath = path + ".route[" + i + "].position";
      switch (template.needs()) {
        case REQUESTER_EMPLOYEE -> {
          Set<PartyType> wrong =
              when.requesters().stream().filter(p -> !p.isEmployee()).collect(Collectors.toSet());
          if (!wrong.isEmpty()) {
            problem(
                hopPath,
                template
                    + " needs an employee requester, but the rule also applies to "
                    + sorted(wrong));
          }
        }
        case TARGET_POSITION, TARGET_IN_DEPARTMENT -> {
          Set<PartyType> wrong =
              when.targets().stream()
                  .filter(
                      p ->
                          p.isExternal()
                              || template.needs() == HopTemplate.Needs.TARGET_IN_DEPARTMENT
                                  && !p.isEmployee())
                  .collect(Collectors.toSet());
          if (!wrong.isEmpty()) {
            problem(hopPath, template + " cannot be resolved for targets of type " + sorted(wrong));
          }
        }
        case EMPLOYEES_ON_ONE_LINE -> {
          Set<PartyType> wrong =
              Stream.concat(when.requesters().stream(), when.targets().stream())
                  .filter(p -> !p.isEmployee())
                  .collect(Collectors.toSet());
          if (!wrong.isEmpty()) {
            problem(
                hopPath,
                template
                    + " needs an employee requester and an employee target, but the rule also"
                    + " applies to "
                    + sorted(wrong));
          }
        }
        case NOTHING -> {}
      }
    }
  }

  /** Rules apply first-match: a later rule that an earlier one covers can never apply. */
  private void checkOrder(List<Rule> rules, List<Integer> indexes) {
    for (int j = 0; j < rules.size(); j++) {
      for (int i = 0; i < j; i++) {
        Rule earlier = rules.get(i);
        Rule later = rules.get(j);
        if (!later.when().isCoveredBy(earlier.when())) {
          continue;
        }
        String path = "rules[" + indexes.get(j) + "]";
        boolean same = earlier.when().equals(later.when());
        boolean agrees =
            earlier.outcome() == later.outcome() && earlier.route().equals(later.route());
        if (same && !agrees) {
          problem(
              path + ".when",
              "contradicts rule '"
                  + earlier.id()
                  + "': the same contacts, a different outcome or route");
        } else {
          problem(
              path + ".when",
              "unreachable: every contact it matches is matched first by rule '"
                  + earlier.id()
                  + "'");
        }
        break;
      }
    }
  }

  // ---- Helpers ----

  private Set<PartyType> parties(String path, List<String> values) {
    Set<PartyType> parties = EnumSet.noneOf(PartyType.class);
    if (values == null || values.isEmpty()) {
      problem(path, "is required: list party types or groups");
      return parties;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i) == null ? "" : values.get(i).trim().toUpperCase(Locale.ROOT);
      if (PartyType.GROUPS.containsKey(value)) {
        parties.addAll(PartyType.GROUPS.get(value));
      } else if (isEnum(value, PartyType.class)) {
        parties.add(PartyType.valueOf(value));
      } else {
        problem(
            path + "[" + i + "]",
            "unknown selector '"
                + values.get(i)
                + "'; expected a group ("
                + String.join(", ", PartyType.GROUPS.keySet().stream().sorted().toList())
                + ") or one of "
                + names(PartyType.class));
      }
    }
    return parties;
  }

  private <E extends Enum<E>> Set<E> enums(
      String path, List<String> values, Class<E> type, boolean required) {
    Set<E> set = EnumSet.noneOf(type);
    if (values == null || values.isEmpty()) {
      if (required) {
        problem(path, "is required");
      }
      return set;
    }
    for (int i = 0; i < values.size(); i++) {
      parse(path + "[" + i + "]", values.get(i), type).ifPresent(set::add);
    }
    return set;
  }

  private <E extends Enum<E>> Optional<E> parseRequired(String path, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      problem(path, "is required");
      return Optional.empty();
    }
    return parse(path, value, type);
  }

  private <E extends Enum<E>> Optional<E> parse(String path, String value, Class<E> type) {
    String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    if (!isEnum(v, type)) {
      problem(path, "unknown value '" + value + "'; expected one of " + names(type));
      return Optional.empty();
    }
    return Optional.of(Enum.valueOf(type, v));
  }

  private static <E extends Enum<E>> boolean isEnum(String value, Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String sorted(Set<PartyType> parties) {
    return parties.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  private String text(String path, String value, boolean required) {
    return text(path, value, required, MAX_TEXT_LENGTH);
  }

  private String text(String path, String value, boolean required, int max) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem(path, "is required");
      }
      return null;
    }
    if (value.length() > max) {
      problem(path, "is longer than " + max + " characters");
      return null;
    }
    return value.trim();
  }

  private Optional<String> optionalText(String path, String value) {
    return Optional.ofNullable(text(path, value, false));
  }

  /** Passages such as notes and dissents: each at most as long as a quote. */
  private void longTexts(String path, List<String> values) {
    if (values == null) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value != null && value.length() > MAX_QUOTE_LENGTH) {
        problem(path + "[" + i + "]", "is longer than " + MAX_QUOTE_LENGTH + " characters");
      }
    }
  }

  private Optional<LocalDate> date(String path, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem(path, "is required");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      problem(path, "'" + shown + "' is not a date (expected YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  private void problem(String field, String reason) {
    problems.add(FieldProblem.of(field, reason));
  }
}
