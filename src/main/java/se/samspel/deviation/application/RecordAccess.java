package se.samspel.deviation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.samspel.common.SamspelException;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationFilter;
import se.samspel.deviation.domain.RecordRights;
import se.samspel.deviation.domain.StoredEntry;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.request.domain.Whistleblowing;

/**
 * Who may read and correct the deviation record, and which of its entries they are shown: the one
 * home of these rules, asked by the API ({@code /api/deviations}) and the pages ({@code
 * /avvikelser}) alike.
 *
 * <ul>
 *   <li>Rights come from the positions the person holds today ({@link RecordRights}).
 *   <li>Entries of rules that concern whistleblowing ({@link Whistleblowing#concerns(
 *       se.samspel.policy.domain.Rule)}) are never shown to the record's readers, whoever they are:
 *       the whistleblowing act keeps reports with the function, and an entry would point at a
 *       whistleblower. They stay in the chain, counted and verified; a read of one answers as for
 *       an entry that does not exist.
 * </ul>
 */
@ApplicationScoped
public class RecordAccess {

  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final Clock clock;

  public RecordAccess(OrganisationDirectory directory, PolicyCatalog policies, Clock clock) {
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
  }

  /** What this person may do with the record today. */
  public RecordRights rightsOf(PersonId person) {
    LocalDate today = LocalDate.now(clock);
    return RecordRights.of(
        directory.current().positionsHeldBy(person, today).stream().map(Position::kind).toList());
  }

  /**
   * What the caller may do, {@link RecordRights#NONE} for someone the organisation does not know.
   */
  public RecordRights rightsOf(Optional<PersonId> person) {
    return person.map(this::rightsOf).orElse(RecordRights.NONE);
  }

  /** FORBIDDEN unless the person may read the record. */
  public void requireReader(PersonId person) {
    if (!rightsOf(person).read()) {
      throw SamspelException.forbidden("Only KD, the KSO and auditors read the deviation record");
    }
  }

  /** FORBIDDEN unless the person may correct the record. */
  public void requireCorrector(PersonId person) {
    if (!rightsOf(person).correct()) {
      throw SamspelException.forbidden("Only KD and auditors correct entries of the record");
    }
  }

  /** The ids of the rules whose entries are never shown (those that concern whistleblowing). */
  public Set<String> hiddenRules() {
    return Whistleblowing.ruleIds(policies.versions());
  }

  /** The filter, narrowed to the entries the record's readers are shown. */
  public DeviationFilter shown(DeviationFilter filter) {
    Set<String> excluded = new HashSet<>(filter.excludedRules());
    excluded.addAll(hiddenRules());
    return filter.excluding(excluded);
  }

  /**
   * Whether an entry is shown to the record's readers. An unreadable row is: it carries nothing but
   * its number, hashes and why it cannot be read.
   */
  public boolean shows(StoredEntry stored) {
    return !(stored instanceof DeviationEntry entry)
        || !hiddenRules().contains(entry.facts().ruleId());
  }

  /** The entry when it is shown; NOT_FOUND ({@code deviation}) as for no entry otherwise. */
  public <E extends StoredEntry> E shown(E stored) {
    if (!shows(stored)) {
      throw SamspelException.notFound("deviation", Long.toString(stored.seq()));
    }
    return stored;
  }
}
