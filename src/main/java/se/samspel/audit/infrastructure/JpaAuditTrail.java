package se.samspel.audit.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samspel.audit.domain.AdministrativeAction;
import se.samspel.audit.domain.AuditFilter;
import se.samspel.audit.domain.AuditTrail;

/** Keeps the audit trail in the table {@code administrative_action}; the summary as JSON. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  private static final TypeReference<Map<String, Object>> SUMMARY = new TypeReference<>() {};

  private final EntityManager em;
  private final ObjectMapper json;

  public JpaAuditTrail(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(AdministrativeAction action) {
    AdministrativeActionEntity entity = new AdministrativeActionEntity();
    entity.kind = action.kind().name();
    entity.actorPerson = action.actorPerson().orElse(null);
    entity.actorLogin = action.actorLogin().orElse(null);
    entity.at = action.at().atOffset(ZoneOffset.UTC);
    entity.revision = action.revision().orElse(null);
    try {
      entity.summary = json.writeValueAsString(action.summary());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit summary could not be written as JSON", e);
    }
    em.persist(entity);
  }

  @Override
  @Transactional
  public List<AdministrativeAction> newestFirst(AuditFilter filter, int offset, int size) {
    // Append order, not the clock's: a trail lists what was done in the order it was done, even
    // when an instance's clock was set back (or a test moved it).
    return query(
            filter,
            "select a from AdministrativeActionEntity a",
            " order by a.id desc",
            AdministrativeActionEntity.class)
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultStream()
        .map(this::toAction)
        .toList();
  }

  @Override
  @Transactional
  public List<AdministrativeAction> byActor(String person) {
    return em.createQuery(
            "from AdministrativeActionEntity a where a.actorPerson = :person order by a.id",
            AdministrativeActionEntity.class)
        .setParameter("person", person)
        .getResultStream()
        .map(this::toAction)
        .toList();
  }

  @Override
  @Transactional
  public long count(AuditFilter filter) {
    return query(filter, "select count(a) from AdministrativeActionEntity a", "", Long.class)
        .getSingleResult();
  }

  /** The query of a filter: each part present adds its condition. */
  private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    filter.kind().ifPresent(k -> where.append(" and a.kind = :kind"));
    filter.from().ifPresent(f -> where.append(" and a.at >= :from"));
    filter.before().ifPresent(b -> where.append(" and a.at < :before"));
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    filter.kind().ifPresent(k -> query.setParameter("kind", k.name()));
    filter.from().ifPresent(f -> query.setParameter("from", f.atOffset(ZoneOffset.UTC)));
    filter.before().ifPresent(b -> query.setParameter("before", b.atOffset(ZoneOffset.UTC)));
    return query;
  }

  private AdministrativeAction toAction(AdministrativeActionEntity e) {
    Map<String, Object> summary;
    try {
      summary = json.readValue(e.summary, SUMMARY);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("Audit entry " + e.id + " has a summary that is not JSON", x);
    }
    return new AdministrativeAction(
        e.id,
        AdministrativeAction.Kind.valueOf(e.kind),
        Optional.ofNullable(e.actorPerson),
        Optional.ofNullable(e.actorLogin),
        e.at.toInstant(),
        Optional.ofNullable(e.revision),
        summary);
  }
}
