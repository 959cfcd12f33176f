package se.samspel.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactKind;
import se.samspel.report.application.ReportContact;
import se.samspel.report.application.ReportOutcome;
import se.samspel.routing.domain.Target;
import se.samspel.visit.domain.SiteVisit;
import se.samspel.visit.domain.SiteVisitId;
import se.samspel.visit.domain.SiteVisitStore;

/**
 * Use case: a politician registers a spontaneous site visit afterwards (Alingsås,
 * <i>Kommunikation</i>: "Det kan finnas anledningar till att göra spontana verksamhetsbesök, men
 * majoriteten av verksamhetsbesöken ska samordnas med aktuell nämnd/styrelse och
 * förvaltningsledning."). The visit is stored, and judged as a reported contact of kind {@code
 * SITE_VISIT_SPONTANEOUS} from the politician to what was visited, through {@link ReportContact}:
 * where the policy in force that day routes site visits (Kungsör {@code KUN-POLITICIAN-SITE-VISIT})
 * the visit is a deviation and is recorded in the deviation record; where it leaves them free
 * (Alingsås {@code ALI-SITE-VISIT-SPONTANEOUS}) it is not. Both are counted by the yearly review.
 * Visit and deviation are stored in one transaction.
 */
@ApplicationScoped
public class RegisterSiteVisit {

  /** How far back a visit may be registered: the yearly review's twelve months and one more. */
  public static final int MAX_YEARS_BACK = 2;

  /** The code of a registration whose content is refused (422). */
  public static final String INVALID = "site-visit-invalid";

