package se.samspel.retention.domain;

import java.util.Objects;

/**
 * A culling run culled something in the current municipality: culling public records is documented
 * (the audit trail keeps it), with the decision it was done under.
 *
 * @param run what it culled
 * @param decision the reference of the decision in force, with its version
 * @param policyVersion the version of the stored decision applied
 */
public record RetentionApplied(RetentionRun run, String decision, long policyVersion) {
  public RetentionApplied {
    Objects.requireNonNull(run, "run is required");
    Objects.requireNonNull(decision, "decision is required");
  }
}
