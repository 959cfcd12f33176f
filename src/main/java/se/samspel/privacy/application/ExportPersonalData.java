package se.samspel.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspel.audit.application.AuditLog;
import se.samspel.audit.domain.PersonalDataExported;
import se.samspel.common.SamspelException;
import se.samspel.deviation.application.ReadDeviations;
import se.samspel.deviation.application.RecordAccess;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.application.PersonNames;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.privacy.application.PersonalDataExport.AdministrativeAction;
import se.samspel.privacy.application.PersonalDataExport.Deviation;
import se.samspel.privacy.application.PersonalDataExport.ExportedRequest;
import se.samspel.privacy.application.PersonalDataExport.FormerPosition;
import se.samspel.privacy.application.PersonalDataExport.Mention;
import se.samspel.privacy.application.PersonalDataExport.MentionWithheld;
import se.samspel.privacy.application.PersonalDataExport.Mentioned;
import se.samspel.privacy.application.PersonalDataExport.Requests;
import se.samspel.privacy.application.PersonalDataExport.Shown;
import se.samspel.privacy.application.PersonalDataExport.Substitution;
import se.samspel.privacy.application.PersonalDataExport.Withheld;
import se.samspel.request.application.RequestViews;
import se.samspel.request.application.RequestViews.RequestView;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.Disclosure;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestText;
import se.samspel.request.domain.Whistleblowing;
import se.samspel.substitution.application.ReadSubstitutions;
import se.samspel.visit.application.ReadSiteVisits;
import se.samspel.visit.application.SiteVisitViews;
import se.samspel.visit.domain.SiteVisit;

/**
 * A person's right of access (GDPR art. 15, "right of access by the data subject"): everything
 * Samspel holds about a person, for an administrator to hand over. Each section is read from the
 * part that keeps it: the organisation (also people and posts an import has retired), the requests,
 * the deviation record, the substitutions, the site visits and the audit trail; and every free text
 * of those parts that names the person ({@link TextMentions}). All of it is the addressed
 * municipality's: each part reads in the municipality in scope.
 *
 * <p>What the whistleblowing act protects stays out (lag (2021:890) om skydd för personer som
 * rapporterar om missförhållanden): the reporter gets their own report in full; of a report someone
 * else made, the export says only its kind, status and when it was made ({@link
 * Whistleblowing#toTheDataSubject}), and deviation entries of rules that concern whistleblowing are
 * in it only for the person who made the report. The export itself is an administrative action,
 * kept in the audit trail in the same transaction: an export that is answered has its entry.
 */
@ApplicationScoped
public class ExportPersonalData {

  private final OrganisationDirectory directory;
  private final ContactRequestRepository requests;
  private final PolicyCatalog policies;
  private final ReadDeviations deviations;
  private final RecordAccess record;
  private final ReadSubstitutions substitutions;
  private final ReadSiteVisits visits;
  private final AuditLog audit;
  private final Event<PersonalDataExported> exported;
  private final Clock clock;

  public ExportPersonalData(
      OrganisationDirectory directory,
      ContactRequestRepository requests,
      PolicyCatalog policies,
      ReadDeviations deviations,
      RecordAccess record,
      ReadSubstitutions substitutions,
      ReadSiteVisits visits,
      AuditLog audit,
      Event<PersonalDataExported> exported,
      Clock clock) {
    this.directory = directory;
    this.requests = requests;
    this.policies = policies;
    this.deviations = deviations;
    this.record = record;
    this.substitutions = substitutions;
    this.visits = visits;
    this.audit = audit;
    this.exported = exported;
    this.clock = clock;
  }

  /**
   * Who asks for the export: the administrator, as their token names them.
   *
   * @param person the administrator's person, when the organisation knows them
   * @param login the login their token named
   */
  public record Administrator(Optional<PersonId> person, Optional<String> login) {}

