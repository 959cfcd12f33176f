package se.samspel.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.Oversight;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestReader;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.RequestSummary;
import se.samspel.request.domain.Whistleblowing;

/** Reading requests: one's own, one's inbox, and single requests one takes part in. */
@ApplicationScoped
public class ReadRequests {

  private final ContactRequestRepository requests;
  private final Capacities capacities;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public ReadRequests(
      ContactRequestRepository requests,
      Capacities capacities,
      OrganisationDirectory directory,
      Clock clock) {
    this.requests = requests;
    this.capacities = capacities;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * An inbox page and the counts per status; {@code reader} says what of each item they may see
   * ({@link RequestReader#of(RequestSummary)}).
   */
  public record Inbox(
      List<RequestSummary> items,
      Map<RequestStatus, Long> counts,
      long total,
      RequestReader reader) {}

  /** A page of a person's own requests, and the reader, who may see all of their own. */
  public record Mine(List<RequestSummary> items, long total, RequestReader reader) {}

  /**
   * The reader as {@link Whistleblowing} judges them: whether they hold a whistleblower function
   * today, appointed or acting (as the role {@code whistleblower-function} is given), decides what
   * they see of whistleblowing reports. Every read of a request, in the API and on the pages, asks
   * this one method.
   */
  public RequestReader reader(PersonId person) {
    boolean function =
        directory.current().positionsHeldBy(person, LocalDate.now(clock)).stream()
            .anyMatch(p -> Whistleblowing.isFunction(p.kind()));
    return new RequestReader(person, function);
  }

  /**
   * A request the reader may see ({@link ContactRequest#visibleTo}): one they take part in, or one
   * that waits on, or climbed away from, a position they hold or one below it. Any other is
   * reported as not found.
   */
  @Transactional
  public ContactRequest get(PersonId reader, RequestId id) {
    Capacity capacity = capacities.of(reader, LocalDate.now(clock));
    Oversight oversight = Oversight.of(capacity.positions(), directory.current());
    return requests
        .find(id)
        .filter(r -> r.visibleTo(reader, capacity, oversight))
        .orElseThrow(() -> SamspelException.notFound("request", id.value()));
  }

  @Transactional
  public Inbox inbox(PersonId reader, int page, int size) {
    Set<PositionId> held = capacities.of(reader, LocalDate.now(clock)).positions();
    Map<RequestStatus, Long> counts = requests.countWaitingOn(held);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new Inbox(requests.waitingOn(held, page, size), counts, total, reader(reader));
  }

  @Transactional
  public Mine mine(PersonId reader, int page, int size) {
    return new Mine(
        requests.madeBy(reader, page, size), requests.countMadeBy(reader), reader(reader));
  }
}
