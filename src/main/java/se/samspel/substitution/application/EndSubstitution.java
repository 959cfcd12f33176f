package se.samspel.substitution.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionEnded;
import se.samspel.substitution.domain.SubstitutionId;
import se.samspel.substitution.domain.SubstitutionStore;

/**
 * Ends a substitution from today: the absent person is back, or the substitute cannot act after
 * all. One that has not begun is thereby cancelled. The row is kept with who ended it and when, so
 * the days it did apply stay in the history. Someone who may not even see the substitution is told
 * it does not exist (404); the substitute, who may see it, is refused (403). {@link
 * SubstitutionEnded} is fired in the same transaction (the audit trail keeps those ended for
 * another).
 */
@ApplicationScoped
public class EndSubstitution {

  private static final Logger LOG = Logger.getLogger(EndSubstitution.class);

  private final SubstitutionStore store;
  private final SubstitutionDirectory substitutions;
  private final OrganisationDirectory organisation;
  private final Clock clock;
  private final Event<SubstitutionEnded> endings;

  public EndSubstitution(
      SubstitutionStore store,
      SubstitutionDirectory substitutions,
      OrganisationDirectory organisation,
      Clock clock,
      Event<SubstitutionEnded> endings) {
    this.store = store;
    this.substitutions = substitutions;
    this.organisation = organisation;
    this.clock = clock;
    this.endings = endings;
  }

  public Substitution end(PersonId caller, SubstitutionId id) {
    LocalDate today = LocalDate.now(clock);
    OrganisationGraph graph = organisation.current();
    Substitution ended =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  store.lockForChange();
                  Substitution substitution =
                      store
                          .find(id)
                          .filter(s -> SubstitutionAuthority.maySee(graph, caller, s, today))
                          .orElseThrow(() -> SamspelException.notFound("substitution", id.value()));
                  if (!SubstitutionAuthority.mayEnd(graph, caller, substitution, today)) {
                    throw SamspelException.forbidden(
                        "Only the absent person, whoever named the substitute or the absent"
                            + " person's manager may end a substitution");
                  }
                  if (!substitution.endableOn(today)) {
                    throw SamspelException.conflict(
                        "substitution-over",
                        "Substitution "
                            + id
                            + " is already "
                            + substitution.statusOn(today).name().toLowerCase(java.util.Locale.ROOT)
                            + "; there is nothing left to end");
                  }
                  Substitution result = substitution.endFrom(today, caller, clock.instant());
                  store.update(result);
                  store.changed();
                  endings.fire(new SubstitutionEnded(result));
                  return result;
                });
    substitutions.reload();
    LOG.infof(
        "Substitution %s ended from %s by %s (%s)",
        id, today, caller, ended.statusOn(today).name().toLowerCase(java.util.Locale.ROOT));
    return ended;
  }
}
