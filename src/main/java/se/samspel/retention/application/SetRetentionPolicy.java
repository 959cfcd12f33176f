package se.samspel.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.retention.domain.RetentionDecision;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionPolicyChanged;
import se.samspel.retention.domain.RetentionStore;

/**
 * Records the current municipality's retention decision (an administrator of the municipality). The
 * next culling run applies it; a shorter period than before culls what it makes due at once.
 */
@ApplicationScoped
public class SetRetentionPolicy {

  /** The shortest period Samspel accepts: a day (a shorter one is a typing error, not a plan). */
  static final Period SHORTEST = Period.ofDays(1);

  /**
   * The decision as asked for, unchecked.
   *
   * @param closedRequests ISO-8601 period, e.g. {@code P2Y}
   * @param whistleblowingReports ISO-8601 period, at most {@code P2Y}
   * @param notifications ISO-8601 period
   * @param deviationPersonalData ISO-8601 period
   * @param reference the decision's reference
   * @param section the decision's section, may be null
   * @param quote the decision's words, may be null
   * @param decidedOn YYYY-MM-DD, not in the future
   * @param version the version read (0 when none is stored yet)
   */
  public record Command(
      String closedRequests,
      String whistleblowingReports,
      String notifications,
      String deviationPersonalData,
      String reference,
      String section,
      String quote,
      String decidedOn,
      Long version) {}

  /** Who records it, as their token names them. */
  public record Administrator(Optional<String> person, Optional<String> login) {}

  private final RetentionStore store;
  private final Event<RetentionPolicyChanged> changed;
  private final Clock clock;

  public SetRetentionPolicy(
      RetentionStore store, Event<RetentionPolicyChanged> changed, Clock clock) {
    this.store = store;
    this.changed = changed;
    this.clock = clock;
  }

  /**
   * Validates and stores the decision.
   *
   * @return the decision as stored, with its new version
   * @throws SamspelException invalid input naming every wrong field at once ({@code
   *     closedRequests}, {@code whistleblowingReports}, {@code notifications}, {@code
   *     deviationPersonalData}, {@code decision.reference}, {@code decision.section}, {@code
   *     decision.quote}, {@code decision.decidedOn}, {@code version}); conflict {@code
   *     retention-changed} when the stored version is no longer the one named
   */
  @Transactional
  public RetentionPolicy set(Command command, Administrator administrator) {
    List<FieldProblem> problems = new ArrayList<>();
    Period closed = period("closedRequests", command.closedRequests(), problems);
    Period reports = period("whistleblowingReports", command.whistleblowingReports(), problems);
    if (reports != null
        && RetentionPolicy.longer(reports, RetentionPolicy.WHISTLEBLOWING_AT_MOST)) {
      problems.add(
          FieldProblem.of(
              "whistleblowingReports",
              "must be at most P2Y: personal data in a follow-up case may not be kept longer than"
                  + " two years after it was closed ("
                  + RetentionPolicy.WHISTLEBLOWING_LAW
                  + ")"));
    }
    Period notifications = period("notifications", command.notifications(), problems);
    Period deviations = period("deviationPersonalData", command.deviationPersonalData(), problems);
    String reference = command.reference() == null ? "" : command.reference().strip();
    if (reference.isEmpty() || reference.length() > RetentionDecision.MAX_REFERENCE) {
      problems.add(
          FieldProblem.of(
              "decision.reference",
              "must name the decision (its document management plan and diary number),"
                  + " 1 to "
                  + RetentionDecision.MAX_REFERENCE
                  + " characters"));
    }
    Optional<String> section =
        optionalText(
            "decision.section", command.section(), RetentionDecision.MAX_SECTION, problems);
    Optional<String> quote =
        optionalText("decision.quote", command.quote(), RetentionDecision.MAX_QUOTE, problems);
    LocalDate decidedOn = day(command.decidedOn(), problems);
    if (command.version() == null || command.version() < 0) {
      problems.add(
          FieldProblem.of(
              "version", "must be the version read (0 when the municipality has none yet)"));
    }
    if (!problems.isEmpty()) {
      throw new SamspelException(
          SamspelException.Kind.INVALID_INPUT,
          "invalid-input",
          problems.size() + " problem(s) found; the retention decision was not changed",
          problems);
    }
    RetentionPolicy asked =
        new RetentionPolicy(
            closed,
            reports,
            notifications,
            deviations,
            new RetentionDecision(reference, section, quote, decidedOn),
            command.version());
    long version =
        store
            .store(
                asked,
                clock.instant(),
                administrator.login().or(administrator::person).orElse(null))
            .orElseThrow(
                () ->
                    SamspelException.conflict(
                        "retention-changed",
                        "The retention decision was changed since version "
                            + command.version()
                            + " was read; read it again"));
    RetentionPolicy stored =
        new RetentionPolicy(closed, reports, notifications, deviations, asked.decision(), version);
    changed.fire(
        new RetentionPolicyChanged(
            stored, administrator.person(), administrator.login(), clock.instant()));
    return stored;
  }

  private static Period period(String field, String value, List<FieldProblem> problems) {
    String reason = "must be an ISO-8601 period of at least one day, e.g. P2Y, P18M or P90D";
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.of(field, reason));
      return null;
    }
    try {
      Period period = Period.parse(value.strip());
      if (period.isNegative() || RetentionPolicy.longer(SHORTEST, period)) {
        problems.add(FieldProblem.of(field, reason));
        return null;
      }
      return period;
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, reason));
      return null;
    }
  }

  private static Optional<String> optionalText(
      String field, String value, int max, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.strip().length() > max) {
      problems.add(FieldProblem.of(field, "must be at most " + max + " characters"));
    }
    return Optional.of(value.strip());
  }

  private LocalDate day(String value, List<FieldProblem> problems) {
    String reason = "must be the day the decision was taken, YYYY-MM-DD, not in the future";
    if (value == null) {
      problems.add(FieldProblem.of("decision.decidedOn", reason));
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value.strip());
      if (day.isAfter(LocalDate.now(clock))) {
        problems.add(FieldProblem.of("decision.decidedOn", reason));
        return null;
      }
      return day;
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of("decision.decidedOn", reason));
      return null;
    }
  }
}
