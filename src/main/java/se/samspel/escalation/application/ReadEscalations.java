package se.samspel.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.samspel.escalation.domain.EscalatedRequest;
import se.samspel.escalation.domain.EscalationQueries;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.application.Capacities;

/**
 * A manager's view of what waits in their part of the organisation: the open requests that reached
 * them or anyone below them, and those that climbed away from there. The positions are the ones the
 * reader acts in today (appointed, acting, or as a substitute); the same rule lets them read each
 * request ({@code ContactRequest.waitsWithin}).
 */
@ApplicationScoped
public class ReadEscalations {

  private final EscalationQueries queries;
  private final Capacities capacities;
  private final Clock clock;

  public ReadEscalations(EscalationQueries queries, Capacities capacities, Clock clock) {
    this.queries = queries;
    this.capacities = capacities;
    this.clock = clock;
  }

  /** One page of the list, read at one instant. */
  public record Listing(List<EscalatedRequest> items, long total, Instant now, LocalDate day) {}

  @Transactional
  public Listing page(PersonId reader, int page, int size) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    Set<PositionId> positions = capacities.of(reader, day).positions();
    if (positions.isEmpty()) {
      return new Listing(List.of(), 0, now, day);
    }
    return new Listing(
        queries.within(positions, now, page, size), queries.countWithin(positions), now, day);
  }
}
