package se.samspel.request.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the requester writes: the subject, the purpose and optionally wished dates. */
public record RequestDetails(
    String subject,
    Optional<String> purpose,
    Optional<LocalDate> wishedFrom,
    Optional<LocalDate> wishedTo) {

  public RequestDetails {
    Objects.requireNonNull(subject, "subject is required");
    Objects.requireNonNull(purpose, "purpose is required (may be empty)");
    Objects.requireNonNull(wishedFrom, "wishedFrom is required (may be empty)");
    Objects.requireNonNull(wishedTo, "wishedTo is required (may be empty)");
  }
}
