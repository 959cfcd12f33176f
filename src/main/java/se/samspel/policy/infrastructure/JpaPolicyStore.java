package se.samspel.policy.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.PolicyStore;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.format.PolicyJson;
import se.samspel.policy.format.PolicyValidator;

/** Keeps policy versions in the database as the documents they were uploaded as. */
@ApplicationScoped
public class JpaPolicyStore implements PolicyStore {

  private static final Logger LOG = Logger.getLogger(JpaPolicyStore.class);

  private final EntityManager em;
  private final Clock clock;

  public JpaPolicyStore(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  @Override
  @Transactional
  public List<PolicyVersion> all() {
    List<PolicyVersion> versions = new ArrayList<>();
    for (PolicyVersionEntity e :
        em.createQuery("from PolicyVersionEntity order by key, version", PolicyVersionEntity.class)
            .getResultList()) {
      try {
        PolicyValidator.Result result = PolicyValidator.validate(PolicyJson.read(e.document));
        if (result instanceof PolicyValidator.Result.Valid valid) {
          versions.add(
              new PolicyVersion(
                  valid.policy().withVersion(e.version),
                  e.uploadedAt.toInstant(),
                  e.uploadedBy,
                  e.contentHash));
        } else {
          // Only validated documents are stored; one that no longer validates means this version
          // of Samspel reads the format differently. Keep serving the others.
          LOG.errorf("Stored policy %s v%d no longer validates: %s", e.key, e.version, result);
        }
      } catch (JsonProcessingException ex) {
        LOG.errorf("Stored policy %s v%d cannot be read: %s", e.key, e.version, ex.getMessage());
      }
    }
    return versions;
  }

  @Override
  @Transactional
  public Added add(Policy policy, String document, String contentHash, String uploadedBy) {
    List<PolicyVersionEntity> latest =
        em.createQuery(
                "from PolicyVersionEntity where key = :key order by version desc",
                PolicyVersionEntity.class)
            .setParameter("key", policy.key())
            .setMaxResults(1)
            .getResultList();
    if (!latest.isEmpty() && latest.get(0).contentHash.equals(contentHash)) {
      PolicyVersionEntity same = latest.get(0);
      return new Added(
          new PolicyVersion(
              policy.withVersion(same.version),
              same.uploadedAt.toInstant(),
              same.uploadedBy,
              same.contentHash),
          false);
    }
    PolicyVersionEntity entity = new PolicyVersionEntity();
    entity.key = policy.key();
    entity.version = latest.isEmpty() ? 1 : latest.get(0).version + 1;
    entity.municipality = policy.provenance().municipality();
    entity.title = policy.provenance().title();
    entity.validFrom = policy.provenance().validFrom();
    entity.validTo = policy.provenance().validTo().orElse(null);
    entity.document = document;
    entity.contentHash = contentHash;
    entity.uploadedAt = OffsetDateTime.now(clock);
    entity.uploadedBy = uploadedBy;
    em.persist(entity);
    em.flush();
    return new Added(
        new PolicyVersion(
            policy.withVersion(entity.version),
            entity.uploadedAt.toInstant(),
            uploadedBy,
            contentHash),
        true);
  }

  @Override
  @Transactional
  public long stamp() {
    Number max =
        (Number)
            em.createQuery("select coalesce(max(p.id), 0) from PolicyVersionEntity p")
                .getSingleResult();
    return max.longValue();
  }
}
