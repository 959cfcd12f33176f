package se.samspel.policy.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a rule holds. Each dimension is a set of the values it accepts; an empty set of relations,
 * contexts or questions accepts any. {@code flags} lists circumstances that must be present (true)
 * or absent (false); a flag not listed is not looked at.
 */
public record Condition(
    Set<PartyType> requesters,
    Set<PartyType> targets,
    Set<Relation> relations,
    Set<ContactKind> kinds,
    Set<ContactContext> contexts,
    Set<QuestionType> questions,
    Map<ContactFlag, Boolean> flags) {

  public Condition {
    requesters = Set.copyOf(Objects.requireNonNull(requesters, "requesters are required"));
    targets = Set.copyOf(Objects.requireNonNull(targets, "targets are required"));
    relations = Set.copyOf(Objects.requireNonNull(relations, "relations are required"));
    kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds are required"));
    contexts = Set.copyOf(Objects.requireNonNull(contexts, "contexts are required"));
    questions = Set.copyOf(Objects.requireNonNull(questions, "questions are required"));
    flags = Map.copyOf(Objects.requireNonNull(flags, "flags are required"));
  }

  /** Whether a contact satisfies this condition. */
  public boolean matches(ContactSituation s) {
    return requesters.contains(s.requester())
        && s.target().map(targets::contains).orElseGet(this::acceptsAnyTarget)
        && kinds.contains(s.kind())
        && (relations.isEmpty() || relations.stream().anyMatch(s.relations()::contains))
        && (contexts.isEmpty() || contexts.contains(s.context()))
        && (questions.isEmpty() || s.question().map(questions::contains).orElse(false))
        && flags.entrySet().stream().allMatch(f -> s.flags().contains(f.getKey()) == f.getValue());
  }

  /**
   * Whether the condition holds whoever the contact is for: it accepts every party as target
   * ({@code ANYONE}) and names no relation between requester and target. A contact that names no
   * target is matched only by such a condition.
   */
  public boolean acceptsAnyTarget() {
    return targets.containsAll(EnumSet.allOf(PartyType.class)) && relations.isEmpty();
  }

  /**
   * Whether every contact this condition matches is also matched by {@code other}: then a rule with
   * this condition placed after one with {@code other} can never apply.
   */
  public boolean isCoveredBy(Condition other) {
    return other.requesters.containsAll(requesters)
        && other.targets.containsAll(targets)
        && other.kinds.containsAll(kinds)
        && covers(other.relations, relations)
        && covers(other.contexts, contexts)
        && covers(other.questions, questions)
        && other.flags.entrySet().stream()
            .allMatch(f -> f.getValue().equals(flags.get(f.getKey())));
  }

  private static <T> boolean covers(Set<T> wider, Set<T> narrower) {
    return wider.isEmpty() || (!narrower.isEmpty() && wider.containsAll(narrower));
  }

  /** The set of all values of an enum, for conditions that accept every one. */
  public static <E extends Enum<E>> Set<E> all(Class<E> type) {
    return EnumSet.allOf(type);
  }
}