  private final SiteVisitStore store;
  private final ReportContact reportContact;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public RegisterSiteVisit(
      SiteVisitStore store,
      ReportContact reportContact,
      OrganisationDirectory directory,
      Clock clock) {
    this.store = store;
    this.reportContact = reportContact;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * A visit as registered; every field may be missing, the use case names what is.
   *
   * @param unit the visited unit's id (a unit inside a department); or
   * @param position the visited position's id (a post inside a department)
   * @param visitedOn the day of the visit: not in the future, at most {@link #MAX_YEARS_BACK} years
   *     back
   * @param note at most {@link SiteVisit#MAX_NOTE_LENGTH} characters
   * @param requesterPosition which of the caller's political positions; when missing, the one on
   *     the committee responsible for the visited department, else the first by id
   */
  public record Command(
      Optional<String> unit,
      Optional<String> position,
      Optional<LocalDate> visitedOn,
      Optional<String> note,
      Optional<String> requesterPosition) {
    public Command {
      Objects.requireNonNull(unit);
      Objects.requireNonNull(position);
      Objects.requireNonNull(visitedOn);
      Objects.requireNonNull(note);
      Objects.requireNonNull(requesterPosition);
    }
  }

  /** The stored visit and what the guideline said of it. */
  public record Registered(SiteVisit visit, ReportOutcome outcome) {}

  /**
   * Registers the visit.
   *
   * @throws SamspelException FORBIDDEN ({@code forbidden}) when the visitor holds no political
   *     position today; UNPROCESSABLE ({@value #INVALID}, every field at fault named) for neither
   *     or both of {@code unit} and {@code position}, an unknown one or one outside every
   *     department, a missing {@code visitedOn} or one in the future or too far back, a {@code
   *     note} too long, a {@code requesterPosition} that is not one of the visitor's political
   *     positions
   */
  @Transactional
  public Registered register(PersonId visitor, Command command) {
    LocalDate today = LocalDate.now(clock);
    OrganisationGraph graph = directory.current();
    List<Position> political =
        graph.positionsHeldBy(visitor, today).stream()
            .filter(p -> p.kind().isPolitical())
            .sorted(Comparator.comparing(p -> p.id().value()))
            .toList();
    if (political.isEmpty()) {
      throw SamspelException.forbidden(
          "Only a person holding a political position registers a site visit");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Optional<Target> target = Optional.empty();
    Optional<UnitId> department = Optional.empty();
    Optional<String> unit = command.unit().map(String::trim).filter(s -> !s.isEmpty());
    Optional<String> position = command.position().map(String::trim).filter(s -> !s.isEmpty());
    if (unit.isPresent() == position.isPresent()) {
      problems.add(FieldProblem.of("unit", "give either unit or position (the one visited)"));
    } else if (unit.isPresent()) {
      Optional<Unit> found = graph.unit(new UnitId(unit.get()));
      department = found.flatMap(u -> graph.departmentOfUnit(u.id())).map(Unit::id);
      if (found.isEmpty()) {
        problems.add(FieldProblem.of("unit", "no unit with id '" + unit.get() + "'"));
      } else if (department.isEmpty()) {
        problems.add(FieldProblem.of("unit", "is not a unit of the administration's departments"));
      } else {
        target = Optional.of(new Target.OfUnit(found.get().id()));
      }
    } else {
      Optional<Position> found = graph.position(new PositionId(position.get()));
      department = found.flatMap(p -> graph.departmentOf(p.id())).map(Unit::id);
      if (found.isEmpty()) {
        problems.add(FieldProblem.of("position", "no position with id '" + position.get() + "'"));
      } else if (department.isEmpty()) {
        problems.add(
            FieldProblem.of("position", "is not a post in the administration's departments"));
      } else {
        target = Optional.of(new Target.OfPosition(found.get().id()));
      }
    }
    if (command.visitedOn().isEmpty()) {
      problems.add(FieldProblem.of("visitedOn", "is required (YYYY-MM-DD)"));
    } else if (command.visitedOn().get().isAfter(today)) {
      problems.add(FieldProblem.of("visitedOn", "lies in the future: register a visit afterwards"));
    } else if (command.visitedOn().get().isBefore(today.minusYears(MAX_YEARS_BACK))) {
      problems.add(
          FieldProblem.of("visitedOn", "lies more than " + MAX_YEARS_BACK + " years back"));
    }
    Optional<String> note = command.note().map(String::strip).filter(s -> !s.isEmpty());
    if (note.isPresent() && note.get().length() > SiteVisit.MAX_NOTE_LENGTH) {
      problems.add(
          FieldProblem.of("note", "is longer than " + SiteVisit.MAX_NOTE_LENGTH + " characters"));
    }
    Position requester = political.get(0);
    Optional<String> asked =
        command.requesterPosition().map(String::trim).filter(s -> !s.isEmpty());
    if (asked.isPresent()) {
      Optional<Position> held =
          political.stream().filter(p -> p.id().value().equals(asked.get())).findFirst();
      if (held.isEmpty()) {
        problems.add(
            FieldProblem.of("requesterPosition", "is not a political position you hold today"));
      } else {
        requester = held.get();
      }
    } else if (department.isPresent()) {
      Optional<UnitId> committee = graph.responsibleCommitteeOf(department.get()).map(Unit::id);
      requester =
          political.stream()
              .filter(p -> committee.isPresent() && p.unit().equals(committee.get()))
              .findFirst()
              .orElse(requester);
    }
    if (!problems.isEmpty()) {
      throw new SamspelException(
          SamspelException.Kind.UNPROCESSABLE,
          INVALID,
          problems.size() + " problem(s) with the site visit; nothing was registered",
          problems);
    }
    LocalDate day = command.visitedOn().get();
    ReportOutcome outcome =
        reportContact.report(
            visitor,
            new ReportContact.Report(
                Optional.of(requester.id()),
                Optional.empty(),
                target.get(),
                ContactKind.SITE_VISIT_SPONTANEOUS,
                ContactContext.ON_DUTY,
                Optional.empty(),
                Set.of(),
                day.atStartOfDay(clock.getZone()).toInstant(),
                note));
    SiteVisit visit =
        new SiteVisit(
            SiteVisitId.random(),
            visitor,
            requester.id(),
            unit.map(UnitId::new),
            position.map(PositionId::new),
            department.get(),
            day,
            note,
            clock.instant(),
            judgement(outcome));
    store.add(visit);
    return new Registered(visit, outcome);
  }

  private static SiteVisit.Judgement judgement(ReportOutcome outcome) {
    if (outcome instanceof ReportOutcome.Recorded r) {
      return new SiteVisit.Judgement(
          SiteVisit.Verdict.DEVIATION,
          Optional.of(r.policy().policy().key()),
          Optional.of(r.policy().policy().version()),
          Optional.of(r.verdict().deciding().id()),
          Optional.empty(),
          Optional.of(r.seq()));
    }
    if (outcome instanceof ReportOutcome.InLine in) {
      return new SiteVisit.Judgement(
          SiteVisit.Verdict.NO_DEVIATION,
          Optional.of(in.policy().policy().key()),
          Optional.of(in.policy().policy().version()),
          in.verdict().rule().map(r -> r.id()),
          Optional.of(in.verdict().reason().kind().name()),
          Optional.empty());
    }
    if (outcome instanceof ReportOutcome.NoGuidelineThen) {
      return new SiteVisit.Judgement(
          SiteVisit.Verdict.NO_GUIDELINE_THEN,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    // Protected (media) and ForWhistleblowerFunction cannot answer a site visit.
    throw new IllegalStateException("a site visit cannot be " + outcome.getClass().getSimpleName());
  }
}
