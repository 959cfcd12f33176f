package se.samspel.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.visit.domain.SiteVisit;
import se.samspel.visit.domain.SiteVisitId;
import se.samspel.visit.domain.SiteVisitStore;

/**
 * Who reads which registered site visits, from the positions held today: the visitor reads their
 * own; a department head (KD for the central administration) the visits to their department; KD,
 * the KSO (the review's owners) and administrators every visit. Anyone else is told a visit does
 * not exist (404), so its existence does not leak.
 */
@ApplicationScoped
public class ReadSiteVisits {

  private final SiteVisitStore store;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public ReadSiteVisits(SiteVisitStore store, OrganisationDirectory directory, Clock clock) {
    this.store = store;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Who reads.
   *
   * @param administrator holds the identity provider's administrator group
   */
  public record Reader(PersonId person, boolean administrator) {
    public Reader {
      Objects.requireNonNull(person, "person is required");
    }
  }

  /** The visits the reader may read, newest visit first. */
  public List<SiteVisit> visible(Reader reader) {
    if (seesAll(reader)) {
      return store.all();
    }
    Set<UnitId> departments = headOf(reader.person());
    Map<String, SiteVisit> merged =
        Stream.concat(
                store.byVisitor(reader.person()).stream(),
                store.toDepartments(departments).stream())
            .collect(
                Collectors.toMap(
                    v -> v.id().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    return merged.values().stream()
        .sorted(
            Comparator.comparing(SiteVisit::visitedOn)
                .thenComparing(SiteVisit::registeredAt)
                .reversed())
        .toList();
  }

  /** One visit; NOT_FOUND when there is none or the reader may not read it. */
  public SiteVisit get(Reader reader, SiteVisitId id) {
    return store
        .find(id)
        .filter(v -> mayRead(reader, v))
        .orElseThrow(() -> SamspelException.notFound("site visit", id.value()));
  }

  /**
   * Every visit of the municipality in scope that has a note, newest first: for a right of access
   * to search for people named only in text (not for reading by a person, which {@link #visible}
   * decides).
   */
  public List<SiteVisit> withNotes() {
    return store.all().stream().filter(v -> v.note().isPresent()).toList();
  }

  /** The visits the person registered, newest first (their own page). */
  public List<SiteVisit> mine(PersonId person) {
    return store.byVisitor(person);
  }

  boolean mayRead(Reader reader, SiteVisit visit) {
    return visit.visitor().equals(reader.person())
        || seesAll(reader)
        || headOf(reader.person()).contains(visit.department());
  }

  private boolean seesAll(Reader reader) {
    return reader.administrator()
        || held(reader.person()).stream()
            .anyMatch(
                p -> p.kind() == PositionKind.MUNICIPAL_DIRECTOR || p.kind() == PositionKind.KSO);
  }

  /** The departments whose head's post the person holds today. */
  private Set<UnitId> headOf(PersonId person) {
    OrganisationGraph graph = directory.current();
    Set<UnitId> departments = new LinkedHashSet<>();
    for (Position p : held(person)) {
      graph
          .departmentOf(p.id())
          .filter(d -> graph.headOfDepartment(d.id()).map(h -> h.id().equals(p.id())).orElse(false))
          .map(Unit::id)
          .ifPresent(departments::add);
    }
    return departments;
  }

  private List<Position> held(PersonId person) {
    return directory.current().positionsHeldBy(person, LocalDate.now(clock));
  }
}
