package se.samspel.outbox.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A stored outbox event: added once, then only given its feed position. */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
  @SequenceGenerator(
      name = "outbox_event_seq",
      sequenceName = "outbox_event_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "feed_position")
  public Long feedPosition;

  @Column(name = "event_type", nullable = false, length = 40)
  public String type;

  @Column(name = "aggregate_id", nullable = false, length = 64)
  public String aggregateId;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime occurredAt;

  @Column(name = "recorded_at", nullable = false)
  public OffsetDateTime recordedAt;

  @Column(nullable = false, length = 8000)
  public String payload;
}
