package se.samspel.municipality.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

  /**
   * {@inheritDoc}
   *
   * <p>The rows V15 keys by municipality are inserted here, in the municipality's own transaction:
   * the counters of the organisation and the substitutions at 0, and the deviation record's head at
   * the genesis hash (64 zeros, {@code deviation.domain.DeviationChain.GENESIS}), which the
   * record's verification starts from; and (V16) the event feed's culled-through position at 0.
   */
  @Override
  @Transactional
  public boolean add(Municipality municipality, Instant at) {
    String id = municipality.id().value();
    if (em.find(MunicipalityEntity.class, id) != null) {
      return false;
    }
    MunicipalityEntity entity = new MunicipalityEntity();
    entity.id = id;
    entity.name = municipality.name();
    entity.policyKey = municipality.policyKey();
    entity.createdAt = at.atOffset(ZoneOffset.UTC);
    em.persist(entity);
    em.flush();
    OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
    em.createNativeQuery(
            "insert into organisation_revision (municipality_id, revision, changed_at)"
                + " values (?1, 0, ?2)")
        .setParameter(1, id)
        .setParameter(2, now)
        .executeUpdate();
    em.createNativeQuery(
            "insert into substitution_revision (municipality_id, revision, changed_at)"
                + " values (?1, 0, ?2)")
        .setParameter(1, id)
        .setParameter(2, now)
        .executeUpdate();
    em.createNativeQuery(
            "insert into deviation_head (municipality_id, last_seq, head_hash) values (?1, 0, ?2)")
        .setParameter(1, id)
        .setParameter(2, "0".repeat(64))
        .executeUpdate();
    em.createNativeQuery(
            "insert into outbox_culled (municipality_id, culled_through) values (?1, 0)")
        .setParameter(1, id)
        .executeUpdate();
    return true;
  }
}
