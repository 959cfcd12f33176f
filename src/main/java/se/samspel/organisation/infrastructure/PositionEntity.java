package se.samspel.organisation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import se.samspel.organisation.domain.PositionKind;

/** A stored position. */
@Entity
@Table(name = "org_position")
public class PositionEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_position_seq")
  @SequenceGenerator(
      name = "org_position_seq",
      sequenceName = "org_position_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "external_id", nullable = false, length = 64)
  public String externalId;

  @Column(nullable = false, length = 200)
  public String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  public PositionKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  public UnitEntity unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reports_to_id")
  public PositionEntity reportsTo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "holder_id")
  public PersonEntity holder;

  @Column(length = 200)
  public String party;

  @Column(nullable = false)
  public boolean active;

  @Version public int version;
}
