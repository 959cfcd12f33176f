package se.samspel.policy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A stored version of a policy with when and by whom it was stored. */
public record PolicyVersion(
    Policy policy, Instant uploadedAt, String uploadedBy, String contentHash) {

  public PolicyVersion {
    Objects.requireNonNull(policy, "policy is required");
    Objects.requireNonNull(uploadedAt, "uploadedAt is required");
    Objects.requireNonNull(uploadedBy, "uploadedBy is required");
    Objects.requireNonNull(contentHash, "contentHash is required");
  }

  /** Whether this version is in force on a day, going by its validity alone. */
  public boolean validOn(LocalDate day) {
    Provenance p = policy.provenance();
    return !day.isBefore(p.validFrom()) && p.validTo().map(end -> !day.isAfter(end)).orElse(true);
  }
}
