package se.samspel.request.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;

/**
 * Whistleblowing: a report of suspected wrongdoing to the whistleblower function. It follows the
 * whistleblowing act (lag (2021:890) om skydd för personer som rapporterar om missförhållanden)
 * rather than the municipal guideline, which only points there (Kungsör, <i>Medarbetare</i>:
 * "suspected breaches of law go to the whistleblower function"). This class is the one place that
 * says what whistleblowing is and who may learn what of it; every read of a request, of the
 * deviation record and of the feed asks it.
 *
 * <ul>
 *   <li><b>What it is</b>: a contact of kind {@link ContactKind#SUSPECTED_WRONGDOING}; a rule
 *       concerns it when it is written for that kind or routes to the function.
 *   <li><b>Who reads it</b>: its content (subject, purpose, whom it names as target, the wished
 *       dates) and who reported it are for the reporter and the whistleblower function alone
 *       (README, "Who may see and do what"); the function's superiors a report escalates to see
 *       that it exists, where it waits and what it waits for, never what it is about nor who sent
 *       it.
 *   <li><b>Where it goes</b>: to managers only through the function's own chain, never through the
 *       reporter's ({@link #reachesOversightFrom}).
 *   <li><b>The record</b>: nothing of a report is written to the deviation record, which KD, the
 *       KSO and auditors read ({@link #keepsOutOfTheRecord}); entries of its rules that are there
 *       are never shown to the record's readers.
 * </ul>
 */
public final class Whistleblowing {

  private Whistleblowing() {}

  /** Whether a contact of this kind is a whistleblowing report. */
  public static boolean concerns(ContactKind kind) {
    return kind == ContactKind.SUSPECTED_WRONGDOING;
  }

  /**
   * Whether anything about a contact of this kind must stay out of the deviation record: not a
   * reported contact, not a refused request, not an action on such a report. The act keeps a
   * reporter's identity with the whistleblower function alone.
   */
  public static boolean keepsOutOfTheRecord(ContactKind kind) {
    return concerns(kind);
  }

  /** Whether a request is a whistleblowing report. */
  public static boolean concerns(ContactRequest request) {
    return concerns(request.contact().kind());
  }

  /**
   * Whether a rule concerns whistleblowing: it is written for reports of suspected wrongdoing, or
   * its route leads to the whistleblower function.
   */
  public static boolean concerns(Rule rule) {
    return rule.when().kinds().stream().anyMatch(Whistleblowing::concerns)
        || rule.route().stream().anyMatch(h -> h.position() == HopTemplate.WHISTLEBLOWER_FUNCTION);
  }

  /** The ids of the rules of these policy versions that concern whistleblowing. */
  public static Set<String> ruleIds(Collection<PolicyVersion> versions) {
    return versions.stream()
        .flatMap(v -> v.policy().rules().stream())
        .filter(Whistleblowing::concerns)
        .map(Rule::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a position of this kind is (one of) the whistleblower function. */
  public static boolean isFunction(PositionKind kind) {
    return kind == PositionKind.WHISTLEBLOWER_FUNCTION;
  }

  /**
   * Whether a report that waits on a step placed at {@code origin} (where the route put it, before
   * any escalation) may reach the managers above it: only when that step began at the function, so
   * that the report climbs the function's own chain and never the reporter's. Requests of any other
   * kind always may.
   */
  public static boolean reachesOversightFrom(ContactKind kind, boolean originIsTheFunction) {
    return !concerns(kind) || originIsTheFunction;
  }

  /**
   * What a reader may see of a request of this kind: everything, unless it is a whistleblowing
   * report and the reader is neither its reporter nor the function.
   *
   * @param requester who made the request, when the reader's view carries it (an escalation list
   *     does not: its reader is then never taken for the reporter)
   */
  public static Disclosure disclosure(
      ContactKind kind, Optional<PersonId> requester, RequestReader reader) {
    Objects.requireNonNull(reader, "reader is required");
    if (!concerns(kind)
        || reader.whistleblowerFunction()
        || requester.map(r -> r.equals(reader.person())).orElse(false)) {
      return Disclosure.FULL;
    }
    return Disclosure.WITHHELD;
  }

  /**
   * What a person's own copy of their data (GDPR art. 15, {@code se.samspel.privacy}) carries of a
   * request of this kind: everything, unless it is a whistleblowing report someone else made. The
   * reporter gets their own report; anyone else a report touches, the person it names above all,
   * gets nothing of it that could identify the reporter (lag (2021:890) om skydd för personer som
   * rapporterar om missförhållanden) — not even the whistleblower function, whose reading of
   * reports is its office, not its own personal data.
   */
  public static Disclosure toTheDataSubject(
      ContactKind kind, PersonId requester, PersonId dataSubject) {
    Objects.requireNonNull(requester, "requester is required");
    Objects.requireNonNull(dataSubject, "dataSubject is required");
    return !concerns(kind) || requester.equals(dataSubject) ? Disclosure.FULL : Disclosure.WITHHELD;
  }

  /**
   * What the event feed, read by intranet systems and administrators rather than by a person on the
   * route, may carry of a request of this kind.
   */
  public static Disclosure toTheFeed(ContactKind kind) {
    return concerns(kind) ? Disclosure.WITHHELD : Disclosure.FULL;
  }
}
