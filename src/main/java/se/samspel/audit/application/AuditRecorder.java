package se.samspel.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.samspel.audit.domain.AdministrativeAction;
import se.samspel.audit.domain.AdministrativeAction.Kind;
import se.samspel.audit.domain.AuditTrail;
import se.samspel.audit.domain.PersonalDataExported;
import se.samspel.deviation.domain.PersonalDataRedacted;
import se.samspel.organisation.domain.OrganisationImportRefused;
import se.samspel.organisation.domain.OrganisationImported;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.PolicyVersionUploaded;
import se.samspel.retention.domain.RetentionApplied;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionPolicyChanged;
import se.samspel.substitution.domain.SubstituteNamed;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionEnded;

/**
 * Writes the audit trail from what other parts report: organisation imports, exports of a person's
 * data, retention decisions and runs, policy uploads, redactions of the deviation record and
 * substitutions arranged for another. Observers are synchronous and run in the reporter's
 * transaction: an action that commits has its entry, one that rolls back has none. Summaries hold
 * ids, versions, counts and dates, never the free text of the request.
 */
@ApplicationScoped
public class AuditRecorder {

  private final AuditTrail trail;

  public AuditRecorder(AuditTrail trail) {
    this.trail = trail;
  }

  void imported(@Observes OrganisationImported event) {
    ImportSummary s = event.summary();
    Map<String, Object> summary = source(event.source().format(), event.source().charset());
    summary.put("unitsCreated", s.unitsCreated());
    summary.put("unitsUpdated", s.unitsUpdated());
    summary.put("unitsRetired", s.unitsRetired());
    summary.put("positionsCreated", s.positionsCreated());
    summary.put("positionsUpdated", s.positionsUpdated());
    summary.put("positionsRetired", s.positionsRetired());
    summary.put("peopleCreated", s.peopleCreated());
    summary.put("peopleUpdated", s.peopleUpdated());
    summary.put("peopleRetired", s.peopleRetired());
    summary.put("lockOutConfirmed", event.lockOutConfirmed());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.ORGANISATION_IMPORTED,
            event.actor().person().map(PersonId::value),
            event.actor().login(),
            event.at(),
            Optional.of(s.revision()),
            summary));
  }

  void refused(@Observes OrganisationImportRefused event) {
    Map<String, Object> summary = source(event.source().format(), event.source().charset());
    summary.put("reason", event.lockOut().callerReason());
    event
        .lockOut()
        .callerRetirement()
        .ifPresent(
            r -> {
              summary.put("reasonCode", r.cause().name());
              summary.put("reasonSubject", r.subject());
            });
    summary.put("noAdministratorLeft", event.lockOut().noAdministratorLeft());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.ORGANISATION_IMPORT_REFUSED,
            event.actor().person().map(PersonId::value),
            event.actor().login(),
            event.at(),
            Optional.empty(),
            summary));
  }

  void exported(@Observes PersonalDataExported event) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("person", event.person());
    // Sorted, so that entries of the same export read alike.
    new TreeMap<>(event.counts()).forEach(summary::put);
    trail.append(
        new AdministrativeAction(
            0,
            Kind.PERSONAL_DATA_EXPORTED,
            event.actorPerson(),
            event.actorLogin(),
            event.at(),
            Optional.empty(),
            summary));
  }

  void retentionChanged(@Observes RetentionPolicyChanged event) {
    RetentionPolicy p = event.policy();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("closedRequests", p.closedRequests().toString());
    summary.put("whistleblowingReports", p.whistleblowingReports().toString());
    summary.put("notifications", p.notifications().toString());
    summary.put("deviationPersonalData", p.deviationPersonalData().toString());
    summary.put("decision", p.decision().reference());
    summary.put("decidedOn", p.decision().decidedOn().toString());
    summary.put("version", p.version());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.RETENTION_POLICY_CHANGED,
            event.actorPerson(),
            event.actorLogin(),
            event.at(),
            Optional.empty(),
            summary));
  }

  void retentionApplied(@Observes RetentionApplied event) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("decision", event.decision());
    summary.put("policyVersion", event.policyVersion());
    summary.put("requestsCulled", event.run().requestsCulled());
    summary.put("notificationsCulled", event.run().notificationsCulled());
    summary.put("eventsCulled", event.run().eventsCulled());
    summary.put("deviationsRedacted", event.run().deviationsRedacted());
    summary.put("siteVisitsCulled", event.run().siteVisitsCulled());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.RETENTION_APPLIED,
            Optional.empty(),
            Optional.empty(),
            event.run().ranAt(),
            Optional.empty(),
            summary));
  }

  void policyUploaded(@Observes PolicyVersionUploaded event) {
    Policy policy = event.version().policy();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("key", policy.key());
    summary.put("version", policy.version());
    summary.put("validFrom", policy.provenance().validFrom().toString());
    policy.provenance().validTo().ifPresent(to -> summary.put("validTo", to.toString()));
    summary.put("rules", policy.rules().size());
    summary.put("contentHash", event.version().contentHash());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.POLICY_UPLOADED,
            event.actorPerson(),
            event.actorLogin(),
            event.at(),
            Optional.empty(),
            summary));
  }

  void redacted(@Observes PersonalDataRedacted event) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("person", event.person().value());
    summary.put("entries", event.entries());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.PERSONAL_DATA_REDACTED,
            event.actorPerson(),
            event.actorLogin(),
            event.at(),
            Optional.empty(),
            summary));
  }

  /**
   * Kept only when named for another: a person arranging their own absence is no one's business.
   */
  void substituteNamed(@Observes SubstituteNamed event) {
    if (!event.namedForAnother()) {
      return;
    }
    Substitution s = event.substitution();
    Map<String, Object> summary = people(s);
    summary.put("from", s.from().toString());
    summary.put("to", s.to().toString());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.SUBSTITUTE_NAMED_FOR_ANOTHER,
            Optional.of(s.namedBy().value()),
            Optional.empty(),
            s.namedAt(),
            Optional.empty(),
            summary));
  }

  /** Kept only when ended by someone other than the absent person. */
  void substitutionEnded(@Observes SubstitutionEnded event) {
    if (!event.endedForAnother()) {
      return;
    }
    Map<String, Object> summary = people(event.substitution());
    summary.put("endedFrom", event.ending().from().toString());
    trail.append(
        new AdministrativeAction(
            0,
            Kind.SUBSTITUTION_ENDED_FOR_ANOTHER,
            Optional.of(event.ending().by().value()),
            Optional.empty(),
            event.ending().at(),
            Optional.empty(),
            summary));
  }

  /** The ids of a substitution and its people; its reason (free text) never. */
  private static Map<String, Object> people(Substitution s) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("substitution", s.id().value());
    summary.put("absent", s.absent().value());
    summary.put("substitute", s.substitute().value());
    return summary;
  }

  private static Map<String, Object> source(String format, Optional<String> charset) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("format", format);
    charset.ifPresent(c -> summary.put("charset", c));
    return summary;
  }
}
