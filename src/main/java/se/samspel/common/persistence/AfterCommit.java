package se.samspel.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, never when it rolls back; at once when
 * there is no transaction. Counters of what happened (metrics) go through it, so that a submission
 * or an escalation that rolled back (a batch of the sweeper, a conflict) is not counted.
 */
@ApplicationScoped
public class AfterCommit {

  private final TransactionSynchronizationRegistry transactions;

  public AfterCommit(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Runs {@code action} after the current transaction commits (or now, outside one). */
  public void run(Runnable action) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      action.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