  /**
   * Everything held about the person, and the audit trail's entry saying so.
   *
   * @throws SamspelException NOT_FOUND ({@code person}) when the organisation neither lists the
   *     person nor remembers them as retired
   */
  @Transactional
  public PersonalDataExport export(PersonId id, Administrator administrator) {
    OrganisationGraph graph = directory.current();
    Optional<Person> current = graph.person(id);
    Person person =
        current
            .or(() -> directory.retired(id))
            .orElseThrow(() -> SamspelException.notFound("person", id.value()));
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    PersonNames names = directory.names();

    List<OrganisationViews.PositionRef> positions =
        graph.positionsHeldBy(id, today).stream()
            .map(p -> OrganisationViews.positionRef(graph, p, today))
            .toList();
    List<Position> former = directory.formerPosts(id);
    Requests requestSection = requests(id, former, graph, names, today);
    List<Deviation> deviationSection = deviations(id);
    List<Substitution> substitutionSection = substitutions(id, names, today);
    List<SiteVisitViews.SiteVisitView> visitSection =
        visits.mine(id).stream().map(SiteVisitViews.forToday(directory, policies, clock)).toList();
    List<AdministrativeAction> actions =
        audit.actedBy(id.value()).stream()
            .map(
                a ->
                    new AdministrativeAction(
                        a.id(),
                        a.kind().name(),
                        a.actorLogin().orElse(null),
                        a.at(),
                        a.revision().orElse(null),
                        a.summary()))
            .toList();

    PersonalDataExport export =
        new PersonalDataExport(
            new PersonalDataExport.Person(
                person.id().value(),
                person.name(),
                person.email().orElse(null),
                person.login().orElse(null),
                current.isEmpty()),
            now,
            positions,
            former.stream()
                .map(
                    p ->
                        new FormerPosition(
                            p.id().value(), p.title(), p.kind().name(), p.unit().value()))
                .toList(),
            requestSection,
            deviationSection,
            substitutionSection,
            visitSection,
            actions,
            mentions(person));
    exported.fire(
        new PersonalDataExported(
            id.value(),
            administrator.person().map(PersonId::value),
            administrator.login(),
            now,
            counts(export)));
    return export;
  }

