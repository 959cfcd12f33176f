package se.samspel.request.domain;

import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.ContactKind;

/**
 * A person reading requests, as {@link Whistleblowing} needs to know them: who they are, and
 * whether they hold (appointed or acting) a whistleblower function today. Built by the application
 * layer ({@code ReadRequests.reader}); the pages and the API only pass it on.
 */
public record RequestReader(PersonId person, boolean whistleblowerFunction) {

  public RequestReader {
    Objects.requireNonNull(person, "person is required");
  }

  /** What this reader may see of a request. */
  public Disclosure of(ContactRequest request) {
    return Whistleblowing.disclosure(
        request.contact().kind(), Optional.of(request.contact().requesterPerson()), this);
  }

  /** What this reader may see of a request in a list. */
  public Disclosure of(RequestSummary summary) {
    return Whistleblowing.disclosure(summary.kind(), Optional.of(summary.requester()), this);
  }

  /**
   * What this reader may see of a request of this kind when the view does not say who made it (the
   * escalation list): the reader is then not taken for its reporter.
   */
  public Disclosure ofUnnamed(ContactKind kind) {
    return Whistleblowing.disclosure(kind, Optional.empty(), this);
  }
}
