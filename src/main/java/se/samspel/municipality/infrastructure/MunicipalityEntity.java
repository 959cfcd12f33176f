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

  /** The key of the guideline it follows (V15). */
  @Column(name = "policy_key", nullable = false, length = 40)
  public String policyKey;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;
}
