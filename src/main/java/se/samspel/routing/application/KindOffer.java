package se.samspel.routing.application;

import java.util.List;
import java.util.Objects;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.QuestionType;

/**
 * What the contact form asks for one contact kind, read from the rules that decide that kind for
 * the requester: so that a staff member reporting a problem is not asked whom it is for when the
 * guideline sends every problem to the nearest manager.
 *
 * @param asksTarget whether the kind's rules depend on whom the contact is for ({@link
 *     se.samspel.policy.domain.Policy#decidesWithoutTarget}); false: the request names no target
 * @param contexts on or off duty, when a rule of the kind depends on it; else empty
 * @param questions the kinds of question, when a rule of the kind depends on it; else empty
 * @param flags the circumstances the kind's rules depend on that a requester can state
 */
public record KindOffer(
    ContactKind kind,
    boolean asksTarget,
    List<ContactContext> contexts,
    List<QuestionType> questions,
    List<ContactFlag> flags) {

  public KindOffer {
    Objects.requireNonNull(kind, "kind is required");
    contexts = List.copyOf(contexts);
    questions = List.copyOf(questions);
    flags = List.copyOf(flags);
  }
}
