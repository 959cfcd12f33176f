package se.samspel.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.RequestSummary;

/** Reading requests: one's own, one's inbox, and single requests one takes part in. */
@ApplicationScoped
public class ReadRequests {

  private final ContactRequestRepository requests;
  private final Capacities capacities;
  private final Clock clock;

  public ReadRequests(ContactRequestRepository requests, Capacities capacities, Clock clock) {
    this.requests = requests;
    this.capacities = capacities;
    this.clock = clock;
  }

  /** An inbox page and the counts per status. */
  public record Inbox(List<RequestSummary> items, Map<RequestStatus, Long> counts, long total) {}

  /** A page of a person's own requests. */
  public record Mine(List<RequestSummary> items, long total) {}

  /** A request the reader takes part in; any other is reported as not found. */
  @Transactional
  public ContactRequest get(PersonId reader, RequestId id) {
    return requests
        .find(id)
        .filter(r -> r.involves(reader, capacities.of(reader, LocalDate.now(clock))))
        .orElseThrow(() -> SamspelException.notFound("request", id.value()));
  }

  @Transactional
  public Inbox inbox(PersonId reader, int page, int size) {
    Set<PositionId> held = capacities.of(reader, LocalDate.now(clock)).positions();
    Map<RequestStatus, Long> counts = requests.countWaitingOn(held);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new Inbox(requests.waitingOn(held, page, size), counts, total);
  }

  @Transactional
  public Mine mine(PersonId reader, int page, int size) {
    return new Mine(requests.madeBy(reader, page, size), requests.countMadeBy(reader));
  }
}
