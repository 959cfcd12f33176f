package se.samspel.organisation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored person. */
@Entity
@Table(name = "person")
public class PersonEntity {

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
