package se.samspel.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.FindPeople;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;

/**
 * Builds the {@link Chooser}s of the pages from the organisation's one search ({@link FindPeople}),
 * and the suggestions the combobox asks for ({@link ChooserSearch}): both label a post the same
 * way, "name (t.f.)" over "title, unit (department)".
 */
@ApplicationScoped
public class Choosers {

  /**
   * Where the combobox asks for posts and for units, without the municipality's base (the chooser
   * is given the address as the page's reader reaches it).
   */
  public static final String POSITIONS = "/sok/positioner";

  public static final String UNITS = "/sok/enheter";

  private final FindPeople findPeople;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public Choosers(FindPeople findPeople, OrganisationDirectory directory, Clock clock) {
    this.findPeople = findPeople;
    this.directory = directory;
    this.clock = clock;
  }

  /** What a post chooser needs besides the reader's words. */
  public record Request(
      String field,
      String prefix,
      String query,
      String chosen,
      List<Chooser.Choice> fixed,
      Set<PositionId> leftOut) {}

  /**
   * A chooser of posts: the fixed choices, the post chosen before (when it is not one of them),
   * then the best matches of the search, the chosen and left-out posts not repeated. When nothing
   * is chosen and the search found exactly one post, that post is chosen.
   */
  public Chooser positions(PageContext page, Request request) {
    ChooserTexts texts = texts(page);
    OrganisationGraph graph = directory.current();
    String chosen = blankToNull(request.chosen());
    List<Chooser.Choice> choices = new ArrayList<>();
    boolean chosenShown = false;
    for (Chooser.Choice fixed : request.fixed()) {
      boolean selected = fixed.value().equals(chosen);
      chosenShown |= selected;
      choices.add(new Chooser.Choice(fixed.value(), fixed.name(), fixed.detail(), selected));
    }
    Optional<PositionId> chosenPosition =
        chosenShown ? Optional.empty() : positionOf(chosen, request.prefix(), graph);
    chosenPosition.ifPresent(
        id ->
            graph
                .position(id)
                .map(p -> OrganisationViews.positionRef(graph, p, LocalDate.now(clock)))
                .ifPresent(ref -> choices.add(choice(graph, ref, request.prefix(), texts, true))));
    String query = blankToNull(request.query());
    if (query == null) {
      return new Chooser(
          request.field(), "", choices, 0, false, false, page.address(POSITIONS), request.prefix());
    }
    FindPeople.Results<OrganisationViews.PositionRef> found;
    try {
      found = findPeople.positions(query, 0, Chooser.SHOWN + request.leftOut().size() + 1);
    } catch (SamspelException tooShortOrLong) {
      return new Chooser(
          request.field(),
          query,
          choices,
          0,
          true,
          true,
          page.address(POSITIONS),
          request.prefix());
    }
    List<Chooser.Choice> matches = new ArrayList<>();
    for (OrganisationViews.PositionRef ref : found.items()) {
      PositionId id = new PositionId(ref.id());
      if (matches.size() == Chooser.SHOWN
          || request.leftOut().contains(id)
          || chosenPosition.equals(Optional.of(id))) {
        continue;
      }
      matches.add(choice(graph, ref, request.prefix(), texts, false));
    }
    boolean nothingChosen = chosen == null;
    if (nothingChosen && matches.size() == 1 && found.total() == 1) {
      Chooser.Choice only = matches.get(0);
      matches.set(0, new Chooser.Choice(only.value(), only.name(), only.detail(), true));
    }
    choices.addAll(matches);
    return new Chooser(
        request.field(),
        query,
        choices,
        found.total(),
        true,
        false,
        page.address(POSITIONS),
        request.prefix());
  }

  /** A chooser of the administration's units, with an empty choice for "none" first. */
  public Chooser units(PageContext page, String field, String query, String chosen, String none) {
    return units(page, field, query, chosen, Optional.of(none));
  }

  /**
   * A chooser of the administration's units where one must be chosen (a site visit's unit): no
   * empty choice, and when nothing is chosen and the search found exactly one unit, that unit is
   * chosen, as {@link #positions} does with a post.
   */
  public Chooser requiredUnit(PageContext page, String field, String query, String chosen) {
    return units(page, field, query, chosen, Optional.empty());
  }

