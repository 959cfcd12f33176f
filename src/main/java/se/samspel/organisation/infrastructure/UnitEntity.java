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
import se.samspel.organisation.domain.UnitKind;

/** A stored unit. */
@Entity
@Table(name = "org_unit")
public class UnitEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  public Long id;

  @Column(name = "external_id", nullable = false, length = 64)
  public String externalId;

  @Column(nullable = false, length = 200)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  public UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  public UnitEntity parent;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "responsible_committee_id")
  public UnitEntity responsibleCommittee;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "head_position_id")
  public PositionEntity head;

  @Column(nullable = false)
  public boolean active;

  @Version public int version;
}
