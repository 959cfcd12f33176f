package se.samspel.substitution.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;
import se.samspel.substitution.domain.Substitution;

/** A stored substitution. */
@Entity
@Table(name = "substitution")
public class SubstitutionEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @Column(length = 36)
  public String id;

  @Column(name = "absent_person", nullable = false, length = 64)
  public String absentPerson;

  @Column(name = "substitute_person", nullable = false, length = 64)
  public String substitutePerson;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to", nullable = false)
  public LocalDate validTo;

  @Column(length = Substitution.MAX_REASON_LENGTH)
  public String reason;

  @Column(name = "named_by", nullable = false, length = 64)
  public String namedBy;

  @Column(name = "named_at", nullable = false)
  public OffsetDateTime namedAt;

  @Column(name = "ended_from")
  public LocalDate endedFrom;

  @Column(name = "ended_by", length = 64)
  public String endedBy;

  @Column(name = "ended_at")
  public OffsetDateTime endedAt;

  @Version
  @Column(nullable = false)
  public long version;
}
