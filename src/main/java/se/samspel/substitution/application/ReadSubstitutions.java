package se.samspel.substitution.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.SubstituteChain;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionId;
import se.samspel.substitution.domain.SubstitutionStatus;
import se.samspel.substitution.domain.SubstitutionStore;

/** Reading substitutions: one's own, a single one, and who acts for a person on a day. */
@ApplicationScoped
public class ReadSubstitutions {

  private final SubstitutionStore store;
  private final SubstituteResolver resolver;
  private final OrganisationDirectory organisation;
  private final Clock clock;

  public ReadSubstitutions(
      SubstitutionStore store,
      SubstituteResolver resolver,
      OrganisationDirectory organisation,
      Clock clock) {
    this.store = store;
    this.resolver = resolver;
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * The substitutions the person is absent in, acts as substitute in, or named for someone else;
   * latest period first, optionally only those with a status today.
   */
  public List<Substitution> mine(PersonId person, SubstitutionStatus status) {
    LocalDate today = LocalDate.now(clock);
    return store.involving(person).stream()
        .filter(s -> status == null || s.statusOn(today) == status)
        .toList();
  }

  /** One substitution, if the caller may see it; otherwise it does not exist for them. */
  public Substitution get(PersonId caller, SubstitutionId id) {
    LocalDate today = LocalDate.now(clock);
    return store
        .find(id)
        .filter(s -> SubstitutionAuthority.maySee(organisation.current(), caller, s, today))
        .orElseThrow(() -> SamspelException.notFound("substitution", id.value()));
  }

  /** Who acts for the person on the day. */
  public SubstituteChain chain(PersonId person, LocalDate day) {
    if (organisation.current().person(person).isEmpty()) {
      throw SamspelException.notFound("person", person.value());
    }
    return resolver.resolve(person, day);
  }
}
