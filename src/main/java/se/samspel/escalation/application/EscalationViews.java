package se.samspel.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.escalation.domain.EscalatedRequest;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.application.OrganisationViews.PositionRef;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.application.Capacities;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.domain.RequestReader;

/**
 * An escalated request as a reader sees it, for the API and the pages alike: where it waits and
 * with whom (the substitute too), how much time is left; the subject of a whistleblowing report
 * only for the whistleblower function ({@code request.domain.Whistleblowing} decides).
 */
@ApplicationScoped
public class EscalationViews {

  private final Capacities capacities;
  private final ReadRequests requests;

  public EscalationViews(Capacities capacities, ReadRequests requests) {
    this.capacities = capacities;
    this.requests = requests;
  }

  /** The reader as every read of a request judges them ({@link ReadRequests#reader}). */
  public RequestReader reader(PersonId person) {
    return requests.reader(person);
  }

  public EscalationView of(
      EscalatedRequest item,
      OrganisationGraph graph,
      Instant now,
      LocalDate day,
      RequestReader reader) {
    Optional<PersonId> holder = graph.holderOn(item.waitingOn(), day).map(p -> p.id());
    Optional<PersonId> acting = capacities.whoActsIn(item.waitingOn(), day);
    PersonRef substitute =
        acting
            .filter(a -> !Optional.of(a).equals(holder))
            .flatMap(graph::person)
            .map(OrganisationViews::personRef)
            .orElse(null);
    // The list names no requester, so the reader is never taken for the reporter here.
    boolean hideSubject = !reader.ofUnnamed(item.kind()).content();
    return new EscalationView(
        item.id().value(),
        hideSubject ? null : item.subject(),
        item.kind().name(),
        item.status().name(),
        new WaitingOnView(position(graph, item.waitingOn(), day), substitute),
        item.level(),
        item.escalations(),
        item.escalatedFrom().map(p -> position(graph, p, day)).orElse(null),
        item.dueAt().orElse(null),
        item.timeLeft(now).map(EscalationViews::iso).orElse(null),
        item.isOverdue(now),
        item.stuckAtTop(),
        item.createdAt(),
        item.acknowledgedBy()
            .map(
                person ->
                    new TakenView(
                        graph
                            .person(person)
                            .map(OrganisationViews::personRef)
                            .orElse(new PersonRef(person.value(), person.value(), true)),
                        item.acknowledgedAt().orElse(null)))
            .orElse(null));
  }

  private static PositionRef position(OrganisationGraph graph, PositionId id, LocalDate day) {
    return graph
        .position(id)
        .map(p -> OrganisationViews.positionRef(graph, p, day))
        // A position retired since keeps its id.
        .orElse(new PositionRef(id.value(), null, null, null, null, false, true));
  }

  /** ISO-8601 with the sign in front ({@code -PT2H30M}), as {@link Duration#parse} reads it. */
  static String iso(Duration duration) {
    return duration.isNegative() ? "-" + duration.negated() : duration.toString();
  }

  /**
   * Where a request waits: the position (with its holder today) and, when the holder is away, the
   * substitute who acts for them.
   */
  public record WaitingOnView(PositionRef position, PersonRef substitute) {}

  /**
   * Who took the matter at this level and when: its clock stands until the next deadline, and it
   * cannot be taken again at this level.
   */
  public record TakenView(PersonRef by, Instant at) {

    /** The name of who took it; their person id once the organisation no longer knows them. */
    public String name() {
      return by.name();
    }
  }

  /** A request in the escalation list. */
  public record EscalationView(
      String id,
      @Schema(description = "Left out of whistleblowing reports for all but the function")
          String subject,
      String kind,
      String status,
      WaitingOnView waitingOn,
      @Schema(description = "Levels the waiting step has climbed; 0 where the route placed it")
          int level,
      @Schema(description = "How often any step of the request has climbed") int escalations,
      PositionRef escalatedFrom,
      Instant dueAt,
      @Schema(
              description = "ISO-8601 duration until the deadline, negative once it has passed",
              example = "-PT2H30M")
          String timeLeft,
      boolean overdue,
      boolean stuckAtTop,
      Instant createdAt,
      @Schema(description = "Who took the matter at this level, and when; null until someone does")
          TakenView taken) {}
}
