package se.samspel.organisation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An immutable, indexed view of one {@link Organisation}: every question routing and escalation ask
 * of the organisation is answered here, from memory, in time that depends on the depth of the
 * hierarchy and not on its size. A new graph is built whenever the organisation changes.
 *
 * <p>The graph assumes a valid organisation (see {@code OrganisationValidator}); it never throws
 * for a missing link but answers with an empty result.
 */
public final class OrganisationGraph {

  /** Reporting lines longer than this are treated as broken; validation rejects cycles anyway. */
  private static final int MAX_CHAIN_LENGTH = 64;

  private final Organisation organisation;
  private final Map<UnitId, Unit> units = new HashMap<>();
  private final Map<PositionId, Position> positions = new HashMap<>();
  private final Map<PersonId, Person> people = new HashMap<>();

  /** People by {@link Login#normalise normalised} login; a list longer than one is shared. */
  private final Map<String, List<Person>> peopleByLogin = new HashMap<>();

  private final Map<UnitId, List<Unit>> childUnits = new HashMap<>();
  private final Map<UnitId, List<Position>> positionsByUnit = new HashMap<>();
  private final Map<PositionId, List<Position>> directReports = new HashMap<>();
  private final Map<PersonId, List<Position>> positionsByPerson = new HashMap<>();
  private final Map<UnitId, Optional<Unit>> departmentByUnit = new HashMap<>();
  private final Map<UnitId, Optional<Position>> chairByBody = new HashMap<>();
  private final Optional<Position> kso;
  private final Optional<Position> kd;
  private final Optional<Unit> centralAdministration;
  private final List<Position> whistleblowerFunction;
  private volatile PeopleIndex searchIndex;

  private OrganisationGraph(Organisation organisation) {
    this.organisation = organisation;
    organisation.units().forEach(u -> units.put(u.id(), u));
    organisation.people().forEach(p -> people.put(p.id(), p));
    for (Person person : organisation.people()) {
      person
          .login()
          .map(Login::normalise)
          .filter(l -> !l.isEmpty())
          .ifPresent(l -> peopleByLogin.computeIfAbsent(l, k -> new ArrayList<>()).add(person));
    }
    peopleByLogin.replaceAll(
        (login, sharing) -> sharing.size() > 1 ? sortedById(sharing) : sharing);
    for (Unit unit : organisation.units()) {
      unit.parent().ifPresent(p -> childUnits.computeIfAbsent(p, k -> new ArrayList<>()).add(unit));
    }
    for (Position position : organisation.positions()) {
      positions.put(position.id(), position);
      positionsByUnit.computeIfAbsent(position.unit(), k -> new ArrayList<>()).add(position);
      position
          .reportsTo()
          .ifPresent(m -> directReports.computeIfAbsent(m, k -> new ArrayList<>()).add(position));
      Set<PersonId> linked = new HashSet<>();
      position.holder().ifPresent(linked::add);
      position.acting().forEach(a -> linked.add(a.person()));
      linked.forEach(
          p -> positionsByPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(position));
    }
    organisation.units().forEach(u -> departmentByUnit.put(u.id(), findDepartment(u)));
    organisation.units().stream()
        .filter(u -> u.kind().isChairedBody())
        .forEach(u -> chairByBody.put(u.id(), findChair(u)));
    this.kso = single(PositionKind.KSO);
    this.kd = single(PositionKind.MUNICIPAL_DIRECTOR);
    this.centralAdministration =
        kd.flatMap(
            director ->
                organisation.units().stream()
                    .filter(u -> u.kind() == UnitKind.DEPARTMENT)
                    .filter(u -> u.head().equals(Optional.of(director.id())))
                    .findFirst());
    this.whistleblowerFunction = ofKind(PositionKind.WHISTLEBLOWER_FUNCTION);
  }

  public static OrganisationGraph of(Organisation organisation) {
    return new OrganisationGraph(organisation);
  }

