package se.samspel.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.PartyType;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.QuestionType;
import se.samspel.policy.domain.Rule;

/**
 * Query: what a person may ask for under the policy in force today — the contact kinds, and which
 * circumstances (on or off duty, the kind of question, the flags) matter for them. It is read from
 * the policy's rules, never written down a second time: a rule whose requesters include a party
 * type of one of the person's positions today and whose targets include a position of the
 * organisation offers its kinds, and the conditions of those rules say what else to ask. The
 * contact form and {@code GET /api/contact-options} both start here.
 */
@ApplicationScoped
public class ContactOptions {

  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final Clock clock;

  public ContactOptions(OrganisationDirectory directory, PolicyCatalog policies, Clock clock) {
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
  }

  /**
   * What the person may ask for today.
   *
   * @return the offer; its kinds are empty for a person who holds no position today
   * @throws se.samspel.common.SamspelException {@code no-active-policy} (conflict) when no version
   *     of the guideline is in force today
   */
  public ContactOffer offeredTo(PersonId person) {
    PolicyVersion policy = policies.requireActive();
    LocalDate today = LocalDate.now(clock);
    Set<PartyType> parties =
        directory.current().positionsHeldBy(person, today).stream()
            .map(p -> PartyType.of(p.kind()))
            .collect(Collectors.toSet());
    return offer(policy, parties);
  }

  /** The offer of a policy to a requester who is any of these party types. */
  static ContactOffer offer(PolicyVersion policy, Set<PartyType> parties) {
    List<Rule> relevant =
        policy.policy().rules().stream()
            .filter(r -> r.when().requesters().stream().anyMatch(parties::contains))
            .filter(r -> r.when().targets().stream().anyMatch(t -> !t.isExternal()))
            .toList();
    Set<ContactKind> kinds = EnumSet.noneOf(ContactKind.class);
    relevant.forEach(r -> kinds.addAll(r.when().kinds()));
    List<KindOffer> byKind =
        kinds.stream()
            .sorted()
            .map(
                kind ->
                    kindOffer(
                        policy,
                        parties,
                        kind,
                        relevant.stream().filter(r -> r.when().kinds().contains(kind)).toList()))
            .toList();
    Asked all = asked(relevant);
    return new ContactOffer(
        policy, List.copyOf(kinds), all.contexts(), all.questions(), all.flags(), byKind);
  }

  /**
   * What to ask for one kind: a target unless every party of the requester that the policy decides
   * the kind for is decided without one, and the circumstances of the kind's own rules.
   */
  private static KindOffer kindOffer(
      PolicyVersion policy, Set<PartyType> parties, ContactKind kind, List<Rule> rules) {
    List<PartyType> deciding =
        parties.stream()
            .filter(
                p ->
                    policy.policy().rules().stream()
                        .anyMatch(
                            r ->
                                r.when().requesters().contains(p)
                                    && r.when().kinds().contains(kind)))
            .toList();
    boolean withoutTarget =
        !deciding.isEmpty()
            && deciding.stream().allMatch(p -> policy.policy().decidesWithoutTarget(p, kind));
    Asked asked = asked(rules);
    return new KindOffer(kind, !withoutTarget, asked.contexts(), asked.questions(), asked.flags());
  }

  private record Asked(
      List<ContactContext> contexts, List<QuestionType> questions, List<ContactFlag> flags) {}

  /** The circumstances these rules depend on, to be asked of the requester. */
  private static Asked asked(List<Rule> rules) {
    Set<ContactFlag> flags = EnumSet.noneOf(ContactFlag.class);
    rules.forEach(r -> flags.addAll(r.when().flags().keySet()));
    flags.removeIf(flag -> !flag.statedWhenAsking());
    // Every value is offered once a rule depends on the circumstance: a value no rule names is
    // still a true answer, and the rules without that condition decide it.
    boolean context = rules.stream().anyMatch(r -> !r.when().contexts().isEmpty());
    boolean question = rules.stream().anyMatch(r -> !r.when().questions().isEmpty());
    return new Asked(
        context ? Arrays.asList(ContactContext.values()) : List.of(),
        question ? Arrays.asList(QuestionType.values()) : List.of(),
        List.copyOf(flags));
  }
}
