package se.samspel.organisation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** A stored person. */
@Entity
@Table(name = "person")
public class PersonEntity {

  /** The municipality the row belongs to (V15): Hibernate ORM's tenant id, set on insert. */
  @TenantId
  @Column(name = "municipality_id", nullable = false, length = 4, updatable = false)
  public String municipalityId;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  public Long id;

  @Column(name = "external_id", nullable = false, length = 64)
  public String externalId;

  @Column(nullable = false, length = 200)
  public String name;

  @Column(length = 200)
  public String email;

  @Column(length = 200)
  public String login;

  @Column(nullable = false)
  public boolean active;

  @Version public int version;
}
