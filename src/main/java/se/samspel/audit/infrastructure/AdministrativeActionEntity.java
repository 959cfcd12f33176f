package se.samspel.audit.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TenantId;

/** A stored entry of the audit trail: only ever added. */
@Entity
@Table(name = "administrative_action")
public class AdministrativeActionEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "administrative_action_seq")
  @SequenceGenerator(
      name = "administrative_action_seq",
      sequenceName = "administrative_action_seq",
      allocationSize = 1)
  public Long id;

  @Column(nullable = false, length = 40)
  public String kind;

  @Column(name = "actor_person", length = 64)
  public String actorPerson;

  @Column(name = "actor_login", length = 200)
  public String actorLogin;

  @Column(name = "acted_at", nullable = false)
  public OffsetDateTime at;

  @Column public Long revision;

  @Column(nullable = false, length = 4000)
  public String summary;
}
