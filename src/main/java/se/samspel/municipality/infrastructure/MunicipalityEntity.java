package se.samspel.municipality.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A stored municipality (table {@code municipality}, V14). */
@Entity
@Table(name = "municipality")
public class MunicipalityEntity {

  /** The SCB municipality code. */
  @Id
  @Column(length = 4)
  public String id;

  @Column(nullable = false, length = 200)
  public String name;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;
}
