package se.samspel.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.common.SamspelException;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.QuestionType;
import se.samspel.policy.domain.Rule;
import se.samspel.report.domain.ContactJudge;
import se.samspel.report.domain.Verdict;
import se.samspel.request.domain.Whistleblowing;
import se.samspel.routing.domain.Requester;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Target;

/**
 * Use case: someone reports a contact that happened. It is judged against the policy in force on
 * the day it happened; a deviation is appended to the deviation record with its rule, quote,
 * prescribed route and severity. A contact the law protects (meddelarfrihet) is refused and nothing
 * about it is stored or logged.
 */
@ApplicationScoped
public class ReportContact {

  private final PolicyCatalog policies;
  private final StatutoryRules statutory;
  private final OrganisationDirectory directory;
  private final DeviationRecorder recorder;
  private final Clock clock;

  public ReportContact(
      PolicyCatalog policies,
      StatutoryRules statutory,
      OrganisationDirectory directory,
      DeviationRecorder recorder,
      Clock clock) {
    this.policies = policies;
    this.statutory = statutory;
    this.directory = directory;
    this.recorder = recorder;
    this.clock = clock;
  }

  /** A contact as reported. */
  public record Report(
      Optional<PositionId> requesterPosition,
      Optional<ExternalParty> requesterExternal,
      Target target,
      ContactKind kind,
      ContactContext context,
      Optional<QuestionType> question,
      Set<ContactFlag> flags,
      Instant occurredAt,
      Optional<String> description,
      Optional<UnitId> concernsUnit) {

    /** A report that names no unit the matter concerns. */
    public Report(
        Optional<PositionId> requesterPosition,
        Optional<ExternalParty> requesterExternal,
        Target target,
        ContactKind kind,
        ContactContext context,
        Optional<QuestionType> question,
        Set<ContactFlag> flags,
        Instant occurredAt,
        Optional<String> description) {
      this(
          requesterPosition,
          requesterExternal,
          target,
          kind,
          context,
          question,
          flags,
          occurredAt,
          description,
          Optional.empty());
    }

    public Report {
      Objects.requireNonNull(target, "target is required");
      Objects.requireNonNull(kind, "kind is required");
      Objects.requireNonNull(occurredAt, "occurredAt is required");
      flags = Set.copyOf(flags);
    }
  }

  /**
   * Judges the report and records a deviation. The entry names the department of the requester's
   * position (none for a politician or an outside party), where the deviation happened, and that of
   * the target's position (or of the unit contacted); the yearly review counts it under the
   * requester's department, or the target's when the requester has none.
   *
   * @return the outcome: recorded (with the entry's number), in line, protected by law, for the
   *     whistleblower function, or no guideline in force that day
   * @throws SamspelException invalid input: {@code occurredAt} in the future, neither or both of
   *     {@code requesterPosition} and {@code requesterExternal}, an unknown requester position
   */
  @Transactional
  public ReportOutcome report(PersonId reporter, Report report) {
    if (Whistleblowing.keepsOutOfTheRecord(report.kind())) {
      return new ReportOutcome.ForWhistleblowerFunction();
    }
    if (report.occurredAt().isAfter(clock.instant())) {
      throw SamspelException.invalid("occurredAt", "lies in the future");
    }
    LocalDate day = LocalDate.ofInstant(report.occurredAt(), clock.getZone());
    Optional<PolicyVersion> inForce = policies.activeOn(day);
    if (inForce.isEmpty()) {
      return new ReportOutcome.NoGuidelineThen(day);
    }
    PolicyVersion policy = inForce.get();
    OrganisationGraph graph = directory.current();
    Requester requester = requester(graph, report);
    RouteQuery contact =
        new RouteQuery(
            requester,
            report.target(),
            report.kind(),
            report.context(),
            report.question(),
            report.flags(),
            Set.of(),
            report.concernsUnit());
    Verdict verdict = ContactJudge.judge(statutory.policy(), policy.policy(), graph, contact, day);
    if (verdict instanceof Verdict.Protected law) {
      return new ReportOutcome.Protected(law.deciding(), statutory.policy().provenance());
    }
    if (verdict instanceof Verdict.NoDeviation none) {
      return new ReportOutcome.InLine(none, policy);
    }
    Verdict.Deviation deviation = (Verdict.Deviation) verdict;
    Optional<Position> requesterPosition = deviation.requesterPosition().flatMap(graph::position);
    Optional<Position> targetPosition = deviation.targetPosition().flatMap(graph::position);
    Rule rule = deviation.deciding();
    long seq =
        recorder.record(
            new NewDeviation(
                DeviationKind.REPORTED_CONTACT,
                report.occurredAt(),
                policy.policy().key(),
                policy.policy().version(),
                rule.id(),
                rule.title(),
                rule.source().section(),
                rule.source().quote(),
                rule.severity(),
                deviation.prescribedRoute(),
                requesterPosition
                    .map(p -> PartyType.of(p.kind()).name())
                    .orElse(report.requesterExternal().map(Enum::name).orElse("UNKNOWN")),
                targetPosition
                    .map(p -> PartyType.of(p.kind()).name())
                    .orElse(
                        report.target() instanceof Target.External e
                            ? e.party().name()
                            : "UNKNOWN"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                deviation.summary(),
                new PersonalData(
                    Optional.of(reporter),
                    requesterPosition.flatMap(p -> holder(graph, p, day)),
                    targetPosition.flatMap(p -> holder(graph, p, day)),
                    report.description()),
                requesterPosition
                    .flatMap(p -> graph.departmentOf(p.id()))
                    .map(Unit::id)
                    .map(Object::toString),
                targetPosition
                    .flatMap(p -> graph.departmentOf(p.id()))
                    .or(
                        () ->
                            report.target() instanceof Target.OfUnit unit
                                ? graph.departmentOfUnit(unit.id())
                                : Optional.empty())
                    .map(Unit::id)
                    .map(Object::toString)));
    return new ReportOutcome.Recorded(deviation, policy, seq);
  }

  private static Optional<PersonId> holder(
      OrganisationGraph graph, Position position, LocalDate day) {
    return graph.holderOn(position.id(), day).map(Person::id);
  }

  private static Requester requester(OrganisationGraph graph, Report report) {
    if (report.requesterExternal().isPresent() == report.requesterPosition().isPresent()) {
      throw SamspelException.invalid(
          "requesterPosition", "give either requesterPosition or requesterExternal");
    }
    if (report.requesterExternal().isPresent()) {
      return new Requester.External(report.requesterExternal().get());
    }
    PositionId id = report.requesterPosition().get();
    graph
        .position(id)
        .orElseThrow(
            () -> SamspelException.notFoundField("requesterPosition", "position", id.value()));
    return new Requester.InPosition(id);
  }
}
