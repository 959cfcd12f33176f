package se.samspel.outbox.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/**
 * A person an outbox event notifies, with the delivery state of their e-mail. The outbox adds it as
 * {@code PENDING}; the notification dispatcher changes only the delivery columns.
 */
@Entity
@Table(name = "outbox_recipient")
public class OutboxRecipientEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  /** Delivery states, as stored in {@code status}. */
  public static final String PENDING = "PENDING";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_recipient_seq")
  @SequenceGenerator(
      name = "outbox_recipient_seq",
      sequenceName = "outbox_recipient_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  public OutboxEventEntity event;

  @Column(name = "person_id", nullable = false, length = 64)
  public String personId;

  @Column(nullable = false, length = 32)
  public String reason;

  @Column(nullable = false, length = 16)
  public String status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public OffsetDateTime nextAttemptAt;

  @Column(length = 320)
  public String email;

  @Column(name = "sent_at")
  public OffsetDateTime sentAt;

  @Column(name = "last_error", length = 1000)
  public String lastError;
}
