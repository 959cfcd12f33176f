package se.samspel.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.policy.domain.ContactKind;
import se.samspel.request.domain.RequestCulling;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.Whistleblowing;

/**
 * {@link RequestCulling} in four statements per batch: claim the due requests ({@code FOR UPDATE
 * SKIP LOCKED}, as the sweeper claims overdue ones), blank their personal columns, blank their
 * history's, delete their steps. The columns kept are exactly those {@link JpaRequestOutlines}
 * reads, so the yearly review counts a culled request as before.
 */
@ApplicationScoped
public class JpaRequestCulling implements RequestCulling {

  private static final List<String> CLOSED =
      Arrays.stream(RequestStatus.values()).filter(s -> !s.isOpen()).map(Enum::name).toList();

  private static final List<String> REPORTS =
      Arrays.stream(ContactKind.values()).filter(Whistleblowing::concerns).map(Enum::name).toList();

  private final EntityManager em;

  public JpaRequestCulling(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public int cullClosed(Instant closedBefore, Instant reportsClosedBefore, Instant at, int limit) {
    String municipality = SessionMunicipality.of(em);
    List<String> ids =
        em.createNativeQuery(
                "select id from contact_request where municipality_id = ?1 and culled_at is null"
                    + " and status in (?2) and ((kind in (?3) and updated_at < ?4)"
                    + " or (kind not in (?3) and updated_at < ?5))"
                    + " order by updated_at, id limit ?6 for update skip locked")
            .setParameter(1, municipality)
            .setParameter(2, CLOSED)
            .setParameter(3, REPORTS)
            .setParameter(4, reportsClosedBefore.atOffset(ZoneOffset.UTC))
            .setParameter(5, closedBefore.atOffset(ZoneOffset.UTC))
            .setParameter(6, limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    em.createNativeQuery(
            "update contact_request set culled_at = ?1, requester_person = null,"
                + " requester_position = null, requester_external = null, target_position = null,"
                + " target_external = null, subject = null, purpose = null, wished_from = null,"
                + " wished_to = null, current_position = null, current_action = null,"
                + " current_waiting_on = null, responsible_manager = null, redirected_to = null"
                + " where municipality_id = ?2 and id in (?3)")
        .setParameter(1, at.atOffset(ZoneOffset.UTC))
        .setParameter(2, municipality)
        .setParameter(3, ids)
        .executeUpdate();
    em.createNativeQuery(
            "update request_event set actor = null, on_behalf_of = null, note = null,"
                + " moved_from = null, moved_to = null, moved_from_person = null,"
                + " moved_to_person = null where municipality_id = ?1 and request_id in (?2)")
        .setParameter(1, municipality)
        .setParameter(2, ids)
        .executeUpdate();
    em.createNativeQuery(
            "delete from request_hop where municipality_id = ?1 and request_id in (?2)")
        .setParameter(1, municipality)
        .setParameter(2, ids)
        .executeUpdate();
    return ids.size();
  }
}
