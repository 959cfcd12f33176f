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
import se.samspel.request.domain.HopDeadlines;
import se.samspel.request.domain.Whistleblowing;

/**
 * When a waiting hop escalates: the deployment's override for the contact kind if it has one
 * ({@code samspel.escalation.deadlines."KIND"}), else the deadline the request's own policy version
 * sets, else the deployment's default; counted with the Swedish working-day calendar. The request
 * part asks through its port {@link HopDeadlines}, so it does not depend on escalation.
 */
@ApplicationScoped
public class Deadlines implements HopDeadlines {

  private final PolicyCatalog policies;
  private final WorkingCalendar calendar;
  private final EscalationConfig config;

  public Deadlines(PolicyCatalog policies, WorkingCalendar calendar, EscalationConfig config) {
    this.policies = policies;
    this.calendar = calendar;
    this.config = config;
  }

  /** The deadline of a hop that starts waiting at {@code from}. */
  @Override
  public Instant dueFor(ContactRequest request, Instant from) {
    if (whistleblowing(request)) {
      // The whistleblowing act counts from the report: acknowledge it within 7 days.
      return request
          .createdAt()
          .atZone(calendar.zone())
          .plus(statute().acknowledgeWithin())
          .toInstant();
    }
    return calendar.deadline(from, deadlineOf(request));
  }

  /** The next deadline once the holder has taken the matter at {@code from}. */
  public Instant dueAfterAcknowledgement(ContactRequest request, Instant from) {
    if (whistleblowing(request)) {
      // … and give the reporter feedback within 3 months of the report.
      Instant feedback =
          request.createdAt().atZone(calendar.zone()).plus(statute().feedbackWithin()).toInstant();
      return feedback.isAfter(from) ? feedback : afterEscalation(from);
    }
    return calendar.deadline(from, deadlineOf(request));
  }

  /** The deadline of a hop that has just climbed to a new level at {@code from}. */
  public Instant dueAfterEscalation(ContactRequest request, Instant from) {
    if (whistleblowing(request)) {
      // The function's superior gets the acknowledgement period to act.
      return afterEscalation(from);
    }
    return calendar.deadline(from, deadlineOf(request));
  }

  private Instant afterEscalation(Instant from) {
    return from.atZone(calendar.zone()).plus(statute().acknowledgeWithin()).toInstant();
  }

  private EscalationConfig.Whistleblowing statute() {
    return config.whistleblowing();
  }

  private static boolean whistleblowing(ContactRequest request) {
    return Whistleblowing.concerns(request);
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
