package se.samspel.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.Outcome;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.ReviewSpec;
import se.samspel.request.domain.Whistleblowing;
import se.samspel.review.domain.Review;
import se.samspel.review.domain.ReviewCalculator;
import se.samspel.review.domain.ReviewFigures;
import se.samspel.review.domain.ReviewPeriod;
import se.samspel.review.domain.ReviewSource;
import se.samspel.review.domain.Suppression;

/**
 * Produces the yearly review for a period: reads the facts, works out the figures, names the
 * departments and the owners holding KD and KSO today, and attaches what the guideline in force
 * says about its review.
 */
@ApplicationScoped
public class ProduceReview {

  /** The longest period one review may cover. */
  static final int MAX_YEARS = 10;

  private final ReviewSource source;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final Clock clock;
  private final Suppression suppression;

  public ProduceReview(
      ReviewSource source,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      Clock clock,
      @ConfigProperty(name = "samspel.review.suppress-below", defaultValue = "3") int threshold) {
    this.source = source;
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
    this.suppression = new Suppression(threshold);
  }

  /** The anonymisation rule of the public review. */
  public Suppression suppression() {
    return suppression;
  }

  /**
   * The period asked for: nothing = the last twelve months up to today; {@code from} and/or {@code
   * to} (YYYY-MM-DD, {@code to} inclusive); or {@code term} = current or previous.
   */
  public ReviewPeriod period(String from, String to, String term) {
    LocalDate today = LocalDate.now(clock);
    if (term != null && !term.isBlank()) {
      if (from != null || to != null) {
        throw SamspelException.invalid("term", "give either term or from/to, not both");
      }
      return switch (term.trim()) {
        case "current" -> ReviewPeriod.termOf(today);
        case "previous" -> ReviewPeriod.previousTermOf(today);
        default -> throw SamspelException.invalid("term", "must be 'current' or 'previous'");
      };
    }
    if (from == null && to == null) {
      return ReviewPeriod.lastTwelveMonths(today);
    }
    Optional<LocalDate> f = date("from", from);
    Optional<LocalDate> t = date("to", to);
    LocalDate end = t.orElse(today).plusDays(1);
    LocalDate start = f.orElse(end.minusMonths(12));
    if (!end.isAfter(start)) {
      throw SamspelException.invalid("to", "must not be before from");
    }
    if (start.plusYears(MAX_YEARS).isBefore(end)) {
      throw SamspelException.invalid("from", "a review covers at most " + MAX_YEARS + " years");
    }
    return new ReviewPeriod(start, end, "custom");
  }

  private static Optional<LocalDate> date(String name, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException e) {
      throw SamspelException.invalid(name, "must be a date YYYY-MM-DD");
    }
  }

  /**
   * The stuck requests the review may name. A report to the whistleblower function is counted in
   * the escalation and lead-time figures like any request, but never listed by id: the act keeps
   * everything about it with the function, and the review is read by KD, the KSO and auditors.
   */
  private static List<ReviewSource.RequestFact> namedWhenStuck(
      List<ReviewSource.RequestFact> stuck) {
    return stuck.stream().filter(r -> !protectedReport(r.kind())).toList();
  }

  private static boolean protectedReport(String kind) {
    for (ContactKind k : ContactKind.values()) {
      if (k.name().equals(kind)) {
        return Whistleblowing.concerns(k);
      }
    }
    return false;
  }

  @Transactional
  public Review produce(ReviewPeriod period) {
    ZoneId zone = clock.getZone();
    var from = period.from().atStartOfDay(zone).toInstant();
    var to = period.to().atStartOfDay(zone).toInstant();
    ReviewFigures figures =
        ReviewCalculator.compute(
            period,
            zone,
            source.deviations(from, to),
            source.requests(from, to),
            namedWhenStuck(source.stuckAtTop()),
            source.registeredSiteVisits(period.from(), period.to()));
    OrganisationGraph graph = directory.current();
    Map<String, String> unitNames = new HashMap<>();
    for (ReviewFigures.DepartmentCount d : figures.byDepartment()) {
      d.unitId()
          .ifPresent(id -> graph.unit(new UnitId(id)).ifPresent(u -> unitNames.put(id, u.name())));
    }
    Optional<PolicyVersion> active = policies.active();
    Optional<ReviewSpec> spec = active.flatMap(v -> v.policy().review());
    List<ReviewSpec.Owner> ownerRoles =
        spec.map(ReviewSpec::owners).orElse(List.of(ReviewSpec.Owner.KD, ReviewSpec.Owner.KSO));
    LocalDate today = LocalDate.now(clock);
    List<Review.Owner> owners = new ArrayList<>();
    for (ReviewSpec.Owner role : ownerRoles) {
      Optional<Position> position = role == ReviewSpec.Owner.KD ? graph.kd() : graph.kso();
      owners.add(
          new Review.Owner(
              role.name(),
              position.map(Position::title).orElse(role.name()),
              position.flatMap(p -> graph.holderOn(p.id(), today)).map(p -> p.name())));
    }
    return new Review(
        clock.instant(),
        active.map(v -> v.policy().key() + " v" + v.policy().version()).orElse(null),
        figures,
        unitNames,
        owners,
        spec.map(
            s ->
                new Review.Attached(
                    s.citation().section(), s.citation().quote(), s.evaluationQuestions())),
        source.recordHeadHash(),
        active.flatMap(ProduceReview::coordinatedVisitRule));
  }

  /**
   * The rule of a guideline that has a politician's site visits coordinated: the first rule that
   * routes a contact of kind SITE_VISIT_COORDINATED from an elected member, whatever the flags
   * (Kungsör {@code KUN-POLITICIAN-SITE-VISIT}, Alingsås {@code ALI-SITE-VISIT-COORDINATED}). The
   * review cites it next to the share of coordinated visits.
   */
  static Optional<Review.CitedRule> coordinatedVisitRule(PolicyVersion version) {
    return version.policy().rules().stream()
        .filter(r -> r.outcome() == Outcome.ROUTE)
        .filter(r -> r.when().kinds().contains(ContactKind.SITE_VISIT_COORDINATED))
        .filter(r -> r.when().requesters().contains(PartyType.ELECTED_MEMBER))
        .filter(r -> r.when().flags().isEmpty())
        .findFirst()
        .map(
            r -> new Review.CitedRule(r.id(), r.title(), r.source().section(), r.source().quote()));
  }
}
