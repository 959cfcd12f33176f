package se.samspel.visit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.visit.domain.SiteVisitCulling;

/** {@link SiteVisitCulling}: claim the due visits ({@code FOR UPDATE SKIP LOCKED}), blank them. */
@ApplicationScoped
public class JpaSiteVisitCulling implements SiteVisitCulling {

  private final EntityManager em;

  public JpaSiteVisitCulling(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public int cullVisitedBefore(LocalDate visitedBefore, Instant at, int limit) {
    String municipality = SessionMunicipality.of(em);
    List<String> ids =
        em.createNativeQuery(
                "select id from site_visit where municipality_id = ?1 and culled_at is null"
                    + " and visited_on < ?2 order by visited_on, id limit ?3"
                    + " for update skip locked")
            .setParameter(1, municipality)
            .setParameter(2, visitedBefore)
            .setParameter(3, limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    em.createNativeQuery(
            "update site_visit set culled_at = ?1, visitor = null, visitor_position = null,"
                + " note = null where municipality_id = ?2 and id in (?3)")
        .setParameter(1, at.atOffset(ZoneOffset.UTC))
        .setParameter(2, municipality)
        .setParameter(3, ids)
        .executeUpdate();
    return ids.size();
  }
}
