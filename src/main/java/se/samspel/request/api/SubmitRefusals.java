package se.samspel.request.api;

import static se.samspel.policy.domain.ContactKind.SITE_VISIT_SPONTANEOUS;

import java.util.List;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.policy.domain.Rule;
import se.samspel.request.application.SubmitOutcome;
import se.samspel.routing.application.RouteViews;
import se.samspel.routing.domain.RouteDecision;

/**
 * The one place a refused submission becomes a problem: 422 with a stable code ({@code
 * contact-free}, {@code contact-direct}, {@code contact-not-permitted}, {@code route-unresolvable},
 * {@code no-rule}), the rule's id, section and quote in the detail, and the field {@code kind}
 * blamed.
 */
final class SubmitRefusals {

  private SubmitRefusals() {}

  static SamspelException problem(SubmitOutcome.Refused refused) {
    String code;
    String message;
    if (refused instanceof SubmitOutcome.Free free) {
      code = "contact-free";
      boolean spontaneousVisit =
          free.rule().when().kinds().equals(java.util.Set.of(SITE_VISIT_SPONTANEOUS));
      message =
          spontaneousVisit
              ? "A spontaneous site visit needs no request: make it, then register it afterwards"
                  + " with POST /api/site-visits so that the yearly review counts it"
                  + cite(free.rule())
              : "The contact is free and needs no request: make it directly" + cite(free.rule());
    } else if (refused instanceof SubmitOutcome.Direct direct) {
      code = "contact-direct";
      message =
          "The route's steps would all be your own: you reach this person directly, no request"
              + " needed"
              + cite(direct.rule());
    } else if (refused instanceof SubmitOutcome.NotPermitted forbidden) {
      code = "contact-not-permitted";
      message = "The guideline permits no route for this contact" + cite(forbidden.rule());
    } else if (refused instanceof SubmitOutcome.Unresolvable u) {
      code = "route-unresolvable";
      message = "The route cannot be followed in this organisation: " + u.reason() + cite(u.rule());
    } else {
      code = "no-rule";
      RouteDecision.NoRule none = (RouteDecision.NoRule) refused.plan().decision();
      message =
          "The guideline has no rule for this contact; "
              + RouteViews.askFirstSentence(refused.plan().organisation(), none.askFirst());
    }
    return new SamspelException(
        SamspelException.Kind.UNPROCESSABLE,
        code,
        message,
        List.of(FieldProblem.of("kind", message)));
  }

  /** The rule as the detail quotes it: " (id, section: \"quote\")". */
  private static String cite(Rule rule) {
    return " ("
        + rule.id()
        + ", "
        + rule.source().section()
        + ": \""
        + rule.source().quote()
        + "\")";
  }
}
