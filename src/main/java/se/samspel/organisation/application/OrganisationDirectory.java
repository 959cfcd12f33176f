package se.samspel.organisation.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.application.PerMunicipality;
import se.samspel.municipality.domain.MunicipalityAdded;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.domain.Login;
import se.samspel.organisation.domain.LoginMatch;
import se.samspel.organisation.domain.OrganisationChanged;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.OrganisationStore;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;

/**
 * Holds each municipality's current {@link OrganisationGraph} in memory so that routing never
 * queries the database per hop; every method answers for the municipality in scope ({@link
 * MunicipalityScope#current()}). An import on this instance replaces the graph at once; changes
 * made through another instance of Samspel are noticed by comparing the stored revision counter
 * every few seconds.
 */
@ApplicationScoped
public class OrganisationDirectory {

  private static final Logger LOG = Logger.getLogger(OrganisationDirectory.class);

  private static final Snapshot NONE = new Snapshot(-1, OrganisationGraph.empty(), List.of());

  private final OrganisationStore store;
  private final Event<OrganisationChanged> changed;
  private final MunicipalityScope scope;
  private final PerMunicipality<Snapshot> snapshots;

  /** The graph and, beside it for names only, the people imports have retired. */
  private record Snapshot(
      long revision,
      OrganisationGraph graph,
      List<Person> retired,
      Map<PersonId, String> retiredNames) {

    /** The retired people's names are made into a map once per load, not once per view. */
    Snapshot(long revision, OrganisationGraph graph, List<Person> retired) {
      this(
          revision,
          graph,
          retired,
          retired.stream()
              .collect(
                  Collectors.toUnmodifiableMap(
                      Person::id, Person::name, (first, second) -> first)));
    }
  }

  public OrganisationDirectory(
      OrganisationStore store, Event<OrganisationChanged> changed, MunicipalityScope scope) {
    this.store = store;
    this.changed = changed;
    this.scope = scope;
    this.snapshots = new PerMunicipality<>(scope, NONE);
  }

  /** The municipality in scope's snapshot; an empty organisation before its first load. */
  private Snapshot snapshot() {
    return snapshots.current();
  }

  /** The organisation of the municipality in scope as it is now. */
  public OrganisationGraph current() {
    return snapshot().graph();
  }

  /**
   * The organisation of one municipality as it is now, whichever is in scope: for sign-in, which is
   * resolved before a request's scope is (an empty organisation before its first load).
   */
  public OrganisationGraph current(MunicipalityId municipality) {
    return snapshots.of(municipality).graph();
  }

  /**
   * The municipality whose organisation lists this login, compared as {@link Login#same} does; a
   * login is unique in the deployment (the import refuses one another municipality lists), so there
   * is at most one. Empty when no organisation lists it.
   */
  public Optional<MunicipalityId> municipalityOfLogin(String login) {
    return listing(login).findFirst();
  }

  /**
   * Another municipality than the one in scope whose organisation lists this login, if any: an
   * import refuses such a login, since a login is unique in the deployment.
   */
  public Optional<MunicipalityId> listedElsewhere(String login) {
    MunicipalityId here = scope.current();
    return listing(login).filter(m -> !m.equals(here)).findFirst();
  }

  /** The municipalities whose organisation lists this login, by code. */
  private Stream<MunicipalityId> listing(String login) {
    return snapshots.all().entrySet().stream()
        .filter(e -> !(e.getValue().graph().lookupLogin(login) instanceof LoginMatch.Unknown))
        .map(Map.Entry::getKey)
        .sorted(Comparator.comparing(MunicipalityId::value));
  }

  /**
   * Names people for views, retired people included (see {@link PersonNames}); routing and
   * authorisation use {@link #current()}, which holds only the active organisation.
   */
  public PersonNames names() {
    Snapshot now = snapshot();
    return new PersonNames(now.graph(), now.retiredNames());
  }

