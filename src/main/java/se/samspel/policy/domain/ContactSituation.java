package se.samspel.policy.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contact described the way rules look at it: who asks whom, about what, in which context, and
 * how the two stand to each other in the organisation.
 *
 * @param target the party the contact is for; empty for a contact that names no one, which only a
 *     rule that decides without a target can match (a staff member's problem goes to their nearest
 *     manager whatever it is about: {@link Policy#decidesWithoutTarget})
 */
public record ContactSituation(
    PartyType requester,
    Optional<PartyType> target,
    Set<Relation> relations,
    ContactKind kind,
    ContactContext context,
    Optional<QuestionType> question,
    Set<ContactFlag> flags) {

  public ContactSituation {
    Objects.requireNonNull(requester, "requester is required");
    Objects.requireNonNull(target, "target is required (may be empty)");
    relations = Set.copyOf(Objects.requireNonNull(relations, "relations are required"));
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(context, "context is required");
    Objects.requireNonNull(question, "question is required (may be empty)");
    flags = Set.copyOf(Objects.requireNonNull(flags, "flags are required"));
  }
}
