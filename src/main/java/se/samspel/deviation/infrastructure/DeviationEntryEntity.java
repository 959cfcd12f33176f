package se.samspel.deviation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;

/** A stored entry of the deviation record. Only ever inserted, and redacted by a bulk update. */
@Entity
@Table(name = "deviation_entry")
public class DeviationEntryEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id public long seq;

  @Column(nullable = false, length = 32)
  public String kind;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime occurredAt;

  @Column(name = "recorded_at", nullable = false)
  public OffsetDateTime recordedAt;

  @Column(name = "policy_key", nullable = false, length = 64)
  public String policyKey;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "rule_id", nullable = false, length = 64)
  public String ruleId;

  @Column(name = "rule_title", nullable = false, length = 500)
  public String ruleTitle;

  @Column(nullable = false, length = 500)
  public String section;

  @Column(nullable = false, length = 4000)
  public String quote;

  @Column(nullable = false, length = 16)
  public String severity;

  @Column(
      name = "prescribed_route",
      nullable = false,
      length = NewDeviation.MAX_PRESCRIBED_ROUTE_LENGTH)
  public String prescribedRoute;

  @Column(name = "requester_role", nullable = false, length = 64)
  public String requesterRole;

  @Column(name = "target_role", nullable = false, length = 64)
  public String targetRole;

  @Column(length = 64)
  public String department;

  @Column(name = "request_id", length = 64)
  public String requestId;

  public Long corrects;

  @Column(nullable = false, length = NewDeviation.MAX_SUMMARY_LENGTH)
  public String summary;

  @Column(length = 64)
  public String reporter;

  @Column(length = 64)
  public String requester;

  @Column(length = 64)
  public String target;

  @Column(length = PersonalData.MAX_DESCRIPTION_LENGTH)
  public String description;

  @Column(name = "personal_salt", nullable = false, length = 32)
  public String personalSalt;

  @Column(name = "personal_hash", nullable = false, length = 64)
  public String personalHash;

  @Column(name = "previous_hash", nullable = false, length = 64)
  public String previousHash;

  @Column(name = "entry_hash", nullable = false, length = 64)
  public String entryHash;

  @Column(name = "redacted_at")
  public OffsetDateTime redactedAt;

  /** The canonical form the entry was hashed in: 1 or 2 (V10). */
  @Column(name = "form_version", nullable = false)
  public int formVersion;

  /** The requester's department, v2 entries only (V10). */
  @Column(name = "requester_department", length = 64)
  public String requesterDepartment;

  /** The target's department, v2 entries only (V10). */
  @Column(name = "target_department", length = 64)
  public String targetDepartment;
}
