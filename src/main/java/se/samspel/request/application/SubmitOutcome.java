package se.samspel.request.application;

import java.util.Objects;
import se.samspel.policy.domain.Rule;
import se.samspel.request.domain.ContactRequest;
import se.samspel.routing.application.RoutePlan;

/**
 * What became of a submitted contact request ({@link SubmitContactRequest}): stored, or refused
 * because the guideline leaves the contact free, forbids it, cannot place it, or its route cannot
 * be followed in the organisation. A refusal stores no request and carries the routing it rests on,
 * so that a page can show the reader why without routing again.
 */
public sealed interface SubmitOutcome {

  /** The request is stored with its route, policy version and rule. */
  record Submitted(ContactRequest request) implements SubmitOutcome {
    public Submitted {
      Objects.requireNonNull(request, "request is required");
    }
  }

  /** Nothing was stored: the guideline gives the contact no route to follow. */
  sealed interface Refused extends SubmitOutcome {
    /** The routing the refusal rests on (policy version, decision, organisation, day). */
    RoutePlan plan();
  }

  /** The guideline leaves the contact free: make it directly, no request needed. */
  record Free(RoutePlan plan, Rule rule) implements Refused {
    public Free {
      Objects.requireNonNull(plan, "plan is required");
      Objects.requireNonNull(rule, "rule is required");
    }
  }

  /**
   * The rule's route would wait only on the requester themself (a department head reaching their
   * own direct report): the contact is direct for this requester, no request needed.
   */
  record Direct(RoutePlan plan, Rule rule) implements Refused {
    public Direct {
      Objects.requireNonNull(plan, "plan is required");
      Objects.requireNonNull(rule, "rule is required");
    }
  }

  /**
   * The guideline permits no route for the contact (e.g. steering an individual case). The attempt
   * is in the deviation record as an action outside the route.
   */
  record NotPermitted(RoutePlan plan, Rule rule) implements Refused {
    public NotPermitted {
      Objects.requireNonNull(plan, "plan is required");
      Objects.requireNonNull(rule, "rule is required");
    }
  }

  /**
   * A rule applies but its route cannot be followed in the organisation as it is.
   *
   * @param reason what could not be resolved, in the router's words (English)
   */
  record Unresolvable(RoutePlan plan, Rule rule, String reason) implements Refused {
    public Unresolvable {
      Objects.requireNonNull(plan, "plan is required");
      Objects.requireNonNull(rule, "rule is required");
      Objects.requireNonNull(reason, "reason is required");
    }
  }

  /** The guideline has no rule for this contact. */
  record NoRule(RoutePlan plan) implements Refused {
    public NoRule {
      Objects.requireNonNull(plan, "plan is required");
    }
  }
}
