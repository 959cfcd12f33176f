package se.samspel.request.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import se.samspel.request.domain.ContactRequest;

/** A stored hop of a request. */
@Entity
@Table(name = "request_hop")
@IdClass(RequestHopEntity.Key.class)
public class RequestHopEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  /** The composite key: request and order. */
  public static class Key implements Serializable {
    public String request;
    public int hopOrder;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(request, k.request) && hopOrder == k.hopOrder;
    }

    @Override
    public int hashCode() {
      return Objects.hash(request, hopOrder);
    }
  }

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id")
  public ContactRequestEntity request;

  @Id
  @Column(name = "hop_order")
  public int hopOrder;

  @Column(nullable = false, length = 40)
  public String template;

  @Column(name = "position_id", nullable = false, length = 64)
  public String position;

  @Column(name = "vacant_position_id", length = 64)
  public String vacantPosition;

  @Column(name = "holder_when_routed", length = 64)
  public String holderWhenRouted;

  @Column(nullable = false, length = 16)
  public String action;

  @Column(nullable = false, length = 16)
  public String state;

  @Column(name = "acted_by", length = 64)
  public String actedBy;

  @Column(name = "acted_at")
  public OffsetDateTime actedAt;

  @Column(length = ContactRequest.MAX_NOTE_LENGTH)
  public String note;

  @Column(name = "due_at")
  public OffsetDateTime dueAt;

  @Column(name = "acknowledged_by", length = 64)
  public String acknowledgedBy;

  @Column(name = "acknowledged_at")
  public OffsetDateTime acknowledgedAt;

  @Column(name = "escalated_from", length = 64)
  public String escalatedFrom;

  @Column(nullable = false)
  public int escalations;

  @Column(name = "waiting_on_person_id", length = 64)
  public String waitingOn;
}
