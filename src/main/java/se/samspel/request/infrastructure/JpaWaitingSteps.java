package se.samspel.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.WaitingSteps;
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.RequestStatus;

/**
 * Answers the organisation's question which open requests wait on given positions: the step each
 * open request waits on now, in one query. That is its current step ({@code
 * ContactRequest#current}): the first pending hop by order. Later pending hops (an ARRANGE after an
 * APPROVE) wait on no one yet, so a change of their post's holder affects no one today.
 */
@ApplicationScoped
public class JpaWaitingSteps implements WaitingSteps {

  private static final List<String> OPEN =
      Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).map(Enum::name).toList();

  private final EntityManager em;

  public JpaWaitingSteps(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public List<WaitingStep> on(Collection<PositionId> positions) {
    if (positions.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select h.request.id, h.hopOrder, h.position from RequestHopEntity h"
                + " where h.state = :pending and h.request.status in :open"
                + " and h.position in :positions"
                + " and not exists (select 1 from RequestHopEntity e where e.request = h.request"
                + " and e.state = :pending and e.hopOrder < h.hopOrder)"
                + " order by h.request.createdAt, h.request.id, h.hopOrder",
            Object[].class)
        .setParameter("pending", HopState.PENDING.name())
        .setParameter("open", OPEN)
        .setParameter("positions", positions.stream().map(PositionId::value).toList())
        .getResultStream()
        .map(
            r ->
                new WaitingStep(
                    (String) r[0], ((Number) r[1]).intValue(), new PositionId((String) r[2])))
        .toList();
  }
}
