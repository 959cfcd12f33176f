package se.samspel.municipality.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.municipality.domain.MunicipalityStore;

/** The municipalities in the table {@code municipality}. */
@ApplicationScoped
public class JpaMunicipalityStore implements MunicipalityStore {

  private final EntityManager em;

  public JpaMunicipalityStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public List<Municipality> all() {
    return em.createQuery(
            "from MunicipalityEntity m order by m.createdAt, m.id", MunicipalityEntity.class)
        .getResultStream()
        .map(e -> new Municipality(new MunicipalityId(e.id), e.name, e.policyKey))
        .toList();
  }
}
