package se.samspel.routing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;
import se.samspel.policy.domain.ContactSituation;
import se.samspel.policy.domain.HopSpec;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.Recommendation;
import se.samspel.policy.domain.Relation;
import se.samspel.policy.domain.Rule;

/**
 * Routes a contact: finds the rule of the policy that applies and resolves its route over the
 * organisation as it is on the given day. Nothing here knows any rule of a guideline; the rules are
 * the policy's data.
 *
 * <p>A hop whose position is vacant on the day moves up the reporting line to the nearest level
 * that is held, and remembers the vacant position it stands in for. A hop that would fall to the
 * requester themself is dropped; when no waiting hop remains the contact is {@link
 * RouteDecision.Direct direct} for this requester.
 */
public final class Router {

  private Router() {}

  public static RouteDecision route(
      Policy policy, OrganisationGraph graph, RouteQuery query, LocalDate day) {
    Optional<Position> requester = requesterPosition(graph, query.requester());
    Optional<Position> target = targetPosition(graph, query.target(), day);
    Optional<Unit> concerns = concernedUnit(graph, query.concernsUnit());
    PartyType requesterType = partyOf(query.requester(), requester);
    if (query.target() instanceof Target.Unnamed
        && !policy.decidesWithoutTarget(requesterType, query.kind())) {
      throw SamspelException.invalid(
          "target",
          "required: under "
              + policy.key()
              + " v"
              + policy.version()
              + " a contact of kind "
              + query.kind()
              + " from "
              + requesterType
              + " is decided by whom it is for (GET /api/contact-options lists the kinds that"
              + " need none in kindsWithoutTarget)");
    }
    Optional<PartyType> targetType =
        query.target() instanceof Target.External e
            ? Optional.of(PartyType.of(e.party()))
            : target.map(t -> PartyType.of(t.kind()));
    Optional<PositionId> requesterId = requester.map(Position::id);
    Optional<PositionId> targetId = target.map(Position::id);
    ContactSituation situation =
        new ContactSituation(
            requesterType,
            targetType,
            relations(graph, requester, target),
            query.kind(),
            query.context(),
            query.question(),
            query.flags());
    Optional<Rule> found = policy.ruleFor(situation);
    if (found.isEmpty()) {
      return new RouteDecision.NoRule(
          requesterId,
          targetId,
          requesterType,
          targetType,
          NoRuleAdvice.askFirst(graph, requester, target).map(Position::id));
    }
    Rule rule = found.get();
    return switch (rule.outcome()) {
      case FREE ->
          new RouteDecision.Free(
              requesterId,
              targetId,
              rule,
              rule.recommendation().map(r -> recommend(graph, r, concerns, day)));
      case NOT_PERMITTED -> new RouteDecision.NotPermitted(requesterId, targetId, rule);
      case ROUTE -> resolve(graph, rule, requester, target, query, day);
    };
  }

  private static RouteDecision resolve(
      OrganisationGraph graph,
      Rule rule,
      Optional<Position> requester,
      Optional<Position> target,
      RouteQuery query,
      LocalDate day) {
    Set<PositionId> requesterActsIn = requesterActsIn(requester, query, graph, day);
    Optional<PersonId> requesterPerson = requester.flatMap(r -> r.holderOn(day));
    List<Hop> hops = new ArrayList<>();
    List<Hop> dropped = new ArrayList<>();
    for (HopSpec spec : rule.route()) {
      if (spec.position() == HopTemplate.MANAGERS_BETWEEN && !onOneLine(graph, requester, target)) {
        return new RouteDecision.Unresolvable(
            requester.map(Position::id),
            target.map(Position::id),
            rule,
            "the requester and the target are not on one reporting line");
      }
      List<Position> positions = resolveTemplate(graph, spec.position(), requester, target);
      if (positions.isEmpty()) {
        if (spec.action().waits() && !spec.position().mayNameNoOne()) {
          return new RouteDecision.Unresolvable(
              requester.map(Position::id),
              target.map(Position::id),
              rule,
              "no position answers to " + spec.position() + " for this contact");
        }
        continue;
      }
      for (Position named : positions) {
        Hop hop = hop(graph, hops.size() + 1, spec, named, day);
        // Nobody approves, arranges or answers their own contact: a step that would fall to the
        // requester (in any post they act in, or as the holder of the post it reaches) is dropped.
        if (requesterActsIn.contains(hop.position())
            || (requesterPerson.isPresent() && hop.holder().equals(requesterPerson))) {
          dropped.add(hop);
          continue;
        }
        // Whoever already acts on the route is informed by acting, and does not do the same thing
        // twice: a vacant post passed up to someone already on the route, or one person holding
        // two posts on it (an acting department head who also leads the unit below).
        boolean sameStepOnRoute =
            hops.stream()
                .anyMatch(
                    h ->
                        (h.position().equals(hop.position())
                                || (h.holder().isPresent() && h.holder().equals(hop.holder())))
                            && (h.action() == hop.action() || !spec.action().waits()));
        if (sameStepOnRoute) {
          continue;
        }
        hops.add(hop);
      }
    }
    if (hops.stream().noneMatch(h -> h.action().waits())) {
      return new RouteDecision.Direct(
          requester.map(Position::id), target.map(Position::id), rule, dropped);
    }
    return new RouteDecision.Routed(
        requester.map(Position::id), target.map(Position::id), rule, hops);
  }

