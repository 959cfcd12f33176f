package se.samspel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samspel.outbox.application.Outbox;
import se.samspel.outbox.domain.OutboxStore;

/** The outbox writes in the caller's transaction: with its change, or not at all. */
@QuarkusTest
class OutboxTransactionTest {

  @Inject OutboxCaller caller;
  @Inject Outbox outbox;
  @Inject OutboxStore store;
  @Inject EntityManager em;

  @Test
  void an_event_recorded_in_a_committed_transaction_is_stored_with_its_payload_and_recipients() {
    String request = UUID.randomUUID().toString();
    long id = caller.record(OutboxCaller.decided(request, "P-POL"));

    assertThat(eventsOf(request)).isEqualTo(1);
    var stored = QuarkusTransaction.requiringNew().call(() -> store.event(id)).orElseThrow();
    assertThat(stored.aggregateId()).isEqualTo(request);
    assertThat(stored.payload())
        .containsEntry("decision", "APPROVED")
        .containsEntry("subject", "Dialog om läsfrämjande arbete");
    assertThat(stored.payload().keySet()).containsExactly("subject", "status", "decision", "by");
    assertThat(stored.recipients()).extracting(r -> r.person().value()).containsExactly("P-POL");
  }

  @Test
  void nothing_is_stored_when_the_callers_transaction_rolls_back() {
    String request = UUID.randomUUID().toString();

    assertThatThrownBy(() -> caller.recordThenFail(OutboxCaller.decided(request, "P-POL")))
        .isInstanceOf(IllegalStateException.class);

    assertThat(eventsOf(request)).isZero();
    assertThat(recipientsOf(request)).isZero();
  }

  @Test
  void recording_outside_a_transaction_is_refused_and_stores_nothing() {
    String request = UUID.randomUUID().toString();

    assertThatThrownBy(() -> outbox.record(OutboxCaller.decided(request)))
        .isInstanceOf(TransactionalException.class);

    assertThat(eventsOf(request)).isZero();
  }

  @Test
  void a_payload_too_large_for_the_outbox_fails_the_callers_transaction() {
    String request = UUID.randomUUID().toString();

    assertThatThrownBy(
            () -> caller.record(OutboxCaller.decided(request).with("note", "x".repeat(9000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 8000");

    assertThat(eventsOf(request)).isZero();
  }

  @Test
  void a_person_named_twice_is_notified_once_for_the_first_reason() {
    String request = UUID.randomUUID().toString();
    caller.record(OutboxCaller.decided(request, "P-POL", "P-KD", "P-POL"));

    assertThat(recipientsOf(request)).isEqualTo(2);
  }

  private long eventsOf(String aggregate) {
    return count("select count(*) from outbox_event where aggregate_id = :a", aggregate);
  }

  private long recipientsOf(String aggregate) {
    return count(
        "select count(*) from outbox_recipient r join outbox_event e on e.id = r.event_id"
            + " where e.aggregate_id = :a",
        aggregate);
  }

  private long count(String sql, String aggregate) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> rows = em.createNativeQuery(sql).setParameter("a", aggregate).getResultList();
              return ((Number) rows.get(0)).longValue();
            });
  }
}
