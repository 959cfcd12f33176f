package se.samspel.request.infrastructure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import se.samspel.request.domain.ContactRequest;

/** A stored contact request. */
@Entity
@Table(name = "contact_request")
public class ContactRequestEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @Column(length = 36)
  public String id;

  /** Null once the request is culled (gallrad); so are the other personal columns. */
  @Column(name = "requester_person", length = 64)
  public String requesterPerson;

  @Column(name = "requester_position", length = 64)
  public String requesterPosition;

  @Column(name = "requester_external", length = 16)
  public String requesterExternal;

  @Column(name = "target_position", length = 64)
  public String targetPosition;

  @Column(name = "target_external", length = 16)
  public String targetExternal;

  @Column(nullable = false, length = 40)
  public String kind;

  @Column(nullable = false, length = 16)
  public String context;

  @Column(length = 16)
  public String question;

  @Column(nullable = false, length = 200)
  public String flags;

  @Column(length = ContactRequest.MAX_SUBJECT_LENGTH)
  public String subject;

  @Column(length = ContactRequest.MAX_PURPOSE_LENGTH)
  public String purpose;

  @Column(name = "wished_from")
  public LocalDate wishedFrom;

  @Column(name = "wished_to")
  public LocalDate wishedTo;

  @Column(name = "policy_key", nullable = false, length = 40)
  public String policyKey;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "rule_id", nullable = false, length = 100)
  public String ruleId;

  @Column(nullable = false, length = 32)
  public String status;

  @Column(name = "current_position", length = 64)
  public String currentPosition;

  @Column(name = "current_action", length = 16)
  public String currentAction;

  /**
   * The person the waiting hop waits on, beside {@link #currentPosition}: the pairs are compared
   * with who acts now to find steps whose post changed hands.
   */
  @Column(name = "current_waiting_on", length = 64)
  public String currentWaitingOn;

  /** The deadline of the waiting hop, for the sweeper's indexed claim. */
  @Column(name = "current_due_at")
  public OffsetDateTime currentDueAt;

  @Column(name = "stuck_at_top", nullable = false)
  public boolean stuckAtTop;

  @Column(name = "responsible_manager", length = 64)
  public String responsibleManager;

  @Column(name = "redirected_to", length = ContactRequest.MAX_FORUM_LENGTH)
  public String redirectedTo;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;

  /** Moved on by every change; see JpaContactRequestRepository#update. */
  @Column(nullable = false)
  public long version;

  /** When the request was culled under the retention decision (V16); null until then. */
  @Column(name = "culled_at")
  public OffsetDateTime culledAt;

  @OneToMany(
      mappedBy = "request",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("hopOrder")
  public List<RequestHopEntity> hops = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id")
  public List<RequestEventEntity> events = new ArrayList<>();
}
