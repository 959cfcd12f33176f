package se.samspel.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.QuestionType;
import se.samspel.routing.domain.Requester;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Target;

/**
 * One routing scenario: a contact in the demo organisation, the rule expected to decide it, and the
 * route expected ("POSITION:ACTION" per hop; empty for free and forbidden contacts).
 */
record Scenario(String rule, String outcome, RouteQuery query, List<String> route) {

  @Override
  public String toString() {
    return rule;
  }

  static Builder expect(String rule, String outcome, String... route) {
    return new Builder(rule, outcome, List.of(route));
  }

  static final class Builder {
    private final String rule;
    private final String outcome;
    private final List<String> route;
    private Requester requester;
    private Target target;
    private ContactContext context = ContactContext.ON_DUTY;
    private QuestionType question;
    private final Set<ContactFlag> flags = EnumSet.noneOf(ContactFlag.class);

    Builder(String rule, String outcome, List<String> route) {
      this.rule = rule;
      this.outcome = outcome;
      this.route = route;
    }

    Builder from(String position) {
      requester = new Requester.InPosition(new PositionId(position));
      return this;
    }

    Builder fromExternal(ExternalParty party) {
      requester = new Requester.External(party);
      return this;
    }

    Builder to(String position) {
      target = new Target.OfPosition(new PositionId(position));
      return this;
    }

    Builder toExternal(ExternalParty party) {
      target = new Target.External(party);
      return this;
    }

    Builder offDuty() {
      context = ContactContext.OFF_DUTY;
      return this;
    }

    Builder question(QuestionType type) {
      question = type;
      return this;
    }

    Builder flag(ContactFlag flag) {
      flags.add(flag);
      return this;
    }

    Scenario about(ContactKind kind) {
      return new Scenario(
          rule,
          outcome,
          new RouteQuery(requester, target, kind, context, Optional.ofNullable(question), flags),
          route);
    }
  }
}
