package se.samspel.routing.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.QuestionType;

/**
 * What a person may ask for under the policy in force: the answer of {@link ContactOptions}.
 *
 * @param policy the policy version the offer is read from
 * @param kinds the contact kinds some rule of the policy decides for a requester in one of the
 *     person's positions and a target inside the organisation (in {@link ContactKind} order)
 * @param contexts on or off duty, when a rule among those depends on it; empty when none does (the
 *     contact is then taken as on duty)
 * @param questions what-and-when or how-and-who, when a rule among those depends on it; empty when
 *     none does
 * @param flags the circumstances a requester can state that a rule among those depends on (in
 *     {@link ContactFlag} order)
 * @param byKind for each of {@code kinds}, in the same order, what the form asks for that kind
 *     alone: whether it needs a target, and the circumstances its own rules depend on
 */
public record ContactOffer(
    PolicyVersion policy,
    List<ContactKind> kinds,
    List<ContactContext> contexts,
    List<QuestionType> questions,
    List<ContactFlag> flags,
    List<KindOffer> byKind) {

  public ContactOffer {
    Objects.requireNonNull(policy, "policy is required");
    kinds = List.copyOf(kinds);
    contexts = List.copyOf(contexts);
    questions = List.copyOf(questions);
    flags = List.copyOf(flags);
    byKind = List.copyOf(byKind);
  }

  /**
   * The kinds the policy decides without a target (Kungsör, <i>Medarbetare</i>: a staff member's
   * problem goes to their nearest manager, whoever it concerns): the form does not ask whom.
   */
  public List<ContactKind> kindsWithoutTarget() {
    return byKind.stream().filter(k -> !k.asksTarget()).map(KindOffer::kind).toList();
  }

  /** What the form asks for one kind; empty when the kind is not offered. */
  public Optional<KindOffer> of(ContactKind kind) {
    return byKind.stream().filter(k -> k.kind() == kind).findFirst();
  }

  /** Whether the requester is asked whether the contact is on or off duty. */
  public boolean asksContext() {
    return !contexts.isEmpty();
  }

  /** Whether the requester is asked what kind of question it is. */
  public boolean asksQuestion() {
    return !questions.isEmpty();
  }
}
