package se.samspel.organisation.application;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;

/**
 * Names people for views: from the active organisation first, else from the people an import has
 * retired (marked inactive, never deleted), so that history, inboxes and the deviation record keep
 * saying who asked and who acted. For display only: routing and authorisation ask the {@link
 * OrganisationGraph}, which knows only active people.
 */
public final class PersonNames {

  private final OrganisationGraph graph;
  private final Map<PersonId, String> retired;

  public PersonNames(OrganisationGraph graph, Map<PersonId, String> retired) {
    this.graph = Objects.requireNonNull(graph, "graph is required");
    this.retired = Map.copyOf(Objects.requireNonNull(retired, "retired is required"));
  }

  /** Names only the people of the graph (for callers that have no retired people to offer). */
  public static PersonNames of(OrganisationGraph graph) {
    return new PersonNames(graph, Map.of());
  }

  /** The person's name: active first, else as they were named when retired; empty when unknown. */
  public Optional<String> nameOf(PersonId id) {
    return graph.person(id).map(p -> p.name()).or(() -> Optional.ofNullable(retired.get(id)));
  }

  /** Whether the person is no longer in the organisation (retired by an import). */
  public boolean isRetired(PersonId id) {
    return graph.person(id).isEmpty() && retired.containsKey(id);
  }

  /**
   * The person as the API refers to them: {@code retired} true when they have left; a person
   * unknown to both keeps their id with a null name.
   */
  public PersonRef ref(PersonId id) {
    return graph
        .person(id)
        .map(OrganisationViews::personRef)
        .orElseGet(() -> new PersonRef(id.value(), retired.get(id), retired.containsKey(id)));
  }
}
