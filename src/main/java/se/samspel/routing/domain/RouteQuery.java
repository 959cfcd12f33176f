package se.samspel.routing.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.QuestionType;

/** A contact to route. */
public record RouteQuery(
    Requester requester,
    Target target,
    ContactKind kind,
    ContactContext context,
    Optional<QuestionType> question,
    Set<ContactFlag> flags) {

  public RouteQuery {
    Objects.requireNonNull(requester, "requester is required");
    Objects.requireNonNull(target, "target is required");
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(context, "context is required");
    Objects.requireNonNull(question, "question is required (may be empty)");
    flags = Set.copyOf(Objects.requireNonNull(flags, "flags are required"));
  }
}
