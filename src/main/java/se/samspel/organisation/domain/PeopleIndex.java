package se.samspel.organisation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Finds positions and people among thousands by part of a name, a title or a unit's name (issue 15,
 * "People found among thousands"): an index in memory beside the {@link OrganisationGraph}, built
 * once per graph, no search server.
 *
 * <p>Each query word must occur somewhere in what a result is known by; the words are compared as
 * {@link SearchText} folds them (case and accents ignored, å, ä and ö letters of their own). The
 * best come first: a match in a name beats one in a title, which beats one in a unit's name; a
 * whole word beats its beginning, which beats its middle (see {@link WordIndex}); equal scores are
 * ordered by name, then external id.
 *
 * <p>A position is known by its title, its unit's and department's names, and the names of everyone
 * linked to it (the appointed holder and every acting holder, in any period: the index does not
 * depend on the day). It is one result per position, because a form chooses a post: the same person
 * found under two posts is two results. A person is known by their name and the titles and units of
 * the positions they are linked to, one result per person.
 */
public final class PeopleIndex {

  /** A page of what a search found. {@code total} counts every match, not only this page. */
  public record Found<T>(List<T> items, int total) {
    public Found {
      items = List.copyOf(items);
    }
  }

  private final List<Position> positions;
  private final WordIndex positionWords;
  private final List<Person> people;
  private final WordIndex peopleWords;
  private final List<Unit> units;
  private final WordIndex unitWords;

  private PeopleIndex(OrganisationGraph graph) {
    this.positions = List.copyOf(graph.organisation().positions());
    this.people = List.copyOf(graph.organisation().people());
    this.positionWords = indexPositions(graph, positions);
    this.peopleWords = indexPeople(graph, people);
    this.units =
        graph.organisation().units().stream().filter(u -> u.kind().isAdministrative()).toList();
    this.unitWords = indexUnits(graph, units);
  }

  /** Indexes a graph's positions and people; takes time proportional to the organisation. */
  public static PeopleIndex of(OrganisationGraph graph) {
    return new PeopleIndex(Objects.requireNonNull(graph, "graph is required"));
  }

  /**
   * The positions every word of {@code query} matches, best first.
   *
   * @param offset how many of the best to skip (0 or more)
   * @param limit at most this many (0 or more)
   */
  public Found<Position> positions(String query, int offset, int limit) {
    return page(
        positionWords.search(SearchText.words(query), wanted(offset, limit)),
        positions,
        offset,
        limit);
  }

  /** The people every word of {@code query} matches, best first; see {@link #positions}. */
  public Found<Person> people(String query, int offset, int limit) {
    return page(
        peopleWords.search(SearchText.words(query), wanted(offset, limit)), people, offset, limit);
  }

  /**
   * The administration's departments and units whose name, or whose department's or parent's name,
   * every word of {@code query} matches, best first (by their own name first); see {@link
   * #positions}. Political bodies are not among them.
   */
  public Found<Unit> units(String query, int offset, int limit) {
    return page(
        unitWords.search(SearchText.words(query), wanted(offset, limit)), units, offset, limit);
  }

  private static int wanted(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    return (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
  }

  private static <T> Found<T> page(WordIndex.Hits hits, List<T> all, int offset, int limit) {
    List<T> items = new ArrayList<>();
    int[] best = hits.best();
    for (int i = offset; i < best.length && i - offset < limit; i++) {
      items.add(all.get(best[i]));
    }
    return new Found<>(items, hits.total());
  }

  private static WordIndex indexPositions(OrganisationGraph graph, List<Position> positions) {
    WordIndex.Builder words = new WordIndex.Builder(positions.size());
    String[] names = new String[positions.size()];
    for (int i = 0; i < positions.size(); i++) {
      Position p = positions.get(i);
      int entry = i;
      words.add(entry, WordIndex.Field.TITLE, p.title());
      graph.unit(p.unit()).ifPresent(u -> words.add(entry, WordIndex.Field.UNIT, u.name()));
      graph
          .departmentOfUnit(p.unit())
          .filter(d -> !d.id().equals(p.unit()))
          .ifPresent(d -> words.add(entry, WordIndex.Field.UNIT, d.name()));
      p.holder()
          .flatMap(graph::person)
          .ifPresent(h -> words.add(entry, WordIndex.Field.NAME, h.name()));
      p.acting()
          .forEach(
              a ->
                  graph
                      .person(a.person())
                      .ifPresent(h -> words.add(entry, WordIndex.Field.NAME, h.name())));
      names[i] =
          p.holder()
              .or(() -> p.acting().stream().map(ActingAssignment::person).findFirst())
              .flatMap(graph::person)
              .map(Person::name)
              .orElse(null);
    }
    // Ties by the holder's name (vacant posts last), then title, then external id.
    Comparator<Integer> order =
        Comparator.comparing(
                (Integer i) -> names[i], Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(i -> positions.get(i).title())
            .thenComparing(i -> positions.get(i).id().value());
    return words.build(
        IntStream.range(0, positions.size()).boxed().sorted(order).mapToInt(i -> i).toArray());
  }

  private static WordIndex indexUnits(OrganisationGraph graph, List<Unit> units) {
    WordIndex.Builder words = new WordIndex.Builder(units.size());
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      int entry = i;
      words.add(entry, WordIndex.Field.NAME, unit.name());
      unit.parent()
          .flatMap(graph::unit)
          .ifPresent(p -> words.add(entry, WordIndex.Field.UNIT, p.name()));
      graph
          .departmentOfUnit(unit.id())
          .filter(d -> !d.id().equals(unit.id()))
          .ifPresent(d -> words.add(entry, WordIndex.Field.UNIT, d.name()));
    }
    Comparator<Integer> order =
        Comparator.comparing((Integer i) -> units.get(i).name())
            .thenComparing(i -> units.get(i).id().value());
    return words.build(
        IntStream.range(0, units.size()).boxed().sorted(order).mapToInt(i -> i).toArray());
  }

  private static WordIndex indexPeople(OrganisationGraph graph, List<Person> people) {
    WordIndex.Builder words = new WordIndex.Builder(people.size());
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      words.add(i, WordIndex.Field.NAME, person.name());
      for (Position p : graph.positionsLinkedTo(person.id())) {
        words.add(i, WordIndex.Field.TITLE, p.title());
        int entry = i;
        graph.unit(p.unit()).ifPresent(u -> words.add(entry, WordIndex.Field.UNIT, u.name()));
      }
    }
    Comparator<Integer> order =
        Comparator.comparing((Integer i) -> people.get(i).name())
            .thenComparing(i -> people.get(i).id().value());
    return words.build(
        IntStream.range(0, people.size()).boxed().sorted(order).mapToInt(i -> i).toArray());
  }
}