  /**
   * The person an import retired who had this login (compared as {@link
   * se.samspel.organisation.domain.Login#same} does), so that a refused sign-in can say why; empty
   * when no retired person had it. Never grants anything: sign-in uses {@link #current()}.
   */
  public Optional<Person> retiredWithLogin(String login) {
    return snapshot().retired().stream()
        .filter(p -> p.login().filter(l -> Login.same(l, login)).isPresent())
        .findFirst();
  }

  /**
   * The person an import retired with this id, if any: someone the organisation no longer lists but
   * whose data Samspel still holds (their requests, what they did), as a right of access needs.
   * Never grants anything: sign-in and routing use {@link #current()}.
   */
  public Optional<Person> retired(PersonId id) {
    return snapshot().retired().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The posts of the municipality in scope an import has retired whose holder, as last stored, was
   * this person: their former posts, for a right of access (read from the store, not the snapshot:
   * it is asked rarely). Never grants anything: routing and authorisation use {@link #current()}.
   */
  public List<Position> formerPosts(PersonId id) {
    return store.retiredPositionsHeldBy(id);
  }

  /** The person's name, falling back to the people imports have retired; empty when unknown. */
  public Optional<String> nameOf(PersonId id) {
    return names().nameOf(id);
  }

  /**
   * Reads the organisation of the municipality in scope from the store, makes it current and fires
   * {@link OrganisationChanged} (synchronously and in the same scope, so that an import's answer
   * comes after open work has followed it).
   */
  public synchronized void reload() {
    MunicipalityId municipality = scope.current();
    long revision = store.revision();
    OrganisationGraph graph = OrganisationGraph.of(store.load());
    Snapshot before =
        snapshots.replace(new Snapshot(revision, graph, store.retired())).orElse(NONE);
    LOG.infof(
        "Organisation of %s revision %d loaded: %d units, %d positions, %d people",
        municipality.value(),
        revision,
        graph.unitCount(),
        graph.positionCount(),
        graph.personCount());
    warnAboutSharedLogins(revision, graph);
    changed.fire(
        new OrganisationChanged(
            before.revision() < 0 ? Optional.empty() : Optional.of(before.graph()),
            graph,
            revision));
  }

  /**
   * One warning per load when several people share a login once normalised (a database imported
   * before issue 14 compared logins case-insensitively): names the normalised logins and the
   * people's external ids, never their names. Those people cannot sign in until an import gives
   * each a login of their own; the import refuses the document until it does.
   */
  private static void warnAboutSharedLogins(long revision, OrganisationGraph graph) {
    Map<String, List<Person>> shared = graph.sharedLogins();
    if (shared.isEmpty()) {
      return;
    }
    String listed =
        shared.entrySet().stream()
            .map(
                e ->
                    "'"
                        + e.getKey()
                        + "' ("
                        + e.getValue().stream()
                            .map(p -> p.id().value())
                            .collect(Collectors.joining(", "))
                        + ")")
            .collect(Collectors.joining("; "));
    LOG.warnf(
        "Organisation revision %d: %d login(s) are shared by several people once case and Unicode"
            + " form are ignored, so identity providers cannot tell them apart: %s. These people"
            + " cannot sign in until an import gives each of them a login of their own.",
        revision, shared.size(), listed);
  }

  /** A new municipality's organisation, empty until its first import (fired in its scope). */
  void onMunicipalityAdded(@Observes MunicipalityAdded added) {
    reload();
  }

  /** Picks up changes another instance made, municipality by municipality. */
  @Scheduled(
      every = "${samspel.organisation.refresh-interval:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void refreshIfStale() {
    scope.eachMunicipality(municipality -> reloadIfStale());
  }

  /** Reloads the municipality in scope's organisation when the store holds a newer revision. */
  private void reloadIfStale() {
    if (store.revision() != snapshot().revision()) {
      reload();
    }
  }
}
