package se.samspel.request.domain;

import java.time.Instant;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.HopAction;

/** A request as lists show it: enough to pick it, without its route and history. */
public record RequestSummary(
    RequestId id,
    String subject,
    ContactKind kind,
    RequestStatus status,
    PersonId requester,
    Optional<PositionId> target,
    Optional<PositionId> waitingOn,
    Optional<HopAction> waitingFor,
    Optional<Instant> dueAt,
    String ruleId,
    Instant createdAt,
    Instant updatedAt) {}
