package se.samspel.request.infrastructure;

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
import java.util.Optional;
import org.hibernate.annotations.TenantId;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.domain.FollowReason;
import se.samspel.request.domain.RequestEvent;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.StepMove;

/** A stored history entry of a request: only ever added. */
@Entity
@Table(name = "request_event")
public class RequestEventEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
  @SequenceGenerator(
      name = "request_event_seq",
      sequenceName = "request_event_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false)
  public ContactRequestEntity request;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime at;

  /** Null once the request is culled (gallrad). */
  @Column(length = 64)
  public String actor;

  @Column(name = "on_behalf_of", length = 64)
  public String onBehalfOf;

  @Column(nullable = false, length = 32)
  public String event;

  @Column(name = "from_status", length = 32)
  public String fromStatus;

  @Column(name = "to_status", nullable = false, length = 32)
  public String toStatus;

  @Column(name = "hop_order")
  public Integer hopOrder;

  @Column(length = RequestEvent.MAX_NOTE_LENGTH)
  public String note;

  @Column(name = "moved_from", length = 64)
  public String movedFrom;

  @Column(name = "moved_to", length = 64)
  public String movedTo;

  @Column(name = "move_reason", length = 32)
  public String moveReason;

  /** Whom the step waited on before it moved. */
  @Column(name = "moved_from_person", length = 64)
  public String movedFromPerson;

  /** Whom the step waits on after it moved. */
  @Column(name = "moved_to_person", length = 64)
  public String movedToPerson;

  /** The history entry this row stores. */
  RequestEvent toDomain() {
    return new RequestEvent(
        at.toInstant(),
        new PersonId(actor),
        Optional.ofNullable(onBehalfOf).map(PersonId::new),
        RequestEventType.valueOf(event),
        Optional.ofNullable(fromStatus).map(RequestStatus::valueOf),
        RequestStatus.valueOf(toStatus),
        Optional.ofNullable(hopOrder),
        Optional.ofNullable(note),
        Optional.ofNullable(moveReason)
            .map(
                reason ->
                    new StepMove(
                        new PositionId(movedFrom),
                        new PositionId(movedTo),
                        FollowReason.valueOf(reason),
                        Optional.ofNullable(movedFromPerson).map(PersonId::new),
                        Optional.ofNullable(movedToPerson).map(PersonId::new))));
  }
}
