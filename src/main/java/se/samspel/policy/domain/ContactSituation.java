package se.samspel.policy.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contact described the way rules look at it: who asks whom, about what, in which context, and
 * how the two stand to each other in the organisation.
 */
public record ContactSituation(
    PartyType requester,
    PartyType target,
    Set<Relation> relations,
    ContactKind kind,
    ContactContext context,
    Optional<QuestionType> question,
    Set<ContactFlag> flags) {

  public ContactSituation {
    Objects.requireNonNull(requester, "requester is required");
    Objects.requireNonNull(target, "target is required");
    relations = Set.copyOf(Objects.requireNonNull(relations, "relations are required"));
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(context, "context is required");
    Objects.requireNonNull(question, "question is required (may be empty)");
    flags = Set.copyOf(Objects.requireNonNull(flags, "flags are required"));
  }
}
