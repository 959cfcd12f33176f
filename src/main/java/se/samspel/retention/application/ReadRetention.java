package se.samspel.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionRun;
import se.samspel.retention.domain.RetentionStore;

/** The current municipality's retention decision in force and what its last run culled. */
@ApplicationScoped
public class ReadRetention {

  /**
   * @param policy the decision in force; empty while none is recorded (then nothing is culled)
   * @param lastRun the last culling run; empty before the first
   */
  public record Retention(Optional<RetentionPolicy> policy, Optional<RetentionRun> lastRun) {}

  private final RetentionStore store;

  public ReadRetention(RetentionStore store) {
    this.store = store;
  }

  @Transactional
  public Retention read() {
    return new Retention(store.policy(), store.lastRun());
  }
}
