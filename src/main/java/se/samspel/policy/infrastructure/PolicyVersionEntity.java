package se.samspel.policy.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A stored version of a policy: its document as uploaded, never changed afterwards. */
@Entity
@Table(name = "policy_version")
public class PolicyVersionEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_version_seq")
  @SequenceGenerator(
      name = "policy_version_seq",
      sequenceName = "policy_version_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "policy_key", nullable = false, length = 40)
  public String key;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false, length = 200)
  public String municipality;

  @Column(nullable = false, length = 400)
  public String title;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Column(nullable = false, length = 1_000_000)
  public String document;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @Column(name = "uploaded_at", nullable = false)
  public OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 200)
  public String uploadedBy;
}
