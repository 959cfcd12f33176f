package se.samspel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.PersonId;
import se.samspel.outbox.domain.EventType;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;

class OutboxEventTest {

  private static final Instant AT = Instant.parse("2026-11-23T09:15:00Z");

  @Test
  void the_payload_keeps_the_order_it_was_built_in_and_skips_absent_values() {
    OutboxEvent event =
        OutboxEvent.of(EventType.REQUEST_SUBMITTED, "r-1", AT)
            .with("subject", "Dialog")
            .with("note", null)
            .with("kind", "DIALOGUE");

    assertThat(event.payload().keySet()).containsExactly("subject", "kind");
  }

  @Test
  void a_person_is_notified_once_for_the_first_reason_given() {
    OutboxEvent event =
        OutboxEvent.of(EventType.ACUTE_INFORMATION, "r-1", AT)
            .notify(new PersonId("P-KD"), NotifyReason.ACUTE_INFORMATION)
            .notify(new PersonId("P-KSO"), NotifyReason.ACUTE_INFORMATION)
            .notify(new PersonId("P-KD"), NotifyReason.FOR_YOUR_INFORMATION);

    assertThat(event.recipients())
        .extracting(r -> r.person().value() + ":" + r.reason())
        .containsExactly("P-KD:ACUTE_INFORMATION", "P-KSO:ACUTE_INFORMATION");
  }

  @Test
  void the_event_cannot_be_changed_through_the_map_it_was_made_from() {
    Map<String, Object> payload = new HashMap<>(Map.of("subject", "Dialog"));
    OutboxEvent event = new OutboxEvent(EventType.REQUEST_COMPLETED, "r-1", AT, payload, List.of());
    payload.put("subject", "changed");

    assertThat(event.payload()).containsEntry("subject", "Dialog");
    assertThatThrownBy(() -> event.payload().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void an_event_needs_an_aggregate_id_the_outbox_can_store() {
    assertThatThrownBy(() -> OutboxEvent.of(EventType.REQUEST_COMPLETED, " ", AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutboxEvent.of(EventType.REQUEST_COMPLETED, "x".repeat(65), AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutboxEvent.of(null, "r-1", AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("type");
  }
}
