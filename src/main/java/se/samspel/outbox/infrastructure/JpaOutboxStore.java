package se.samspel.outbox.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.samspel.organisation.domain.PersonId;
import se.samspel.outbox.domain.EventType;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;
import se.samspel.outbox.domain.OutboxStore;
import se.samspel.outbox.domain.Recipient;
import se.samspel.outbox.domain.StoredEvent;

/**
 * Keeps the outbox in the relational database.
 *
 * <p><b>Why a feed position and not the id.</b> Ids come from a pooled sequence when the event is
 * added, but transactions commit in another order: paging by id, a reader could see id 8 and move
 * its cursor past 7 while 7's transaction has not yet committed, and never see 7. Positions are
 * given by {@link #assignFeedPositions} only to events that have committed (a transaction sees no
 * uncommitted row of another), one sequencing at a time under the lock of the single row of {@code
 * outbox_feed_counter}, each run continuing after the last position the previous run committed. The
 * positions readers can see are therefore always a gap-free prefix, and a row that commits late
 * gets a later position instead of one behind a reader's cursor. Writers never touch the counter,
 * so recording an event takes no lock beyond its own rows.
 */
@ApplicationScoped
public class JpaOutboxStore implements OutboxStore {

  private static final Logger LOG = Logger.getLogger(JpaOutboxStore.class);

  /** The longest payload, as JSON, that the outbox stores. */
  static final int MAX_PAYLOAD = 8000;

  private static final TypeReference<LinkedHashMap<String, Object>> PAYLOAD =
      new TypeReference<>() {};

  private final EntityManager em;
  private final ObjectMapper json;
  private final Clock clock;

  public JpaOutboxStore(EntityManager em, ObjectMapper json, Clock clock) {
    this.em = em;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public long append(OutboxEvent event) {
    OutboxEventEntity entity = new OutboxEventEntity();
    entity.type = event.type().name();
    entity.aggregateId = event.aggregateId();
    entity.occurredAt = event.occurredAt().atOffset(ZoneOffset.UTC);
    OffsetDateTime now = OffsetDateTime.now(clock);
    entity.recordedAt = now;
    entity.payload = serialise(event.payload());
    em.persist(entity);
    for (Recipient recipient : event.recipients()) {
      OutboxRecipientEntity r = new OutboxRecipientEntity();
      r.event = entity;
      r.personId = recipient.person().value();
      r.reason = recipient.reason().name();
      r.status = OutboxRecipientEntity.PENDING;
      r.attempts = 0;
      r.nextAttemptAt = now;
      em.persist(r);
    }
    return entity.id;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Deliberately for the whole deployment, whichever municipality the session is for: the feed
   * positions are one sequence, and each municipality's reader sees only its own events in it.
   */
  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public int assignFeedPositions(int max) {
    boolean anyWaiting =
        !em.createNativeQuery("select id from outbox_event where feed_position is null")
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!anyWaiting) {
      return 0;
    }
    // The lock first: the rows read after it include everything the previous run positioned.
    long last =
        ((Number)
                em.createNativeQuery(
                        "select last_position from outbox_feed_counter where id = 1 for update")
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Number> waiting =
        em.createNativeQuery("select id from outbox_event where feed_position is null order by id")
            .setMaxResults(max)
            .getResultList();
    int positioned = 0;
    for (Number id : waiting) {
      positioned +=
          em.createNativeQuery(
                  "update outbox_event set feed_position = :position"
                      + " where id = :id and feed_position is null")
              .setParameter("position", last + positioned + 1)
              .setParameter("id", id.longValue())
              .executeUpdate();
    }
    em.createNativeQuery("update outbox_feed_counter set last_position = :last where id = 1")
        .setParameter("last", last + positioned)
        .executeUpdate();
    if (positioned > 0) {
      LOG.debugf("Feed positions %d to %d assigned", last + 1, last + positioned);
    }
    return positioned;
  }

  @Override
  @Transactional
  public Optional<OutboxEvent> event(long id) {
    OutboxEventEntity e = em.find(OutboxEventEntity.class, id);
    if (e == null) {
      return Optional.empty();
    }
    List<Recipient> recipients = recipientsOf(List.of(id)).getOrDefault(id, List.of());
    return Optional.of(toDomain(e, recipients));
  }

  @Override
  @Transactional
  public List<StoredEvent> after(long cursor, int limit) {
    List<OutboxEventEntity> events =
        em.createQuery(
                "select e from OutboxEventEntity e where e.feedPosition > :cursor"
                    + " order by e.feedPosition",
                OutboxEventEntity.class)
            .setParameter("cursor", cursor)
            .setMaxResults(limit)
            .getResultList();
    if (events.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Recipient>> recipients = recipientsOf(events.stream().map(e -> e.id).toList());
    List<StoredEvent> stored = new ArrayList<>(events.size());
    for (OutboxEventEntity e : events) {
      stored.add(
          new StoredEvent(
              e.id, e.feedPosition, toDomain(e, recipients.getOrDefault(e.id, List.of()))));
    }
    return stored;
  }

  private Map<Long, List<Recipient>> recipientsOf(List<Long> eventIds) {
    return em.createQuery(
            "select r from OutboxRecipientEntity r where r.event.id in :ids order by r.id",
            OutboxRecipientEntity.class)
        .setParameter("ids", eventIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                r -> r.event.id,
                Collectors.mapping(
                    r -> new Recipient(new PersonId(r.personId), NotifyReason.valueOf(r.reason)),
                    Collectors.toList())));
  }

  private OutboxEvent toDomain(OutboxEventEntity e, List<Recipient> recipients) {
    return new OutboxEvent(
        EventType.valueOf(e.type),
        e.aggregateId,
        e.occurredAt.toInstant(),
        deserialise(e.payload),
        recipients);
  }

  private String serialise(Map<String, Object> payload) {
    String text;
    try {
      text = json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The event payload cannot be written as JSON", e);
    }
    if (text.length() > MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          "The event payload is " + text.length() + " characters as JSON; at most " + MAX_PAYLOAD);
    }
    return text;
  }

  private Map<String, Object> deserialise(String text) {
    try {
      return json.readValue(text, PAYLOAD);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored event payload is not JSON", e);
    }
  }
}
