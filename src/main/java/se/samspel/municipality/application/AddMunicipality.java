package se.samspel.municipality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.municipality.domain.Guidelines;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityAdded;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.municipality.domain.MunicipalityStore;

/**
 * Adds a municipality to the deployment (issue 16): an administrator of the deployment names its
 * SCB code, its name and the guideline it follows. It starts with an empty organisation (imported
 * next, at its own address) and the guidelines shipped with Samspel.
 */
@ApplicationScoped
public class AddMunicipality {

  private static final Logger LOG = Logger.getLogger(AddMunicipality.class);

  private final MunicipalityStore store;
  private final Municipalities municipalities;
  private final MunicipalityScope scope;
  private final Guidelines guidelines;
  private final Event<MunicipalityAdded> added;
  private final Clock clock;

  public AddMunicipality(
      MunicipalityStore store,
      Municipalities municipalities,
      MunicipalityScope scope,
      Guidelines guidelines,
      Event<MunicipalityAdded> added,
      Clock clock) {
    this.store = store;
    this.municipalities = municipalities;
    this.scope = scope;
    this.guidelines = guidelines;
    this.added = added;
    this.clock = clock;
  }

  /** The guidelines a municipality added now can follow (the page for adding one offers them). */
  public List<Guidelines.Offered> guidelines() {
    return guidelines.offered();
  }

  /**
   * Stores the municipality and prepares its guideline, organisation and substitutions in its own
   * scope before answering.
   *
   * @param id four digits (SCB municipality code; 99xx for a fictional one)
   * @param name 1 to 200 characters
   * @param policyKey the key of a guideline shipped with Samspel ({@code kungsor}, {@code
   *     alingsas})
   * @throws SamspelException invalid input naming {@code id}, {@code name} or {@code policyKey}
   *     (every problem at once); conflict {@code municipality-exists} when the deployment already
   *     serves that code
   */
  public Municipality add(String id, String name, String policyKey, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (MunicipalityId.parse(id).isEmpty()) {
      problems.add(FieldProblem.of("id", "must be a four-digit SCB municipality code"));
    }
    if (name == null || name.isBlank() || name.length() > Municipality.MAX_NAME_LENGTH) {
      problems.add(
          FieldProblem.of("name", "must be 1 to " + Municipality.MAX_NAME_LENGTH + " characters"));
    }
    if (policyKey == null || !guidelines.offers(policyKey)) {
      problems.add(
          FieldProblem.of("policyKey", "must be the key of a guideline shipped with Samspel"));
    }
    if (!problems.isEmpty()) {
      throw new SamspelException(
          SamspelException.Kind.INVALID_INPUT,
          "invalid-input",
          problems.size() + " problem(s) found; no municipality was added",
          problems);
    }
    Municipality municipality = new Municipality(new MunicipalityId(id), name.strip(), policyKey);
    if (!store.add(municipality, clock.instant())) {
      throw SamspelException.conflict(
          "municipality-exists", "The deployment already serves municipality " + id);
    }
    municipalities.reload();
    scope.within(municipality.id(), () -> added.fire(new MunicipalityAdded(municipality)));
    LOG.infof("Municipality %s (%s) added by %s", id, municipality.name(), actor);
    return municipality;
  }
}
