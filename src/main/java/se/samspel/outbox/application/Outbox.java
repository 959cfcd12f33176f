package se.samspel.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.jboss.logging.Logger;
import se.samspel.outbox.domain.OutboxEvent;
import se.samspel.outbox.domain.OutboxStore;

/**
 * Records what happened, in the transaction of the change itself. Called without a transaction it
 * fails ({@code TransactionalException}): an event written on its own could outlive a change that
 * rolled back, or be missing for one that committed.
 */
@ApplicationScoped
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class);

  private final OutboxStore store;

  public Outbox(OutboxStore store) {
    this.store = store;
  }

  /**
   * Adds the event to the outbox; it is sent (feed, e-mail) only if the caller's transaction
   * commits.
   *
   * @return the event's stable id
   */
  @Transactional(TxType.MANDATORY)
  public long record(OutboxEvent event) {
    long id = store.append(event);
    LOG.debugf(
        "Outbox event %d recorded: %s on %s, %d recipient(s)",
        id, event.type(), event.aggregateId(), event.recipients().size());
    return id;
  }
}