  /**
   * The posts in which the requester would act on a step themself: their own, the other posts they
   * hold or act in (t.f.) on the day, and those the query says they substitute in.
   */
  private static Set<PositionId> requesterActsIn(
      Optional<Position> requester, RouteQuery query, OrganisationGraph graph, LocalDate day) {
    Set<PositionId> posts = new HashSet<>(query.requesterAlsoActsIn());
    requester.ifPresent(
        r -> {
          posts.add(r.id());
          r.holderOn(day)
              .ifPresent(
                  person -> graph.positionsHeldBy(person, day).forEach(p -> posts.add(p.id())));
        });
    return posts;
  }

  private static boolean onOneLine(
      OrganisationGraph graph, Optional<Position> requester, Optional<Position> target) {
    if (requester.isEmpty() || target.isEmpty()) {
      return false;
    }
    PositionId r = requester.get().id();
    PositionId t = target.get().id();
    return graph.isAbove(r, t) || graph.isAbove(t, r);
  }

  /**
   * The managers strictly between requester and target on their reporting line, in the order the
   * contact passes them (see {@link HopTemplate#MANAGERS_BETWEEN}).
   */
  private static List<Position> managersBetween(
      OrganisationGraph graph, Optional<Position> requester, Optional<Position> target) {
    if (requester.isEmpty() || target.isEmpty()) {
      return List.of();
    }
    Position r = requester.get();
    Position t = target.get();
    if (graph.isAbove(r.id(), t.id())) {
      List<Position> upFromTarget = chainBelow(graph.chainOfCommand(t.id()), r.id());
      List<Position> down = new ArrayList<>(upFromTarget);
      Collections.reverse(down);
      return down;
    }
    if (graph.isAbove(t.id(), r.id())) {
      return chainBelow(graph.chainOfCommand(r.id()), t.id());
    }
    return List.of();
  }

  /** The part of a chain of command (nearest first) that lies below {@code top}. */
  private static List<Position> chainBelow(List<Position> chain, PositionId top) {
    List<Position> below = new ArrayList<>();
    for (Position p : chain) {
      if (p.id().equals(top)) {
        break;
      }
      below.add(p);
    }
    return below;
  }

  private static Hop hop(
      OrganisationGraph graph, int order, HopSpec spec, Position named, LocalDate day) {
    Position acting = nearestHeld(graph, named, day);
    Optional<PersonId> holder = acting.holderOn(day);
    return new Hop(
        order,
        spec.position(),
        acting.id(),
        holder,
        acting.actingOn(day).isPresent(),
        acting == named ? Optional.empty() : Optional.of(named.id()),
        spec.action());
  }

  /**
   * The level that takes a step named for {@code position}: {@link OrganisationGraph#nearestHeld}.
   */
  private static Position nearestHeld(OrganisationGraph graph, Position position, LocalDate day) {
    return graph.nearestHeld(position.id(), day).orElse(position);
  }

  /**
   * The unit a contact says its matter concerns, checked whatever the outcome: it must exist and be
   * part of the administration (a department or a unit in one), where the service is performed.
   *
   * @throws SamspelException not found ({@code concernsUnit}) when the unit does not exist;
   *     unprocessable when it is a political body or the municipality itself
   */
  private static Optional<Unit> concernedUnit(OrganisationGraph graph, Optional<UnitId> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Unit unit =
        graph
            .unit(id.get())
            .orElseThrow(() -> unknownTarget("concernsUnit", "unit", id.get().value()));
    if (!unit.kind().isAdministrative()) {
      throw unprocessable(
          "concerns-unit-not-administrative",
          "The unit '"
              + id.get()
              + "' is "
              + unit.kind()
              + ": name the department or unit whose"
              + " staff perform the service",
          List.of(
              FieldProblem.of(
                  "concernsUnit",
                  "must be a department or a unit inside one, not " + unit.kind())));
    }
    return Optional.of(unit);
  }