  private Chooser units(
      PageContext page, String field, String query, String chosen, Optional<String> none) {
    OrganisationGraph graph = directory.current();
    String value = blankToNull(chosen);
    List<Chooser.Choice> choices = new ArrayList<>();
    none.ifPresent(label -> choices.add(new Chooser.Choice("", label, "", value == null)));
    Optional<Unit> chosenUnit =
        Optional.ofNullable(value)
            .flatMap(v -> graph.unit(new UnitId(v)))
            .filter(u -> u.kind().isAdministrative());
    chosenUnit.ifPresent(u -> choices.add(unitChoice(graph, u, true)));
    String q = blankToNull(query);
    if (q == null) {
      return new Chooser(field, "", choices, 0, false, false, page.address(UNITS), "");
    }
    FindPeople.Results<FindPeople.UnitHit> found;
    try {
      found = findPeople.units(q, 0, Chooser.SHOWN + 1);
    } catch (SamspelException tooShortOrLong) {
      return new Chooser(field, q, choices, 0, true, true, page.address(UNITS), "");
    }
    List<Chooser.Choice> matches = new ArrayList<>();
    for (FindPeople.UnitHit hit : found.items()) {
      if (matches.size() == Chooser.SHOWN
          || chosenUnit.map(u -> u.id().value().equals(hit.id())).orElse(false)) {
        continue;
      }
      matches.add(unitChoice(hit, false));
    }
    // Where "none" is a choice of its own, it stays chosen until the reader picks a unit.
    if (none.isEmpty() && value == null && matches.size() == 1 && found.total() == 1) {
      Chooser.Choice only = matches.get(0);
      matches.set(0, new Chooser.Choice(only.value(), only.name(), only.detail(), true));
    }
    choices.addAll(matches);
    return new Chooser(field, q, choices, found.total(), true, false, page.address(UNITS), "");
  }

  /** The combobox's suggestions of posts, labelled as the radio buttons are. */
  public Suggestions suggestPositions(PageContext page, String query) {
    ChooserTexts texts = texts(page);
    OrganisationGraph graph = directory.current();
    FindPeople.Results<OrganisationViews.PositionRef> found =
        findPeople.positions(query, 0, Chooser.SHOWN);
    return new Suggestions(
        found.items().stream().map(ref -> choice(graph, ref, "", texts, false)).toList(),
        found.total());
  }

  /** The combobox's suggestions of units. */
  public Suggestions suggestUnits(String query) {
    FindPeople.Results<FindPeople.UnitHit> found = findPeople.units(query, 0, Chooser.SHOWN);
    return new Suggestions(
        found.items().stream().map(h -> unitChoice(h, false)).toList(), found.total());
  }

  /** What the combobox receives: the best matches and how many there are in all. */
  public record Suggestions(List<Chooser.Choice> items, int total) {}

  // ---- labels ---------------------------------------------------------------------------------

  private static Chooser.Choice choice(
      OrganisationGraph graph,
      OrganisationViews.PositionRef ref,
      String prefix,
      ChooserTexts texts,
      boolean selected) {
    String name =
        ref.holder() == null
            ? texts.vacant()
            : ref.holder().name() + (ref.acting() ? " (" + texts.acting() + ")" : "");
    String unit = ref.unit() == null ? "" : ref.unit().name();
    if (ref.unit() != null && ref.unit().kind() == UnitKind.UNIT) {
      unit +=
          graph
              .departmentOf(new PositionId(ref.id()))
              .filter(d -> !d.id().value().equals(ref.unit().id()))
              .map(d -> " (" + d.name() + ")")
              .orElse("");
    }
    return new Chooser.Choice(
        prefix + ref.id(), name, ref.title() + (unit.isEmpty() ? "" : ", " + unit), selected);
  }

  private static Chooser.Choice unitChoice(OrganisationGraph graph, Unit unit, boolean selected) {
    String department = graph.departmentOfUnit(unit.id()).map(Unit::name).orElse(null);
    return new Chooser.Choice(
        unit.id().value(),
        unit.name(),
        department == null || department.equals(unit.name()) ? "" : department,
        selected);
  }

  private static Chooser.Choice unitChoice(FindPeople.UnitHit hit, boolean selected) {
    return new Chooser.Choice(
        hit.id(),
        hit.name(),
        hit.department() == null || hit.department().equals(hit.name()) ? "" : hit.department(),
        selected);
  }

  private static Optional<PositionId> positionOf(
      String value, String prefix, OrganisationGraph graph) {
    if (value == null || !value.startsWith(prefix)) {
      return Optional.empty();
    }
    PositionId id = new PositionId(value.substring(prefix.length()));
    return graph.position(id).map(p -> id);
  }

  static ChooserTexts texts(PageContext page) {
    return "en".equals(page.lang())
        ? MessageBundles.get(ChooserTexts.class, Localized.Literal.of("en"))
        : MessageBundles.get(ChooserTexts.class);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
