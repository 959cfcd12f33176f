package se.samspel.escalation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactKind;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestStatus;

/**
 * An open request as a manager's escalation list shows it: where it waits, since which level, and
 * how much time is left before it climbs again. Carries no requester, so a whistleblower cannot be
 * named through it.
 *
 * @param waitingOn the position its waiting step is on now
 * @param escalatedFrom the position the route placed the waiting step on, once it has climbed
 * @param level how many levels the waiting step has climbed (0: still where the route placed it)
 * @param escalations how many times any step of the request has climbed
 * @param dueAt when the waiting step climbs next; empty once it is stuck at the top
 * @param acknowledgedBy who took the matter at this level ("Ta"), which stops its clock until
 *     {@code dueAt}; empty until someone does
 * @param acknowledgedAt when they took it
 */
public record EscalatedRequest(
    RequestId id,
    String subject,
    ContactKind kind,
    RequestStatus status,
    PositionId waitingOn,
    Optional<PositionId> escalatedFrom,
    int level,
    int escalations,
    Optional<Instant> dueAt,
    boolean stuckAtTop,
    Instant createdAt,
    Optional<PersonId> acknowledgedBy,
    Optional<Instant> acknowledgedAt) {

  public EscalatedRequest {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(status, "status is required");
    Objects.requireNonNull(waitingOn, "waitingOn is required");
    Objects.requireNonNull(escalatedFrom, "escalatedFrom is required (may be empty)");
    Objects.requireNonNull(dueAt, "dueAt is required (may be empty)");
    Objects.requireNonNull(acknowledgedBy, "acknowledgedBy is required (may be empty)");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt is required (may be empty)");
  }

  /** Whether its deadline has passed (the same rule the sweeper escalates by). */
  public boolean isOverdue(Instant now) {
    return dueAt.map(due -> !due.isAfter(now)).orElse(false);
  }

  /** The time left until its deadline, negative once it has passed; empty without a deadline. */
  public Optional<Duration> timeLeft(Instant now) {
    return dueAt.map(due -> Duration.between(now, due));
  }
}
