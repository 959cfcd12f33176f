package se.samspel.organisation.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.ActingAssignment;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitKind;

/** The organisation as the read API shows it: DTO records built from the graph. */
public final class OrganisationViews {

  private OrganisationViews() {}

  /** A short reference to a unit. */
  public record UnitRef(String id, String name, UnitKind kind) {}

  /**
   * A short reference to a person.
   *
   * @param retired true when an import has retired the person since (no longer in the
   *     organisation): the name is the one they had when they left, kept so that the record still
   *     says who asked and who acted
   */
  public record PersonRef(String id, String name, boolean retired) {

    /** A person in the organisation now. */
    public PersonRef(String id, String name) {
      this(id, name, false);
    }
  }

  /**
   * A position and who holds it today.
   *
   * @param holder who holds its authority today: the acting holder while one is appointed
   * @param acting whether the holder is acting (t.f.)
   * @param vacant whether no one holds it today
   */
  public record PositionRef(
      String id,
      String title,
      PositionKind kind,
      UnitRef unit,
      PersonRef holder,
      boolean acting,
      boolean vacant) {}

  /** A node of the unit tree. */
  public record UnitNode(String id, String name, UnitKind kind, List<UnitNode> children) {}

  /** A unit with its place in the organisation. */
  public record UnitDetail(
      String id,
      String name,
      UnitKind kind,
      UnitRef parent,
      List<UnitRef> children,
      UnitRef department,
      PositionRef head,
      UnitRef responsibleCommittee,
      PositionRef chair,
      List<PositionRef> positions) {}

  /** An acting assignment. */
  public record ActingView(PersonRef person, LocalDate from, LocalDate to) {}

  /** A position with its holder and its chain of command. */
  public record PositionDetail(
      String id,
      String title,
      PositionKind kind,
      String party,
      UnitRef unit,
      UnitRef department,
      PersonRef holder,
      boolean acting,
      boolean vacant,
      PersonRef appointedHolder,
      List<ActingView> actingAssignments,
      PositionRef nearestManager,
      PositionRef departmentHead,
      List<PositionRef> chainOfCommand,
      int directReports) {}

  /** A person with the positions they hold. */
  public record PersonDetail(String id, String name, String email, List<PositionRef> positions) {}

  public static UnitRef unitRef(Unit unit) {
    return new UnitRef(unit.id().value(), unit.name(), unit.kind());
  }

  public static PersonRef personRef(Person person) {
    return new PersonRef(person.id().value(), person.name());
  }

  public static PositionRef positionRef(OrganisationGraph graph, Position position, LocalDate day) {
    Optional<PersonId> holder = position.holderOn(day);
    return new PositionRef(
        position.id().value(),
        position.title(),
        position.kind(),
        graph.unit(position.unit()).map(OrganisationViews::unitRef).orElse(null),
        holder.flatMap(graph::person).map(OrganisationViews::personRef).orElse(null),
        position.actingOn(day).isPresent(),
        holder.isEmpty());
  }

  public static UnitNode tree(OrganisationGraph graph, Unit unit, int depth) {
    List<UnitNode> children =
        depth <= 0
            ? List.of()
            : graph.childrenOf(unit.id()).stream().map(c -> tree(graph, c, depth - 1)).toList();
    return new UnitNode(unit.id().value(), unit.name(), unit.kind(), children);
  }

  public static UnitDetail unitDetail(OrganisationGraph graph, Unit unit, LocalDate day) {
    Optional<Position> chair =
        unit.kind().isChairedBody()
            ? graph.chairOf(unit.id())
            : graph.responsibleChairOf(unit.id());
    return new UnitDetail(
        unit.id().value(),
        unit.name(),
        unit.kind(),
        unit.parent().flatMap(graph::unit).map(OrganisationViews::unitRef).orElse(null),
        graph.childrenOf(unit.id()).stream().map(OrganisationViews::unitRef).toList(),
        graph.departmentOfUnit(unit.id()).map(OrganisationViews::unitRef).orElse(null),
        graph.departmentHeadOfUnit(unit.id()).map(p -> positionRef(graph, p, day)).orElse(null),
        graph.responsibleCommitteeOf(unit.id()).map(OrganisationViews::unitRef).orElse(null),
        chair.map(p -> positionRef(graph, p, day)).orElse(null),
        graph.positionsIn(unit.id()).stream().map(p -> positionRef(graph, p, day)).toList());
  }

  public static PositionDetail positionDetail(
      OrganisationGraph graph, Position position, LocalDate day) {
    Optional<PersonId> holder = position.holderOn(day);
    return new PositionDetail(
        position.id().value(),
        position.title(),
        position.kind(),
        position.party().orElse(null),
        graph.unit(position.unit()).map(OrganisationViews::unitRef).orElse(null),
        graph.departmentOf(position.id()).map(OrganisationViews::unitRef).orElse(null),
        holder.flatMap(graph::person).map(OrganisationViews::personRef).orElse(null),
        position.actingOn(day).isPresent(),
        holder.isEmpty(),
        position.holder().flatMap(graph::person).map(OrganisationViews::personRef).orElse(null),
        position.acting().stream().map(a -> actingView(graph, a)).toList(),
        graph.nearestManager(position.id()).map(p -> positionRef(graph, p, day)).orElse(null),
        graph.departmentHeadOf(position.id()).map(p -> positionRef(graph, p, day)).orElse(null),
        graph.chainOfCommand(position.id()).stream().map(p -> positionRef(graph, p, day)).toList(),
        graph.directReportsOf(position.id()).size());
  }

  public static PersonDetail personDetail(OrganisationGraph graph, Person person, LocalDate day) {
    return new PersonDetail(
        person.id().value(),
        person.name(),
        person.email().orElse(null),
        graph.positionsHeldBy(person.id(), day).stream()
            .map(p -> positionRef(graph, p, day))
            .toList());
  }

  private static ActingView actingView(OrganisationGraph graph, ActingAssignment acting) {
    return new ActingView(
        graph.person(acting.person()).map(OrganisationViews::personRef).orElse(null),
        acting.from(),
        acting.to().orElse(null));
  }
}
