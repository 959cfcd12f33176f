package se.samspel.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.samspel.operations.FreshDatabase;

/** What the metrics' counters rest on: an action runs after a commit, never after a rollback. */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class AfterCommitTest {

  @Inject AfterCommit afterCommit;

  final AtomicInteger runs = new AtomicInteger();

  @Test
  void runs_once_the_transaction_commits_not_before() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              afterCommit.run(runs::incrementAndGet);
              assertThat(runs).hasValue(0);
            });
    assertThat(runs).hasValue(1);
  }

  @Test
  void never_runs_when_the_transaction_rolls_back() {
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          afterCommit.run(runs::incrementAndGet);
                          throw new IllegalStateException("the batch failed");
                        }))
        .hasMessageContaining("the batch failed");
    // Marked for rollback: the commit fails, and the action does not run either.
    assertThatThrownBy(
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      afterCommit.run(runs::incrementAndGet);
                      QuarkusTransaction.setRollbackOnly();
                    }));
    assertThat(runs).hasValue(0);
  }

  @Test
  void runs_at_once_outside_a_transaction() {
    afterCommit.run(runs::incrementAndGet);
    assertThat(runs).hasValue(1);
  }
}
