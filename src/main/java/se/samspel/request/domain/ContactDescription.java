package se.samspel.request.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.QuestionType;

/**
 * Who asks whom for what: the contact a request is about.
 *
 * @param requesterPerson the person who made the request (for an external party: who registered it)
 */
public record ContactDescription(
    PersonId requesterPerson,
    Optional<PositionId> requesterPosition,
    Optional<ExternalParty> requesterExternal,
    Optional<PositionId> targetPosition,
    Optional<ExternalParty> targetExternal,
    ContactKind kind,
    ContactContext context,
    Optional<QuestionType> question,
    Set<ContactFlag> flags) {

  public ContactDescription {
    Objects.requireNonNull(requesterPerson, "requesterPerson is required");
    Objects.requireNonNull(requesterPosition, "requesterPosition is required (may be empty)");
    Objects.requireNonNull(requesterExternal, "requesterExternal is required (may be empty)");
    Objects.requireNonNull(targetPosition, "targetPosition is required (may be empty)");
    Objects.requireNonNull(targetExternal, "targetExternal is required (may be empty)");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(context, "context is required");
    Objects.requireNonNull(question, "question is required (may be empty)");
    flags = Set.copyOf(flags);
  }
}
