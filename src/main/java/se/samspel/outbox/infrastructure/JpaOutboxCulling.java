package se.samspel.outbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.outbox.domain.OutboxCulling;
import se.samspel.outbox.domain.OutboxStore;

/**
 * {@link OutboxCulling} with native SQL: claim due events ({@code FOR UPDATE SKIP LOCKED}), delete
 * their notifications and them, and raise the municipality's row of {@code outbox_culled} (one per
 * municipality, written when it is added, so an update always finds it).
 */
@ApplicationScoped
public class JpaOutboxCulling implements OutboxCulling {

  private static final int POSITIONING_BATCH = 1000;

  private final EntityManager em;
  private final OutboxStore store;

  public JpaOutboxCulling(EntityManager em, OutboxStore store) {
    this.em = em;
    this.store = store;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public Culled cull(Instant recordedBefore, int limit) {
    while (store.assignFeedPositions(POSITIONING_BATCH) == POSITIONING_BATCH) {
      // Position everything committed before deleting any of it.
    }
    String municipality = SessionMunicipality.of(em);
    List<Object[]> due =
        em.createNativeQuery(
                "select e.id, e.feed_position from outbox_event e where e.municipality_id = ?1"
                    + " and e.recorded_at < ?2 and e.feed_position is not null"
                    + " and not exists (select 1 from outbox_recipient r where r.event_id = e.id"
                    + " and r.status = ?3)"
                    + " order by e.id limit ?4 for update skip locked")
            .setParameter(1, municipality)
            .setParameter(2, recordedBefore.atOffset(ZoneOffset.UTC))
            .setParameter(3, OutboxRecipientEntity.PENDING)
            .setParameter(4, limit)
            .getResultList();
    if (due.isEmpty()) {
      return new Culled(0, 0);
    }
    List<Long> ids = due.stream().map(r -> ((Number) r[0]).longValue()).toList();
    long highest = due.stream().mapToLong(r -> ((Number) r[1]).longValue()).max().orElseThrow();
    int notifications =
        em.createNativeQuery(
                "delete from outbox_recipient where municipality_id = ?1 and event_id in (?2)")
            .setParameter(1, municipality)
            .setParameter(2, ids)
            .executeUpdate();
    int events =
        em.createNativeQuery("delete from outbox_event where municipality_id = ?1 and id in (?2)")
            .setParameter(1, municipality)
            .setParameter(2, ids)
            .executeUpdate();
    em.createNativeQuery(
            "update outbox_culled set culled_through = ?2"
                + " where municipality_id = ?1 and culled_through < ?2")
        .setParameter(1, municipality)
        .setParameter(2, highest)
        .executeUpdate();
    return new Culled(events, notifications);
  }

  @Override
  @Transactional
  public long culledThrough() {
    List<?> row =
        em.createNativeQuery("select culled_through from outbox_culled where municipality_id = ?1")
            .setParameter(1, SessionMunicipality.of(em))
            .getResultList();
    return row.isEmpty() ? 0 : ((Number) row.get(0)).longValue();
  }
}
