package se.samspel.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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

  private static final int SLICE = 1_000;

  private final EntityManager em;

  public JpaWaitingSteps(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public List<WaitingStep> on(Collection<PositionId> positions) {
    List<String> ids = positions.stream().map(PositionId::value).distinct().toList();
    List<Object[]> rows = new ArrayList<>();
    // In slices: an import that changes every post of a 50 000-person organisation would otherwise
    // bind more parameters than PostgreSQL's protocol allows in one statement (65 535).
    for (int from = 0; from < ids.size(); from += SLICE) {
      rows.addAll(on(ids.subList(from, Math.min(ids.size(), from + SLICE))));
    }
    // Oldest request first across the slices, as one query would have ordered them.
    rows.sort(
        Comparator.comparing((Object[] r) -> (OffsetDateTime) r[3])
            .thenComparing(r -> (String) r[0])
            .thenComparing(r -> ((Number) r[1]).intValue()));
    return rows.stream()
        .map(
            r ->
                new WaitingStep(
                    (String) r[0], ((Number) r[1]).intValue(), new PositionId((String) r[2])))
        .toList();
  }

  private List<Object[]> on(List<String> positions) {
    return em.createQuery(
            "select h.request.id, h.hopOrder, h.position, h.request.createdAt"
                + " from RequestHopEntity h"
                + " where h.state = :pending and h.request.status in :open"
                + " and h.position in :positions"
                + " and not exists (select 1 from RequestHopEntity e where e.request = h.request"
                + " and e.state = :pending and e.hopOrder < h.hopOrder)"
                + " order by h.request.createdAt, h.request.id, h.hopOrder",
            Object[].class)
        .setParameter("pending", HopState.PENDING.name())
        .setParameter("open", OPEN)
        .setParameter("positions", positions)
        .getResultList();
  }
}
