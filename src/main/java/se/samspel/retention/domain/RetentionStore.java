package se.samspel.retention.domain;

import java.time.Instant;
import java.util.Optional;

/** Where the current municipality's retention decision and its last run are kept. */
public interface RetentionStore {

  /** The decision in force, if the municipality has recorded one. */
  Optional<RetentionPolicy> policy();

  /**
   * Stores the policy if the stored version is still {@code policy.version()} (0: none stored yet).
   *
   * @return the new version, or empty when someone else stored another version meanwhile
   */
  Optional<Long> store(RetentionPolicy policy, Instant recordedAt, String recordedBy);

  /** The last culling run, if one ran. */
  Optional<RetentionRun> lastRun();

  /** Records the run as the last one. */
  void recordRun(RetentionRun run);
}
