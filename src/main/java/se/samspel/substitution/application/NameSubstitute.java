package se.samspel.substitution.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.SubstituteChain;
import se.samspel.substitution.domain.SubstituteNamed;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionRoster;
import se.samspel.substitution.domain.SubstitutionStore;

/**
 * Names a substitute for a period of absence. The caller names one for themselves, or a manager for
 * a direct report; the caller is recorded as who named it. The period must not overlap another
 * substitution of the same absent person, and must not close a circle of substitutes on any of its
 * days (the resolver copes with one, but then no one acts, which is never what the person naming
 * wants). The check and the write run under the store's change lock, so two instances cannot both
 * pass the check with overlapping periods. {@link SubstituteNamed} is fired in the same transaction
 * (the audit trail keeps those named for another).
 */
@ApplicationScoped
public class NameSubstitute {

  private static final Logger LOG = Logger.getLogger(NameSubstitute.class);

  private final SubstitutionStore store;
  private final SubstitutionDirectory substitutions;
  private final OrganisationDirectory organisation;
  private final SubstitutionConfig config;
  private final Clock clock;
  private final Event<SubstituteNamed> named;

  public NameSubstitute(
      SubstitutionStore store,
      SubstitutionDirectory substitutions,
      OrganisationDirectory organisation,
      SubstitutionConfig config,
      Clock clock,
      Event<SubstituteNamed> named) {
    this.store = store;
    this.substitutions = substitutions;
    this.organisation = organisation;
    this.config = config;
    this.clock = clock;
    this.named = named;
  }

  /**
   * What to name.
   *
   * @param absent who is away; empty for the caller
   * @param to the last day of the absence, inclusive
   */
  public record Command(
      Optional<PersonId> absent,
      PersonId substitute,
      LocalDate from,
      LocalDate to,
      Optional<String> reason) {
    public Command {
      Objects.requireNonNull(absent, "absent is required (may be empty)");
      Objects.requireNonNull(substitute, "substitute is required");
      Objects.requireNonNull(from, "from is required");
      Objects.requireNonNull(to, "to is required");
      Objects.requireNonNull(reason, "reason is required (may be empty)");
    }
  }

  public Substitution name(PersonId caller, Command command) {
    LocalDate today = LocalDate.now(clock);
    OrganisationGraph graph = organisation.current();
    PersonId absent = command.absent().orElse(caller);
    if (!absent.equals(caller)) {
      if (graph.person(absent).isEmpty()) {
        throw unknownPerson("absent", absent);
      }
      if (!SubstitutionAuthority.mayArrangeFor(graph, caller, absent, today)) {
        throw SamspelException.forbidden(
            "You may name a substitute only for yourself or for someone who reports directly to"
                + " you");
      }
    }
    if (graph.person(command.substitute()).isEmpty()) {
      throw unknownPerson("substitute", command.substitute());
    }
    if (command.substitute().equals(absent)) {
      throw SamspelException.invalid(
          "substitute", "is the absent person; name someone else to act for them");
    }
    if (command.to().isBefore(command.from())) {
      throw SamspelException.invalid("to", "is before from");
    }
    if (command.from().isBefore(today)) {
      throw SamspelException.invalid(
          "from",
          "is in the past; a substitute applies from today (" + today + ") at the earliest");
    }
    long days = ChronoUnit.DAYS.between(command.from(), command.to()) + 1;
    if (days > config.maxPeriodDays()) {
      throw SamspelException.invalid(
          "to",
          "the period is "
              + days
              + " days long; one substitution covers at most "
              + config.maxPeriodDays()
              + " days");
    }
    Optional<String> reason = command.reason().map(String::strip).filter(r -> !r.isEmpty());
    if (reason.isPresent() && reason.get().length() > Substitution.MAX_REASON_LENGTH) {
      throw SamspelException.invalid(
          "reason", "is longer than " + Substitution.MAX_REASON_LENGTH + " characters");
    }
    Substitution substitution =
        Substitution.named(
            absent,
            command.substitute(),
            command.from(),
            command.to(),
            reason,
            caller,
            clock.instant());

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              store.lockForChange();
              SubstitutionRoster roster =
                  SubstitutionRoster.of(
                      store.endingOnOrAfter(substitution.from()), config.maxChainLength());
              refuseOverlap(graph, roster, substitution);
              refuseCycle(graph, roster, substitution);
              store.add(substitution);
              store.changed();
              named.fire(new SubstituteNamed(substitution));
            });
    substitutions.reload();
    LOG.infof(
        "Substitute named: %s acts for %s from %s to %s (named by %s, substitution %s)",
        substitution.substitute(),
        absent,
        substitution.from(),
        substitution.to(),
        caller,
        substitution.id());
    return substitution;
  }

  private static void refuseOverlap(
      OrganisationGraph graph, SubstitutionRoster roster, Substitution candidate) {
    List<Substitution> overlapping =
        roster.overlapping(candidate.absent(), candidate.from(), candidate.to());
    if (overlapping.isEmpty()) {
      return;
    }
    Substitution existing = overlapping.get(0);
    String message =
        describe(graph, candidate.absent())
            + " already has a substitute from "
            + existing.from()
            + " to "
            + existing.lastDay().orElseThrow()
            + " (substitution "
            + existing.id()
            + ", "
            + describe(graph, existing.substitute())
            + "); end it or choose days that do not overlap";
    throw new SamspelException(
        SamspelException.Kind.CONFLICT,
        "substitution-overlap",
        message,
        List.of(
            FieldProblem.of("from", "overlaps substitution " + existing.id()),
            FieldProblem.of("to", "overlaps substitution " + existing.id())));
  }

  private static void refuseCycle(
      OrganisationGraph graph, SubstitutionRoster roster, Substitution candidate) {
    SubstitutionRoster tried = roster.with(candidate);
    for (LocalDate day = candidate.from(); !day.isAfter(candidate.to()); day = day.plusDays(1)) {
      SubstituteChain chain = tried.resolve(candidate.absent(), day);
      if (chain.cycle()) {
        String circle =
            describe(graph, chain.original())
                + " → "
                + chain.via().stream()
                    .map(p -> describe(graph, p) + " → ")
                    .collect(Collectors.joining())
                + describe(graph, returningTo(chain, tried, day));
        throw new SamspelException(
            SamspelException.Kind.CONFLICT,
            "substitution-cycle",
            "On "
                + day
                + " this closes a circle of substitutes who are all away ("
                + circle
                + "): no one would be present to act",
            List.of(FieldProblem.of("substitute", "is away on " + day + " and the chain returns")));
      }
    }
  }

  /** The person the cycle returns to: the substitute of the last person passed. */
  private static PersonId returningTo(
      SubstituteChain chain, SubstitutionRoster roster, LocalDate day) {
    PersonId last =
        chain.via().isEmpty() ? chain.original() : chain.via().get(chain.via().size() - 1);
    return roster.inForce(last, day).map(Substitution::substitute).orElse(last);
  }

  static String describe(OrganisationGraph graph, PersonId person) {
    return graph.person(person).map(p -> p.name() + " (" + person + ")").orElse(person.value());
  }

  private static SamspelException unknownPerson(String field, PersonId person) {
    return new SamspelException(
        SamspelException.Kind.UNPROCESSABLE,
        "unknown-person",
        field + ": no person with id '" + person + "' in the organisation",
        List.of(FieldProblem.of(field, "no person with id '" + person + "'")));
  }
}
