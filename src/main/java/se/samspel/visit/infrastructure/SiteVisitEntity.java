package se.samspel.visit.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;
import se.samspel.visit.domain.SiteVisit;

/** A stored site visit; never changed once written. */
@Entity
@Table(name = "site_visit")
public class SiteVisitEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @Column(length = 36)
  public String id;

  /** Null once the visit is culled (gallrad), as are the visitor's position and the note. */
  @Column(length = 64)
  public String visitor;

  @Column(name = "visitor_position", length = 64)
  public String visitorPosition;

  @Column(name = "visited_unit", length = 64)
  public String visitedUnit;

  @Column(name = "visited_position", length = 64)
  public String visitedPosition;

  @Column(nullable = false, length = 64)
  public String department;

  @Column(name = "visited_on", nullable = false)
  public LocalDate visitedOn;

  @Column(length = SiteVisit.MAX_NOTE_LENGTH)
  public String note;

  @Column(name = "registered_at", nullable = false)
  public OffsetDateTime registeredAt;

  /** When the visit was culled under the retention decision (V16); null until then. */
  @Column(name = "culled_at")
  public OffsetDateTime culledAt;

  @Column(nullable = false, length = 32)
  public String verdict;

  @Column(name = "policy_key", length = 64)
  public String policyKey;

  @Column(name = "policy_version")
  public Integer policyVersion;

  @Column(name = "rule_id", length = 128)
  public String ruleId;

  @Column(length = 64)
  public String reason;

  @Column(name = "deviation_seq")
  public Long deviationSeq;
}
