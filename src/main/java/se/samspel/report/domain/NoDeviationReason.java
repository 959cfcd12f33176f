package se.samspel.report.domain;

import java.util.Objects;
import java.util.Optional;
import se.samspel.routing.domain.Recommended;

/**
 * Why a contact that happened is no deviation. A value, not a sentence: the API and the pages each
 * say it in their own words (the pages in Swedish and English, from the message bundles).
 */
public sealed interface NoDeviationReason {

  /** The case, for a {@code switch} that the compiler checks covers them all. */
  Kind kind();

  /** The cases of {@link NoDeviationReason}. */
  enum Kind {
    FREE_BY_GUIDELINE,
    DIRECT_IS_THE_ROUTE,
    DIRECT_FOR_THE_REQUESTER,
    ROUTE_UNRESOLVABLE,
    NO_RULE
  }

  /**
   * The guideline leaves the contact free (its rule's outcome is FREE).
   *
   * @param recommended whom the rule recommends as the first contact all the same, so whoever was
   *     contacted can refer the person onward (a citizen to the staff who perform the service)
   */
  record FreeByGuideline(Optional<Recommended> recommended) implements NoDeviationReason {

    /** A free contact without a recommendation. */
    public FreeByGuideline() {
      this(Optional.empty());
    }

    public FreeByGuideline {
      Objects.requireNonNull(recommended, "recommended is required (may be empty)");
    }

    @Override
    public Kind kind() {
      return Kind.FREE_BY_GUIDELINE;
    }
  }

  /**
   * The contact went where the rule's route begins: its first waiting step is the target itself
   * (e.g. a staff member going to the manager's manager about the nearest manager).
   */
  record DirectIsTheRoute() implements NoDeviationReason {
    @Override
    public Kind kind() {
      return Kind.DIRECT_IS_THE_ROUTE;
    }
  }

  /**
   * Every step of the rule's route that would wait falls to the requester themself, so the contact
   * is direct for them (a department head and their own direct report).
   */
  record DirectForTheRequester() implements NoDeviationReason {
    @Override
    public Kind kind() {
      return Kind.DIRECT_FOR_THE_REQUESTER;
    }
  }

  /**
   * A rule applies, but its route cannot be followed in the organisation as it is, so the contact
   * cannot be judged to depart from it.
   *
   * @param why what the router could not resolve, in its words (English, no personal data), e.g.
   *     "no position answers to NEAREST_MANAGER for this contact"
   */
  record RouteUnresolvable(String why) implements NoDeviationReason {
    public RouteUnresolvable {
      Objects.requireNonNull(why, "why is required");
    }

    @Override
    public Kind kind() {
      return Kind.ROUTE_UNRESOLVABLE;
    }
  }

  /** The guideline has no rule for the contact (e.g. citizens contacting anyone in Alingsås). */
  record NoRule() implements NoDeviationReason {
    @Override
    public Kind kind() {
      return Kind.NO_RULE;
    }
  }
}