  /**
   * Resolves a free contact's recommendation: the unit the contact says the matter concerns, the
   * position that leads it (passing up past a vacant post, as a route's step does) and the staff
   * members who hold a post there on the day.
   */
  private static Recommended recommend(
      OrganisationGraph graph, Recommendation recommendation, Optional<Unit> unit, LocalDate day) {
    if (unit.isEmpty()) {
      return new Recommended(recommendation, Optional.empty(), Optional.empty(), List.of(), 0);
    }
    List<PositionId> staff =
        graph.positionsIn(unit.get().id()).stream()
            .filter(p -> p.kind() == PositionKind.STAFF_MEMBER)
            .filter(p -> p.holderOn(day).isPresent())
            .map(Position::id)
            .sorted(Comparator.comparing(PositionId::value))
            .toList();
    Optional<Position> manager = leaderOf(graph, unit.get()).map(p -> nearestHeld(graph, p, day));
    return new Recommended(
        recommendation,
        Optional.of(unit.get().id()),
        manager.map(Position::id),
        staff.stream().limit(Recommended.MAX_STAFF).toList(),
        staff.size());
  }

  /** The positions a template names for this contact, nearest first. */
  static List<Position> resolveTemplate(
      OrganisationGraph graph,
      HopTemplate template,
      Optional<Position> requester,
      Optional<Position> target) {
    return switch (template) {
      case TARGET -> target.map(List::of).orElse(List.of());
      case DEPARTMENT_HEAD_OF_TARGET -> list(target.flatMap(t -> graph.departmentHeadOf(t.id())));
      case RESPONSIBLE_MANAGER_OF_TARGET ->
          list(
              target.flatMap(
                  t -> t.kind().canLead() ? Optional.of(t) : graph.nearestManager(t.id())));
      case RESPONSIBLE_CHAIR_OF_TARGET ->
          list(target.flatMap(t -> graph.responsibleChairOf(t.unit())));
      // A political target has no department: the central administration's officers support it.
      case COMMUNICATIONS_OFFICER_OF_TARGET ->
          target
              .flatMap(t -> graph.departmentOf(t.id()).or(graph::centralAdministration))
              .map(d -> graph.communicationsOfficersOf(d.id()))
              .orElse(List.of());
      case NEAREST_MANAGER_OF_REQUESTER ->
          list(requester.flatMap(r -> graph.nearestManager(r.id())));
      case MANAGERS_MANAGER_OF_REQUESTER ->
          list(
              requester
                  .flatMap(r -> graph.nearestManager(r.id()))
                  .flatMap(m -> graph.nearestManager(m.id())));
      case CHAIN_OF_REQUESTER -> requester.map(r -> graph.chainOfCommand(r.id())).orElse(List.of());
      case DEPARTMENT_HEAD_OF_REQUESTER ->
          list(requester.flatMap(r -> graph.departmentHeadOf(r.id())));
      case RESPONSIBLE_CHAIR_OF_REQUESTER ->
          list(requester.flatMap(r -> graph.responsibleChairOf(r.unit())));
      case MANAGERS_BETWEEN -> managersBetween(graph, requester, target);
      case KD -> list(graph.kd());
      case KSO -> list(graph.kso());
      case WHISTLEBLOWER_FUNCTION -> graph.whistleblowerFunction().stream().limit(1).toList();
    };
  }

  private static List<Position> list(Optional<Position> position) {
    return position.map(List::of).orElse(List.of());
  }

