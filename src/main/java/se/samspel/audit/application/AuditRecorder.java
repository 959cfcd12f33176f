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
import se.samspel.organisation.domain.OrganisationImportRefused;
import se.samspel.organisation.domain.OrganisationImported;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;
import se.samspel.organisation.domain.PersonId;
import se.samspel.retention.domain.RetentionApplied;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionPolicyChanged;

/**
 * Writes the audit trail from what other parts report. Observers are synchronous and run in the
 * reporter's transaction: an import that commits has its entry, one that rolls back has none.
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

  private static Map<String, Object> source(String format, Optional<String> charset) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("format", format);
    charset.ifPresent(c -> summary.put("charset", c));
    return summary;
  }
}
