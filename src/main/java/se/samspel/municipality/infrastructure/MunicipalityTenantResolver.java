package se.samspel.municipality.infrastructure;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import se.samspel.municipality.application.MunicipalityConfig;
import se.samspel.municipality.application.MunicipalityScope;

/**
 * Tells Hibernate ORM which municipality a database session is for: the tenant id of discriminator
 * multitenancy ({@code quarkus.hibernate-orm.multitenant=DISCRIMINATOR}), which Hibernate writes
 * into the {@code municipality_id} of every row it inserts and adds to every query and load by id
 * of the entities marked {@code @TenantId}. Resolved when a session opens, from {@link
 * MunicipalityScope#current()}: a transaction stays with one municipality.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class MunicipalityTenantResolver implements TenantResolver {

  private final MunicipalityScope scope;
  private final String first;

  public MunicipalityTenantResolver(MunicipalityScope scope, MunicipalityConfig config) {
    this.scope = scope;
    this.first = config.first().id();
  }

  @Override
  public String getDefaultTenantId() {
    return first;
  }

  @Override
  public String resolveTenantId() {
    return scope.current().value();
  }
}