  private static Set<Relation> relations(
      OrganisationGraph graph, Optional<Position> requester, Optional<Position> target) {
    Set<Relation> relations = EnumSet.noneOf(Relation.class);
    if (requester.isEmpty() || target.isEmpty()) {
      return relations;
    }
    Position r = requester.get();
    Position t = target.get();
    Optional<Unit> rd = graph.departmentOf(r.id());
    Optional<Unit> td = graph.departmentOf(t.id());
    if (rd.isPresent() && td.isPresent()) {
      relations.add(
          rd.get().equals(td.get()) ? Relation.SAME_DEPARTMENT : Relation.OTHER_DEPARTMENT);
    }
    if (graph.nearestManager(r.id()).filter(m -> m.id().equals(t.id())).isPresent()) {
      relations.add(Relation.OWN_NEAREST_MANAGER);
    }
    if (graph.isAbove(t.id(), r.id())) {
      relations.add(Relation.OWN_CHAIN);
    }
    if (graph.isAbove(r.id(), t.id())) {
      relations.add(Relation.OWN_SUBORDINATE);
    }
    if (graph.responsibleChairOf(r.unit()).filter(c -> c.id().equals(t.id())).isPresent()) {
      relations.add(Relation.OWN_COMMITTEE_CHAIR);
    }
    return relations;
  }

  private static PartyType partyOf(Requester requester, Optional<Position> position) {
    if (requester instanceof Requester.External e) {
      return PartyType.of(e.party());
    }
    return PartyType.of(position.orElseThrow().kind());
  }

  private static Optional<Position> requesterPosition(
      OrganisationGraph graph, Requester requester) {
    if (requester instanceof Requester.InPosition p) {
      return Optional.of(
          graph
              .position(p.position())
              .orElseThrow(
                  () ->
                      SamspelException.invalid(
                          "requesterPosition", "unknown position '" + p.position() + "'")));
    }
    return Optional.empty();
  }

  /** The position a target stands for. A unit stands for the position that leads it. */
  static Optional<Position> targetPosition(OrganisationGraph graph, Target target, LocalDate day) {
    if (target instanceof Target.External || target instanceof Target.Unnamed) {
      return Optional.empty();
    }
    if (target instanceof Target.OfPosition p) {
      return Optional.of(
          graph
              .position(p.id())
              .orElseThrow(() -> unknownTarget("target.position", "position", p.id().value())));
    }
    if (target instanceof Target.OfPerson p) {
      graph
          .person(p.id())
          .orElseThrow(() -> unknownTarget("target.person", "person", p.id().value()));
      List<Position> held = graph.positionsHeldBy(p.id(), day);
      if (held.isEmpty()) {
        throw unprocessable(
            "target-holds-no-position",
            "The person '" + p.id() + "' holds no position today; choose a position or unit",
            List.of(FieldProblem.of("target.person", "holds no position today")));
      }
      if (held.size() > 1) {
        throw unprocessable(
            "ambiguous-target",
            "The person '" + p.id() + "' holds several positions; name one of them",
            held.stream()
                .map(
                    h ->
                        FieldProblem.of(
                            "target.position", "could be '" + h.id() + "' (" + h.title() + ")"))
                .toList());
      }
      return Optional.of(held.get(0));
    }
    Target.OfUnit u = (Target.OfUnit) target;
    Unit unit =
        graph.unit(u.id()).orElseThrow(() -> unknownTarget("target.unit", "unit", u.id().value()));
    return Optional.of(
        leaderOf(graph, unit)
            .orElseThrow(
                () ->
                    unprocessable(
                        "unit-without-leader",
                        "No position leads the unit '" + u.id() + "'",
                        List.of(FieldProblem.of("target.unit", "no position leads it")))));
  }

  private static SamspelException unprocessable(
      String code, String message, List<FieldProblem> problems) {
    return new SamspelException(SamspelException.Kind.UNPROCESSABLE, code, message, problems);
  }

  private static Optional<Position> leaderOf(OrganisationGraph graph, Unit unit) {
    if (unit.kind() == UnitKind.DEPARTMENT) {
      return graph.headOfDepartment(unit.id());
    }
    if (unit.kind().isPoliticalBody()) {
      return graph
          .chairOf(unit.id())
          .or(
              () ->
                  graph.positionsIn(unit.id()).stream()
                      .filter(p -> p.kind() == PositionKind.COMMITTEE_CHAIR)
                      .findFirst());
    }
    // A unit inside a department: the leading position whose manager sits outside the unit.
    return graph.positionsIn(unit.id()).stream()
        .filter(p -> p.kind().canLead())
        .filter(
            p -> graph.nearestManager(p.id()).map(m -> !m.unit().equals(unit.id())).orElse(true))
        .min(Comparator.comparing(p -> p.id().value()));
  }

  private static SamspelException unknownTarget(String field, String what, String id) {
    return SamspelException.notFoundField(field, what, id);
  }
}