  /** How many items each section holds, as the audit trail keeps them. */
  static Map<String, Integer> counts(PersonalDataExport export) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("positions", export.positions().size());
    counts.put("formerPositions", export.formerPositions().size());
    counts.put("requestsMade", export.requests().made().size());
    counts.put("requestsOnRoute", export.requests().onRoute().size());
    counts.put("requestsConcerning", export.requests().concerning().size());
    counts.put("deviations", export.deviations().size());
    counts.put("substitutions", export.substitutions().size());
    counts.put("siteVisits", export.siteVisits().size());
    counts.put("administrativeActions", export.administrativeActions().size());
    counts.put("mentionedInText", export.mentionedInText().size());
    return counts;
  }

  private Requests requests(
      PersonId id,
      List<Position> former,
      OrganisationGraph graph,
      PersonNames names,
      LocalDate today) {
    // Each request once, in the first section it belongs to: made, then on the route, then
    // concerning one of their posts.
    Set<RequestId> seen = new HashSet<>();
    List<RequestView> made = new ArrayList<>();
    for (RequestId r : requests.allMadeBy(id)) {
      seen.add(r);
      requests
          .find(r)
          .ifPresent(request -> made.add(view(request, graph, names, today, Disclosure.FULL)));
    }
    List<ExportedRequest> onRoute = others(requests.onRouteOf(id), seen, id, graph, names, today);
    Set<PositionId> posts =
        graph.positionsLinkedTo(id).stream().map(Position::id).collect(Collectors.toSet());
    List<ExportedRequest> concerning =
        new ArrayList<>(others(requests.targeting(posts), seen, id, graph, names, today));
    // Posts an import retired are not in the graph: the store remembers their last holder.
    concerning.addAll(
        others(
            requests.targetingWhileHeld(
                former.stream().map(Position::id).collect(Collectors.toSet()), id),
            seen,
            id,
            graph,
            names,
            today));
    return new Requests(made, onRoute, concerning);
  }

  private List<ExportedRequest> others(
      List<RequestId> ids,
      Set<RequestId> seen,
      PersonId subject,
      OrganisationGraph graph,
      PersonNames names,
      LocalDate today) {
    List<ExportedRequest> items = new ArrayList<>();
    for (RequestId r : ids) {
      if (!seen.add(r)) {
        continue;
      }
      requests
          .find(r)
          .ifPresent(
              request -> {
                Disclosure disclosure =
                    Whistleblowing.toTheDataSubject(
                        request.contact().kind(), request.contact().requesterPerson(), subject);
                items.add(
                    disclosure.equals(Disclosure.FULL)
                        ? new Shown(view(request, graph, names, today, disclosure))
                        : new Withheld(
                            request.contact().kind().name(),
                            request.status().name(),
                            request.createdAt(),
                            PersonalDataExport.WITHHELD));
              });
    }
    return items;
  }

  private RequestView view(
      ContactRequest request,
      OrganisationGraph graph,
      PersonNames names,
      LocalDate today,
      Disclosure disclosure) {
    return RequestViews.of(
        request,
        graph,
        names,
        policies.version(request.routedUnder().policyKey(), request.routedUnder().policyVersion()),
        today,
        disclosure);
  }

  private List<Deviation> deviations(PersonId id) {
    Set<String> whistleblowingRules = record.hiddenRules();
    List<Deviation> items = new ArrayList<>();
    for (DeviationEntry entry : deviations.naming(id)) {
      PersonalData personal = entry.facts().personal();
      List<String> namedAs = new ArrayList<>();
      if (personal.reporter().equals(Optional.of(id))) {
        namedAs.add("REPORTER");
      }
      if (personal.requester().equals(Optional.of(id))) {
        namedAs.add("REQUESTER");
      }
      if (personal.target().equals(Optional.of(id))) {
        namedAs.add("TARGET");
      }
      // An entry of a whistleblowing rule is the reporter's: to the person it names, even that it
      // exists could point at who reported.
      if (whistleblowingRules.contains(entry.facts().ruleId())
          && !namedAs.contains("REPORTER")
          && !namedAs.contains("REQUESTER")) {
        continue;
      }
      items.add(
          new Deviation(
              entry.seq(),
              entry.recordedAt(),
              entry.facts().occurredAt(),
              entry.facts().kind().name(),
              entry.facts().policyKey(),
              entry.facts().policyVersion(),
              entry.facts().ruleId(),
              entry.facts().ruleTitle(),
              entry.facts().summary(),
              List.copyOf(namedAs)));
    }
    return items;
  }

  /**
   * The free texts that name the person, wherever they are kept: requests (subject, purpose, forum,
   * notes), the deviation record's descriptions and correction reasons, site visits' notes. What
   * the whistleblowing act protects stays out as elsewhere in the export: a report someone else
   * made is only said to exist; an entry of a whistleblowing rule is only its reporter's or
   * requester's. A substitution's reason is not searched: it is the absent person's, which the
   * export gives no one else. Each text once, in the order read.
   */
  private List<Mention> mentions(Person person) {
    TextMentions naming = TextMentions.of(person);
    PersonId id = person.id();
    List<Mention> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<RequestId, Optional<ContactRequest>> read = new HashMap<>();
    for (RequestText text : requests.texts()) {
      if (!naming.in(text.text())) {
        continue;
      }
      Optional<ContactRequest> request = read.computeIfAbsent(text.request(), requests::find);
      if (request.isEmpty()) {
        continue;
      }
      ContactRequest r = request.get();
      boolean shown =
          Whistleblowing.toTheDataSubject(r.contact().kind(), r.contact().requesterPerson(), id)
              .equals(Disclosure.FULL);
      if (!shown) {
        if (seen.add("withheld " + text.request().value())) {
          found.add(
              new MentionWithheld(
                  "REQUEST",
                  r.contact().kind().name(),
                  r.createdAt(),
                  PersonalDataExport.WITHHELD));
        }
        continue;
      }
      // A step's note is also its history entry's: the text once per request.
      if (seen.add("REQUEST " + text.request().value() + " " + text.text())) {
        found.add(
            new Mentioned("REQUEST", text.request().value(), text.field(), text.at(), text.text()));
      }
    }
    Set<String> whistleblowingRules = record.hiddenRules();
    for (DeviationEntry entry : deviations.describing()) {
      PersonalData personal = entry.facts().personal();
      String text = personal.description().orElseThrow();
      boolean reportedOrAsked =
          personal.reporter().equals(Optional.of(id))
              || personal.requester().equals(Optional.of(id));
      if (!naming.in(text)
          || (whistleblowingRules.contains(entry.facts().ruleId()) && !reportedOrAsked)) {
        continue;
      }
      found.add(
          new Mentioned(
              "DEVIATION",
              Long.toString(entry.seq()),
              entry.facts().corrects().isPresent() ? "correctionReason" : "description",
              entry.recordedAt(),
              text));
    }
    for (SiteVisit visit : visits.withNotes()) {
      String note = visit.note().orElseThrow();
      if (naming.in(note)) {
        found.add(
            new Mentioned("SITE_VISIT", visit.id().value(), "note", visit.registeredAt(), note));
      }
    }
    return found;
  }

  private List<Substitution> substitutions(PersonId id, PersonNames names, LocalDate today) {
    return substitutions.mine(id, null).stream()
        .map(
            s -> {
              List<String> roles = new ArrayList<>();
              if (s.absent().equals(id)) {
                roles.add("ABSENT");
              }
              if (s.substitute().equals(id)) {
                roles.add("SUBSTITUTE");
              }
              if (s.namedBy().equals(id)) {
                roles.add("NAMED_BY");
              }
              if (s.ending().map(e -> e.by().equals(id)).orElse(false)) {
                roles.add("ENDED_BY");
              }
              return new Substitution(
                  s.id().value(),
                  List.copyOf(roles),
                  names.ref(s.absent()),
                  names.ref(s.substitute()),
                  s.from(),
                  s.to(),
                  s.lastDay().orElse(null),
                  s.statusOn(today).name(),
                  // The reason is the absent person's: the substitute does not get it.
                  s.mayReadReason(id) ? s.reason().orElse(null) : null,
                  names.ref(s.namedBy()),
                  s.namedAt(),
                  s.ending().map(e -> names.ref(e.by())).orElse(null),
                  s.ending().map(e -> e.at()).orElse(null));
            })
        .toList();
  }
}
