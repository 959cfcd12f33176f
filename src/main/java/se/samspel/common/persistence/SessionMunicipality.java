package se.samspel.common.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * The municipality a database session was opened for: its Hibernate ORM tenant id (issue 16,
 * discriminator multitenancy). Hibernate adds it to the queries of entities by itself; native SQL
 * names it with this value, so that it reads and writes exactly what the session's entities do.
 */
public final class SessionMunicipality {

  private SessionMunicipality() {}

  /**
   * The four-digit SCB code of the session's municipality, the value of the {@code municipality_id}
   * columns.
   *
   * @throws IllegalStateException when the session has no tenant id (cannot happen while
   *     multitenancy is configured: Hibernate refuses to open such a session)
   */
  public static String of(EntityManager em) {
    Object tenant = em.unwrap(Session.class).getTenantIdentifierValue();
    if (tenant == null) {
      throw new IllegalStateException("The database session names no municipality");
    }
    return tenant.toString();
  }
}
