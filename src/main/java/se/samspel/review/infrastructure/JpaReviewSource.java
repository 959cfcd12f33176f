package se.samspel.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.infrastructure.RequestEventEntity;
import se.samspel.review.domain.DeviationFacts;
import se.samspel.review.domain.ReviewSource;

/**
 * The review's facts: requests and their history from the request tables, read with two queries per
 * question (the requests, then the events of all of them), never one per request; deviations from
 * the deviation record through {@link DeviationFacts}.
 */
@ApplicationScoped
public class JpaReviewSource implements ReviewSource {

  /** How many request ids one IN list carries. */
  static final int CHUNK = 500;

  private final EntityManager em;
  private final DeviationFacts deviations;

  public JpaReviewSource(EntityManager em, DeviationFacts deviations) {
    this.em = em;
    this.deviations = deviations;
  }

  @Override
  public List<DeviationFact> deviations(Instant from, Instant to) {
    return deviations.between(from, to);
  }

  @Override
  public Optional<String> recordHeadHash() {
    return deviations.headHash();
  }

  @Override
  public List<RequestFact> requests(Instant from, Instant to) {
    List<Object[]> rows =
        em.createQuery(
                "select r.id, r.kind, r.createdAt, r.status, r.stuckAtTop, r.currentPosition"
                    + " from ContactRequestEntity r"
                    + " where r.createdAt >= :from and r.createdAt < :to order by r.createdAt",
                Object[].class)
            .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
            .setParameter("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
            .getResultList();
    return withEvents(rows);
  }

  @Override
  public List<RequestFact> stuckAtTop() {
    List<String> open =
        java.util.Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::isOpen)
            .map(Enum::name)
            .toList();
    List<Object[]> rows =
        em.createQuery(
                "select r.id, r.kind, r.createdAt, r.status, r.stuckAtTop, r.currentPosition"
                    + " from ContactRequestEntity r"
                    + " where r.stuckAtTop = true and r.status in :open order by r.createdAt",
                Object[].class)
            .setParameter("open", open)
            .getResultList();
    return withEvents(rows);
  }

  private List<RequestFact> withEvents(List<Object[]> rows) {
    List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
    Map<String, List<EventFact>> events = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<RequestEventEntity> chunk =
          em.createQuery(
                  "select e from RequestEventEntity e where e.request.id in :ids order by e.id",
                  RequestEventEntity.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
              .getResultList();
      for (RequestEventEntity e : chunk) {
        events
            .computeIfAbsent(e.request.id, k -> new ArrayList<>())
            .add(
                new EventFact(
                    e.at.toInstant(),
                    e.event,
                    Optional.ofNullable(e.hopOrder),
                    Optional.ofNullable(e.note)));
      }
    }
    List<RequestFact> facts = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      String id = (String) r[0];
      facts.add(
          new RequestFact(
              id,
              (String) r[1],
              ((OffsetDateTime) r[2]).toInstant(),
              (String) r[3],
              (Boolean) r[4],
              Optional.ofNullable((String) r[5]),
              events.getOrDefault(id, List.of())));
    }
    return facts;
  }
}
