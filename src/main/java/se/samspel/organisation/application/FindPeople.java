package se.samspel.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.OrganisationChanged;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PeopleIndex;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.SearchText;
import se.samspel.organisation.domain.Unit;

/**
 * Finding a position or a person by part of a name, title or unit (issue 15): the one search that
 * the API ({@code GET /api/organisation/search}, {@code GET /api/people?q=}) and the pages'
 * choosers share. Only the organisation in force is searched, so retired people and positions are
 * never offered.
 */
@ApplicationScoped
public class FindPeople {

  /** The shortest query, in characters once trimmed: one letter would match almost everyone. */
  public static final int MIN_QUERY = 2;

  /** The longest query, in characters. */
  public static final int MAX_QUERY = 100;

  /** Which results a search gives. */
  public enum Kind {
    /** One result per post: what a form that chooses whom to reach needs. */
    POSITION,
    /** One result per person, with the posts they hold today. */
    PERSON
  }

  /**
   * A person found, with the positions they hold today (acting included), or, if none today, every
   * position they are linked to.
   */
  public record PersonHit(String id, String name, List<OrganisationViews.PositionRef> positions) {}

  /** A unit of the administration found, with the department it belongs to (itself for one). */
  public record UnitHit(String id, String name, String department) {}

  /** A page of results; {@code total} counts every match. */
  public record Results<T>(List<T> items, int total) {}

  private final OrganisationDirectory directory;
  private final Clock clock;
  private final ManagedExecutor executor;

  public FindPeople(OrganisationDirectory directory, Clock clock, ManagedExecutor executor) {
    this.directory = directory;
    this.clock = clock;
    this.executor = executor;
  }

  /**
   * Builds the new graph's search index in the background as soon as it is current, so that the
   * first reader after an import does not wait for it (about two seconds for 50 000 people in a
   * cold JVM); an import's answer does not wait for it either.
   */
  void prepare(@Observes OrganisationChanged changed) {
    OrganisationGraph graph = changed.current();
    executor.runAsync(graph::search);
  }

  /**
   * The positions that match, best first, each with who holds it today.
   *
   * @param query words of a name, title or unit: 2–100 characters, at least one letter or digit
   * @throws SamspelException invalid input naming {@code q} for a missing, too short or too long
   *     query
   */
  public Results<OrganisationViews.PositionRef> positions(String query, int offset, int limit) {
    String q = checked(query);
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    PeopleIndex.Found<Position> found = graph.search().positions(q, offset, limit);
    return new Results<>(
        found.items().stream().map(p -> OrganisationViews.positionRef(graph, p, today)).toList(),
        found.total());
  }

  /** The people that match, best first; see {@link #positions} for the query. */
  public Results<PersonHit> people(String query, int offset, int limit) {
    String q = checked(query);
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    PeopleIndex.Found<Person> found = graph.search().people(q, offset, limit);
    return new Results<>(
        found.items().stream().map(p -> hit(graph, p, today)).toList(), found.total());
  }

  /**
   * The administration's departments and units that match, best first; see {@link #positions} for
   * the query.
   */
  public Results<UnitHit> units(String query, int offset, int limit) {
    String q = checked(query);
    OrganisationGraph graph = directory.current();
    PeopleIndex.Found<Unit> found = graph.search().units(q, offset, limit);
    return new Results<>(
        found.items().stream()
            .map(
                u ->
                    new UnitHit(
                        u.id().value(),
                        u.name(),
                        graph.departmentOfUnit(u.id()).map(Unit::name).orElse(null)))
            .toList(),
        found.total());
  }

  private static PersonHit hit(OrganisationGraph graph, Person person, LocalDate today) {
    List<Position> held = graph.positionsHeldBy(person.id(), today);
    List<Position> shown = held.isEmpty() ? graph.positionsLinkedTo(person.id()) : held;
    return new PersonHit(
        person.id().value(),
        person.name(),
        shown.stream().map(p -> OrganisationViews.positionRef(graph, p, today)).toList());
  }

  /** The query trimmed, or a refusal naming {@code q}. */
  public static String checked(String query) {
    if (query == null || query.isBlank()) {
      throw SamspelException.invalid("q", "is required: a part of a name, title or unit");
    }
    String q = query.strip();
    if (q.length() > MAX_QUERY) {
      throw SamspelException.invalid("q", "is longer than " + MAX_QUERY + " characters");
    }
    if (q.length() < MIN_QUERY) {
      throw SamspelException.invalid("q", "is shorter than " + MIN_QUERY + " characters");
    }
    if (SearchText.words(q).isEmpty()) {
      throw SamspelException.invalid("q", "has no letters or digits to search for");
    }
    return q;
  }
}