  public static OrganisationGraph empty() {
    return of(Organisation.empty());
  }

  /** The data this graph indexes. */
  public Organisation organisation() {
    return organisation;
  }

  // ---- Lookups ----

  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  public Optional<Position> position(PositionId id) {
    return Optional.ofNullable(positions.get(id));
  }

  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(people.get(id));
  }

  /**
   * The person whose login (the identity provider's subject) is the given value, compared by {@link
   * Login#normalise} (case-insensitively, Unicode-aware: {@code "KD"} finds the login {@code
   * "kd"}). Empty when no one has it, when it is null or blank, and when several people share it
   * once normalised (see {@link #lookupLogin}, which tells those cases apart).
   */
  public Optional<Person> personByLogin(String login) {
    return lookupLogin(login) instanceof LoginMatch.Found found
        ? Optional.of(found.person())
        : Optional.empty();
  }

  /**
   * Who a login names, compared by {@link Login#normalise}: {@link LoginMatch.Found} for one
   * person, {@link LoginMatch.Unknown} for no one (or a null or blank login), {@link
   * LoginMatch.Ambiguous} when several people share it once normalised (a database imported before
   * issue 14; sign-in must be refused for all of them).
   */
  public LoginMatch lookupLogin(String login) {
    if (login == null) {
      return new LoginMatch.Unknown();
    }
    String normalised = Login.normalise(login);
    List<Person> found = peopleByLogin.getOrDefault(normalised, List.of());
    return switch (found.size()) {
      case 0 -> new LoginMatch.Unknown();
      case 1 -> new LoginMatch.Found(found.get(0));
      default -> new LoginMatch.Ambiguous(normalised, found);
    };
  }

  /**
   * The logins several people share once {@linkplain Login#normalise normalised}: normalised login
   * → the people (two or more, ordered by external id), logins in alphabetical order. Empty for any
   * organisation the import accepts now; not empty only for a database imported before issue 14.
   */
  public Map<String, List<Person>> sharedLogins() {
    Map<String, List<Person>> shared = new TreeMap<>();
    peopleByLogin.forEach(
        (login, sharing) -> {
          if (sharing.size() > 1) {
            shared.put(login, sharing);
          }
        });
    return Collections.unmodifiableMap(shared);
  }

  public int unitCount() {
    return units.size();
  }

  public int positionCount() {
    return positions.size();
  }

  public int personCount() {
    return people.size();
  }

  /** The root of the unit tree: the municipality. */
  public Optional<Unit> root() {
    return organisation.units().stream().filter(u -> u.parent().isEmpty()).findFirst();
  }

  public List<Unit> childrenOf(UnitId unit) {
    return Collections.unmodifiableList(childUnits.getOrDefault(unit, List.of()));
  }

  public List<Position> positionsIn(UnitId unit) {
    return Collections.unmodifiableList(positionsByUnit.getOrDefault(unit, List.of()));
  }

  /** The positions that report directly to a position. */
  public List<Position> directReportsOf(PositionId position) {
    return Collections.unmodifiableList(directReports.getOrDefault(position, List.of()));
  }

  /** Every position a person is linked to, as appointed or acting holder, in any period. */
  public List<Position> positionsLinkedTo(PersonId person) {
    return Collections.unmodifiableList(positionsByPerson.getOrDefault(person, List.of()));
  }

  /** The positions whose authority a person holds on a day (appointed or acting). */
  public List<Position> positionsHeldBy(PersonId person, LocalDate day) {
    return positionsLinkedTo(person).stream()
        .filter(p -> p.holderOn(day).equals(Optional.of(person)))
        .toList();
  }

  /** Who holds a position's authority on a day: the acting holder, else the holder. */
  public Optional<Person> holderOn(PositionId position, LocalDate day) {
    return position(position).flatMap(p -> p.holderOn(day)).flatMap(this::person);
  }

  // ---- The questions routing and escalation ask ----

  /** The position a position reports to. */
  public Optional<Position> nearestManager(PositionId position) {
    return position(position).flatMap(Position::reportsTo).flatMap(this::position);
  }

  /**
   * The position itself when someone acts in it, else the nearest level above it where someone
   * does: how a vacant post passes its work up, for a route's step when it is computed and for a
   * waiting step when the post falls vacant later. Walks {@link #nearestManager} at most {@value
   * #MAX_CHAIN_LENGTH} levels; when nothing above is held either, the top of the chain is the
   * answer (a request there is flagged, not lost).
   *
   * @param start the position the work is for
   * @param held whether someone acts in a position (the routing rule asks for a holder or acting
   *     holder on the day; a waiting step also counts substitutes)
   * @return the position that takes the work; empty only when {@code start} is not in this graph
   */
  public Optional<Position> nearestHeld(PositionId start, Predicate<Position> held) {
    Optional<Position> first = position(start);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Position acting = first.get();
    int levels = 0;
    while (!held.test(acting) && levels++ < MAX_CHAIN_LENGTH) {
      Optional<Position> up = nearestManager(acting.id());
      if (up.isEmpty()) {
        break;
      }
      acting = up.get();
    }
    return Optional.of(acting);
  }

  /**
   * {@link #nearestHeld(PositionId, Predicate)} with the routing rule: a position is held on a day
   * when it has a holder or an acting holder ({@link Position#holderOn}).
   */
  public Optional<Position> nearestHeld(PositionId start, LocalDate day) {
    return nearestHeld(start, p -> p.holderOn(day).isPresent());
  }

  /**
   * The chain of command above a position, nearest first: nearest manager, their manager, …,
   * department head, KD. Empty for KD and for political positions.
   */
  public List<Position> chainOfCommand(PositionId position) {
    List<Position> chain = new ArrayList<>();
    Optional<Position> next = nearestManager(position);
    while (next.isPresent() && chain.size() < MAX_CHAIN_LENGTH) {
      Position manager = next.get();
      if (manager.id().equals(position) || chain.contains(manager)) {
        break;
      }
      chain.add(manager);
      next = nearestManager(manager.id());
    }
    return List.copyOf(chain);
  }

  /** The department a unit belongs to (itself if it is one). */
  public Optional<Unit> departmentOfUnit(UnitId unit) {
    return departmentByUnit.getOrDefault(unit, Optional.empty());
  }

  /** The department a position works in; empty for political positions. */
  public Optional<Unit> departmentOf(PositionId position) {
    return position(position).flatMap(p -> departmentOfUnit(p.unit()));
  }

  /** The position that leads a department (KD for the central administration). */
  public Optional<Position> headOfDepartment(UnitId department) {
    return unit(department).flatMap(Unit::head).flatMap(this::position);
  }

  /** The head of the department a unit or position belongs to. */
  public Optional<Position> departmentHeadOf(PositionId position) {
    return departmentOf(position).flatMap(d -> headOfDepartment(d.id()));
  }

  /** The head of the department a unit belongs to. */
  public Optional<Position> departmentHeadOfUnit(UnitId unit) {
    return departmentOfUnit(unit).flatMap(d -> headOfDepartment(d.id()));
  }

  /** The committee or board a department answers to. */
  public Optional<Unit> responsibleCommitteeOf(UnitId department) {
    return departmentOfUnit(department).flatMap(Unit::responsibleCommittee).flatMap(this::unit);
  }

  /** The chair of a committee, board or the executive board (the KSO). */
  public Optional<Position> chairOf(UnitId body) {
    return chairByBody.getOrDefault(body, Optional.empty());
  }

  /** The chair of the committee responsible for the department a unit belongs to. */
  public Optional<Position> responsibleChairOf(UnitId unit) {
    return responsibleCommitteeOf(unit).flatMap(c -> chairOf(c.id()));
  }

  /** Kommunstyrelsens ordförande. */
  public Optional<Position> kso() {
    return kso;
  }

  /** Kommundirektören. */
  public Optional<Position> kd() {
    return kd;
  }

  /** The department KD leads directly (kommunledningsförvaltningen). */
  public Optional<Unit> centralAdministration() {
    return centralAdministration;
  }

  /** The leader of the opposition, if the organisation has one. */
  public Optional<Position> oppositionLeader() {
    return single(PositionKind.OPPOSITION_LEADER);
  }

  /** The whistleblower function's positions. */
  public List<Position> whistleblowerFunction() {
    return whistleblowerFunction;
  }

  /**
   * The communications officers who support a department: its own, else those of the central
   * administration.
   */
  public List<Position> communicationsOfficersOf(UnitId department) {
    List<Position> own =
        departmentOfUnit(department)
            .map(d -> positionsOfKindUnder(d.id(), PositionKind.COMMUNICATIONS_OFFICER))
            .orElse(List.of());
    if (!own.isEmpty()) {
      return own;
    }
    return centralAdministration
        .map(c -> positionsOfKindUnder(c.id(), PositionKind.COMMUNICATIONS_OFFICER))
        .orElse(List.of());
  }

  /** The political positions of a body (members, substitutes, chair, vice chairs). */
  public List<Position> membersOf(UnitId body) {
    return positionsIn(body).stream().filter(p -> p.kind().isPolitical()).toList();
  }

  /** All positions of one kind, in import order. */
  public List<Position> ofKind(PositionKind kind) {
    return organisation.positions().stream().filter(p -> p.kind() == kind).toList();
  }

  /** Whether {@code manager} is somewhere in the chain of command above {@code position}. */
  public boolean isAbove(PositionId manager, PositionId position) {
    return chainOfCommand(position).stream().anyMatch(p -> p.id().equals(manager));
  }

  /**
   * The search over this graph's positions and people (issue 15): built on first use, once per
   * graph, so that starting Samspel and each import stay quick and only a graph that is searched
   * pays for it (about a second for 50 000 people on a cold JVM; see {@code PeopleIndexTest}).
   */
  public PeopleIndex search() {
    PeopleIndex built = searchIndex;
    if (built == null) {
      synchronized (this) {
        built = searchIndex;
        if (built == null) {
          built = PeopleIndex.of(this);
          searchIndex = built;
        }
      }
    }
    return built;
  }

  // ---- Building ----

  private List<Position> positionsOfKindUnder(UnitId top, PositionKind kind) {
    List<Position> found = new ArrayList<>();
    List<UnitId> todo = new ArrayList<>(List.of(top));
    Set<UnitId> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      UnitId current = todo.remove(todo.size() - 1);
      if (!seen.add(current)) {
        continue;
      }
      positionsIn(current).stream().filter(p -> p.kind() == kind).forEach(found::add);
      childrenOf(current).forEach(c -> todo.add(c.id()));
    }
    return found;
  }

  private Optional<Unit> findDepartment(Unit start) {
    Map<UnitId, Boolean> seen = new LinkedHashMap<>();
    Unit current = start;
    while (current != null && seen.put(current.id(), true) == null) {
      if (current.kind() == UnitKind.DEPARTMENT) {
        return Optional.of(current);
      }
      if (current.kind() != UnitKind.UNIT) {
        return Optional.empty();
      }
      current = current.parent().map(units::get).orElse(null);
    }
    return Optional.empty();
  }

  private Optional<Position> findChair(Unit body) {
    PositionKind chairKind =
        body.kind() == UnitKind.EXECUTIVE_BOARD ? PositionKind.KSO : PositionKind.COMMITTEE_CHAIR;
    return positionsIn(body.id()).stream().filter(p -> p.kind() == chairKind).findFirst();
  }

  private static List<Person> sortedById(List<Person> people) {
    return people.stream().sorted(Comparator.comparing(p -> p.id().value())).toList();
  }

  private Optional<Position> single(PositionKind kind) {
    return organisation.positions().stream().filter(p -> p.kind() == kind).findFirst();
  }
}
