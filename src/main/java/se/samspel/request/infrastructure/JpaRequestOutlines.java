package se.samspel.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactKind;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestOutlines;
import se.samspel.request.domain.RequestOutlines.OutlineEvent;
import se.samspel.request.domain.RequestStatus;

/**
 * {@link RequestOutlines} with JPQL: the requests asked for, then the events of all of them in
 * chunks of {@value #CHUNK} ids, never one query per request.
 */
@ApplicationScoped
public class JpaRequestOutlines implements RequestOutlines {

  /** How many request ids one IN list carries. */
  static final int CHUNK = 500;

  private static final String OUTLINE =
      "select r.id, r.kind, r.createdAt, r.status, r.stuckAtTop, r.currentPosition"
          + " from ContactRequestEntity r";

  private final EntityManager em;

  public JpaRequestOutlines(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<RequestOutline> createdBetween(Instant from, Instant to) {
    return withHistory(
        em.createQuery(
                OUTLINE + " where r.createdAt >= :from and r.createdAt < :to order by r.createdAt",
                Object[].class)
            .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
            .setParameter("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
            .getResultList());
  }

  @Override
  public List<RequestOutline> openAndStuckAtTop() {
    List<String> open =
        Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::isOpen)
            .map(Enum::name)
            .toList();
    return withHistory(
        em.createQuery(
                OUTLINE + " where r.stuckAtTop = true and r.status in :open order by r.createdAt",
                Object[].class)
            .setParameter("open", open)
            .getResultList());
  }

  private List<RequestOutline> withHistory(List<Object[]> rows) {
    List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
    Map<String, List<OutlineEvent>> histories = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<Object[]> chunk =
          em.createQuery(
                  "select e.request.id, e.at, e.event, e.hopOrder, e.note"
                      + " from RequestEventEntity e where e.request.id in :ids order by e.id",
                  Object[].class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
              .getResultList();
      for (Object[] e : chunk) {
        histories
            .computeIfAbsent((String) e[0], k -> new ArrayList<>())
            .add(
                new OutlineEvent(
                    ((OffsetDateTime) e[1]).toInstant(),
                    RequestEventType.valueOf((String) e[2]),
                    Optional.ofNullable((Integer) e[3]),
                    Optional.ofNullable((String) e[4])));
      }
    }
    List<RequestOutline> outlines = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      String id = (String) r[0];
      outlines.add(
          new RequestOutline(
              new RequestId(id),
              ContactKind.valueOf((String) r[1]),
              ((OffsetDateTime) r[2]).toInstant(),
              RequestStatus.valueOf((String) r[3]),
              (Boolean) r[4],
              Optional.ofNullable((String) r[5]).map(PositionId::new),
              histories.getOrDefault(id, List.of())));
    }
    return outlines;
  }
}
