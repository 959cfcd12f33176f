package se.samspel.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import se.samspel.escalation.calendar.WorkingCalendar;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.Deadline;
import se.samspel.request.domain.ContactRequest;

/**
 * When a waiting hop escalates: the deployment's override for the contact kind if it has one
 * ({@code samspel.escalation.deadlines."KIND"}), else the deadline the request's own policy version
 * sets, else the deployment's default; counted with the Swedish working-day calendar.
 */
@ApplicationScoped
public class Deadlines {

  private final PolicyCatalog policies;
  private final WorkingCalendar calendar;
  private final EscalationConfig config;

  public Deadlines(PolicyCatalog policies, WorkingCalendar calendar, EscalationConfig config) {
    this.policies = policies;
    this.calendar = calendar;
    this.config = config;
  }

  /** The deadline of a request's waiting hop, counted from {@code from}. */
  public Instant dueFor(ContactRequest request, Instant from) {
    return calendar.deadline(from, deadlineOf(request));
  }

  /** The deadline that applies to a request's hops. */
  public Deadline deadlineOf(ContactRequest request) {
    ContactKind kind = request.contact().kind();
    Map<String, String> overrides = config.deadlines();
    if (overrides.containsKey(kind.name())) {
      return EscalationConfig.parse(overrides.get(kind.name()));
    }
    Optional<Deadline> fromPolicy =
        policies
            .version(request.routedUnder().policyKey(), request.routedUnder().policyVersion())
            .flatMap(v -> Optional.ofNullable(v.policy().deadlines().get(kind)));
    return fromPolicy.orElseGet(() -> EscalationConfig.parse(config.defaultDeadline()));
  }
}
