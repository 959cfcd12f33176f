package se.samspel.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import se.samspel.common.SamspelException;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.QuestionType;
import se.samspel.request.domain.ContactDescription;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.RequestDetails;
import se.samspel.request.domain.RequestEvent;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.RequestSummary;
import se.samspel.request.domain.RequestText;
import se.samspel.request.domain.RoutedUnder;
import se.samspel.request.domain.WaitingPair;

/**
 * Keeps contact requests in the database. Updates check the version the request was read at: if
 * someone else changed it in between, the update fails as a conflict and nothing is written.
 * Callers run inside their use case's transaction.
 */
@ApplicationScoped
public class JpaContactRequestRepository implements ContactRequestRepository {

  private final EntityManager em;

  public JpaContactRequestRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ContactRequest> find(RequestId id) {
    ContactRequestEntity entity = em.find(ContactRequestEntity.class, id.value());
    // A culled request is no longer a request anyone can read or act on: only the yearly review's
    // anonymous facts are left of it (RequestCulling).
    return Optional.ofNullable(entity)
        .filter(e -> e.culledAt == null)
        .map(JpaContactRequestRepository::toDomain);
  }

  @Override
  public List<ContactRequest> findAll(List<RequestId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> keys = ids.stream().map(RequestId::value).distinct().toList();
    // Two queries whatever the number of requests: each reads the requests with one of their two
    // lists (Hibernate fetches one list per query), and the second fills the same entities, which
    // the persistence context already holds. Not one find and two lazy loads per request.
    List<ContactRequestEntity> read =
        em.createQuery(
                "select r from ContactRequestEntity r left join fetch r.hops h"
                    + " where r.id in :ids and r.culledAt is null order by r.id, h.hopOrder",
                ContactRequestEntity.class)
            .setParameter("ids", keys)
            .getResultList();
    if (read.isEmpty()) {
      return List.of();
    }
    em.createQuery(
            "select r from ContactRequestEntity r left join fetch r.events e"
                + " where r.id in :ids and r.culledAt is null order by r.id, e.id",
            ContactRequestEntity.class)
        .setParameter("ids", keys)
        .getResultList();
    Map<String, ContactRequestEntity> byId =
        read.stream().collect(Collectors.toMap(e -> e.id, e -> e));
    return keys.stream()
        .map(byId::get)
        .filter(java.util.Objects::nonNull)
        .map(JpaContactRequestRepository::toDomain)
        .toList();
  }

  @Override
  public void add(ContactRequest request) {
    ContactRequestEntity entity = new ContactRequestEntity();
    entity.id = request.id().value();
    copy(request, entity);
    for (RequestHop hop : request.hops()) {
      RequestHopEntity h = new RequestHopEntity();
      h.request = entity;
      h.hopOrder = hop.order();
      copy(hop, h);
      entity.hops.add(h);
    }
    appendEvents(request, entity);
    em.persist(entity);
    em.flush();
  }

  @Override
  public long update(ContactRequest request) {
    return updateAll(List.of(request)).get(0);
  }

  @Override
  public List<Long> updateAll(List<ContactRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    List<ContactRequestEntity> entities = new ArrayList<>(requests.size());
    for (ContactRequest request : requests) {
      // Read already (find, findAll): the persistence context answers without a query.
      ContactRequestEntity entity = em.find(ContactRequestEntity.class, request.id().value());
      if (entity == null) {
        throw SamspelException.notFound("request", request.id().value());
      }
      entities.add(entity);
    }
    claimVersions(requests);
    List<Long> versions = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      ContactRequest request = requests.get(i);
      ContactRequestEntity entity = entities.get(i);
      entity.version = request.version() + 1;
      write(request, entity);
      versions.add(entity.version);
    }
    // One flush: with JDBC batching (statement-batch-size, order_inserts, order_updates) the rows
    // of every request go in one batch per statement, not one round trip per row.
    em.flush();
    return versions;
  }

  /**
   * Optimistic locking: a row's version moves on only if it is still the one the request was read
   * at. Of two decisions made at once on the same version, the second finds no such row (after
   * waiting for the first's row lock) and fails, and its transaction writes nothing. One JDBC batch
   * for all the requests, each row's count checked: one round trip, not one per request.
   */
  private void claimVersions(List<ContactRequest> requests) {
    String municipality = SessionMunicipality.of(em);
    int[] claimed =
        em.unwrap(Session.class)
            .doReturningWork(
                connection -> {
                  try (PreparedStatement claim =
                      connection.prepareStatement(
                          "update contact_request set version = version + 1"
                              + " where id = ? and version = ? and municipality_id = ?")) {
                    for (ContactRequest request : requests) {
                      claim.setString(1, request.id().value());
                      claim.setLong(2, request.version());
                      claim.setString(3, municipality);
                      claim.addBatch();
                    }
                    return claim.executeBatch();
                  }
                });
    for (int count : claimed) {
      if (count != 1) {
        throw concurrentChange();
      }
    }
  }

  /** Copies a request's state onto its entity: the row, its hops, its new history entries. */
  private static void write(ContactRequest request, ContactRequestEntity entity) {
    copy(request, entity);
    for (RequestHop hop : request.hops()) {
      Optional<RequestHopEntity> stored =
          entity.hops.stream().filter(h -> h.hopOrder == hop.order()).findFirst();
      if (stored.isPresent()) {
        copy(hop, stored.get());
      } else {
        // A hop added after submission (the level a quick decision informs).
        RequestHopEntity h = new RequestHopEntity();
        h.request = entity;
        h.hopOrder = hop.order();
        copy(hop, h);
        entity.hops.add(h);
      }
    }
    appendEvents(request, entity);
  }

  @Override
  public List<RequestId> claimOverdue(Instant now, int limit) {
    // Locks the rows it returns until the caller's transaction ends, and skips rows another
    // instance has locked: two sweepers never escalate the same request at once, and a sweeper
    // that dies mid-way releases its rows for the next run.
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from contact_request where municipality_id = ?3 and current_due_at <= ?1"
                    + " order by current_due_at, id limit ?2 for update skip locked")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, limit)
            .setParameter(3, SessionMunicipality.of(em))
            .getResultList();
    return ids.stream().map(id -> new RequestId(id.toString())).toList();
  }

  @Override
  public boolean claimIfOverdue(RequestId id, Instant now) {
    return !em.createNativeQuery(
            "select id from contact_request where id = ?1 and current_due_at <= ?2"
                + " for update skip locked")
        .setParameter(1, id.value())
        .setParameter(2, now.atOffset(ZoneOffset.UTC))
        .getResultList()
        .isEmpty();
  }

  @Override
  public void postponeClaim(RequestId id, Instant at) {
    em.createQuery("update ContactRequestEntity r set r.currentDueAt = :at where r.id = :id")
        .setParameter("at", at.atOffset(ZoneOffset.UTC))
        .setParameter("id", id.value())
        .executeUpdate();
  }

  @Override
  public List<WaitingPair> waitingPairs() {
    return em.createQuery(
            "select distinct r.currentPosition, r.currentWaitingOn from ContactRequestEntity r"
                + " where r.currentPosition is not null",
            Object[].class)
        .getResultStream()
        .map(
            row ->
                new WaitingPair(
                    new PositionId((String) row[0]),
                    Optional.ofNullable((String) row[1]).map(PersonId::new)))
        .toList();
  }

  @Override
  public List<RequestId> waitingAs(WaitingPair pair) {
    String select = "select r.id from ContactRequestEntity r where r.currentPosition = :position";
    String order = " order by r.createdAt, r.id";
    var query =
        pair.person().isEmpty()
            ? em.createQuery(select + " and r.currentWaitingOn is null" + order, String.class)
            : em.createQuery(select + " and r.currentWaitingOn = :person" + order, String.class)
                .setParameter("person", pair.person().get().value());
    return query
        .setParameter("position", pair.position().value())
        .getResultStream()
        .map(RequestId::new)
        .toList();
  }

  @Override
  public List<RequestSummary> waitingOn(Set<PositionId> positions, int page, int size) {
    if (positions.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            SUMMARY + " where r.currentPosition in :positions" + " order by r.createdAt, r.id",
            Object[].class)
        .setParameter("positions", ids(positions))
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(JpaContactRequestRepository::summary)
        .toList();
  }

  @Override
  public Map<RequestStatus, Long> countWaitingOn(Set<PositionId> positions) {
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    if (positions.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select r.status, count(r) from ContactRequestEntity r"
                + " where r.currentPosition in :positions group by r.status",
            Object[].class)
        .setParameter("positions", ids(positions))
        .getResultStream()
        .forEach(row -> counts.put(RequestStatus.valueOf((String) row[0]), (Long) row[1]));
    return counts;
  }

  @Override
  public List<RequestSummary> madeBy(PersonId person, int page, int size) {
    return em
        .createQuery(
            SUMMARY + " where r.requesterPerson = :person" + " order by r.createdAt desc, r.id",
            Object[].class)
        .setParameter("person", person.value())
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(JpaContactRequestRepository::summary)
        .toList();
  }

  @Override
  public long countMadeBy(PersonId person) {
    return em.createQuery(
            "select count(r) from ContactRequestEntity r where r.requesterPerson = :person",
            Long.class)
        .setParameter("person", person.value())
        .getSingleResult();
  }

  @Override
  public List<RequestId> allMadeBy(PersonId person) {
    return em.createQuery(
            "select r.id from ContactRequestEntity r where r.requesterPerson = :person"
                + " order by r.createdAt desc, r.id",
            String.class)
        .setParameter("person", person.value())
        .getResultStream()
        .map(RequestId::new)
        .toList();
  }

  @Override
  public List<RequestId> onRouteOf(PersonId person) {
    // Subqueries rather than joins: a request the person acted on several times is one row.
    return em.createQuery(
            "select r.id from ContactRequestEntity r where r.requesterPerson <> :person and ("
                + " r.currentWaitingOn = :person"
                + " or exists (select 1 from RequestHopEntity h where h.request = r and ("
                + "   h.actedBy = :person or h.holderWhenRouted = :person"
                + "   or h.acknowledgedBy = :person or h.waitingOn = :person))"
                + " or exists (select 1 from RequestEventEntity e where e.request = r and ("
                + "   e.actor = :person or e.onBehalfOf = :person"
                + "   or e.movedFromPerson = :person or e.movedToPerson = :person)))"
                + " order by r.createdAt desc, r.id",
            String.class)
        .setParameter("person", person.value())
        .getResultStream()
        .map(RequestId::new)
        .toList();
  }

  @Override
  public List<RequestId> targeting(Set<PositionId> positions) {
    if (positions.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r.id from ContactRequestEntity r where r.targetPosition in :positions"
                + " order by r.createdAt desc, r.id",
            String.class)
        .setParameter("positions", ids(positions))
        .getResultStream()
        .map(RequestId::new)
        .toList();
  }

  @Override
  public List<RequestId> targetingWhileHeld(Set<PositionId> positions, PersonId holder) {
    if (positions.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r.id from ContactRequestEntity r where r.targetPosition in :positions"
                + " and not exists (select 1 from RequestHopEntity h where h.request = r"
                + "   and h.position = r.targetPosition and h.holderWhenRouted is not null"
                + "   and h.holderWhenRouted <> :holder)"
                + " order by r.createdAt desc, r.id",
            String.class)
        .setParameter("positions", ids(positions))
        .setParameter("holder", holder.value())
        .getResultStream()
        .map(RequestId::new)
        .toList();
  }

  @Override
  public List<RequestText> texts() {
    List<RequestText> texts = new java.util.ArrayList<>();
    em.createQuery(
            "select r.id, r.createdAt, r.subject, r.purpose, r.redirectedTo"
                + " from ContactRequestEntity r order by r.createdAt, r.id",
            Object[].class)
        .getResultStream()
        .forEach(
            row -> {
              RequestId id = new RequestId((String) row[0]);
              Instant at = ((java.time.OffsetDateTime) row[1]).toInstant();
              String[] fields = {"subject", "purpose", "redirectedTo"};
              for (int i = 0; i < fields.length; i++) {
                if (row[2 + i] != null) {
                  texts.add(new RequestText(id, fields[i], at, (String) row[2 + i]));
                }
              }
            });
    em.createQuery(
            "select h.request.id, h.actedAt, h.note, h.request.createdAt from RequestHopEntity h"
                + " where h.note is not null order by h.request.id, h.hopOrder",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                texts.add(
                    new RequestText(
                        new RequestId((String) row[0]),
                        "step.note",
                        ((java.time.OffsetDateTime) (row[1] != null ? row[1] : row[3])).toInstant(),
                        (String) row[2])));
    em.createQuery(
            "select e.request.id, e.at, e.note from RequestEventEntity e"
                + " where e.note is not null order by e.request.id, e.at, e.id",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                texts.add(
                    new RequestText(
                        new RequestId((String) row[0]),
                        "history.note",
                        ((java.time.OffsetDateTime) row[1]).toInstant(),
                        (String) row[2])));
    return texts;
  }

  // ---- Mapping ----

  private static SamspelException concurrentChange() {
    return SamspelException.conflict(
        CONCURRENT_MODIFICATION,
        "Someone else changed this request at the same time; reload it and try again");
  }

  private static List<String> ids(Set<PositionId> positions) {
    return positions.stream().map(PositionId::value).toList();
  }

  private static void copy(ContactRequest r, ContactRequestEntity e) {
    ContactDescription c = r.contact();
    e.requesterPerson = c.requesterPerson().value();
    e.requesterPosition = c.requesterPosition().map(PositionId::value).orElse(null);
    e.requesterExternal = c.requesterExternal().map(Enum::name).orElse(null);
    e.targetPosition = c.targetPosition().map(PositionId::value).orElse(null);
    e.targetExternal = c.targetExternal().map(Enum::name).orElse(null);
    e.kind = c.kind().name();
    e.context = c.context().name();
    e.question = c.question().map(Enum::name).orElse(null);
    e.flags = c.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    e.subject = r.details().subject();
    e.purpose = r.details().purpose().orElse(null);
    e.wishedFrom = r.details().wishedFrom().orElse(null);
    e.wishedTo = r.details().wishedTo().orElse(null);
    e.policyKey = r.routedUnder().policyKey();
    e.policyVersion = r.routedUnder().policyVersion();
    e.ruleId = r.routedUnder().ruleId();
    e.status = r.status().name();
    e.currentPosition = r.current().map(h -> h.position().value()).orElse(null);
    e.currentAction = r.current().map(h -> h.action().name()).orElse(null);
    e.currentWaitingOn =
        r.current().flatMap(RequestHop::waitingOn).map(PersonId::value).orElse(null);
    e.currentDueAt =
        r.current().flatMap(RequestHop::dueAt).map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null);
    e.stuckAtTop = r.isStuckAtTop();
    e.responsibleManager = r.responsibleManager().map(PositionId::value).orElse(null);
    e.redirectedTo = r.redirectedTo().orElse(null);
    e.createdAt = r.createdAt().atOffset(ZoneOffset.UTC);
    e.updatedAt = r.updatedAt().atOffset(ZoneOffset.UTC);
  }

  private static void copy(RequestHop hop, RequestHopEntity h) {
    h.template = hop.template().name();
    h.position = hop.position().value();
    h.vacantPosition = hop.vacantPosition().map(PositionId::value).orElse(null);
    h.holderWhenRouted = hop.holderWhenRouted().map(PersonId::value).orElse(null);
    h.action = hop.action().name();
    h.state = hop.state().name();
    h.actedBy = hop.actedBy().map(PersonId::value).orElse(null);
    h.actedAt = hop.actedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null);
    h.note = hop.note().orElse(null);
    h.dueAt = hop.dueAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null);
    h.acknowledgedBy = hop.acknowledgedBy().map(PersonId::value).orElse(null);
    h.acknowledgedAt = hop.acknowledgedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null);
    h.escalatedFrom = hop.escalatedFrom().map(PositionId::value).orElse(null);
    h.escalations = hop.escalations();
    h.waitingOn = hop.waitingOn().map(PersonId::value).orElse(null);
  }

  /** History is append-only: only entries not yet stored are added. */
  private static void appendEvents(ContactRequest request, ContactRequestEntity entity) {
    List<RequestEvent> history = request.history();
    for (int i = entity.events.size(); i < history.size(); i++) {
      RequestEvent event = history.get(i);
      RequestEventEntity e = new RequestEventEntity();
      e.request = entity;
      e.at = event.at().atOffset(ZoneOffset.UTC);
      e.actor = event.actor().value();
      e.onBehalfOf = event.onBehalfOf().map(PersonId::value).orElse(null);
      e.event = event.event().name();
      e.fromStatus = event.from().map(Enum::name).orElse(null);
      e.toStatus = event.to().name();
      e.hopOrder = event.hop().orElse(null);
      e.note = event.note().orElse(null);
      event
          .move()
          .ifPresent(
              move -> {
                e.movedFrom = move.from().value();
                e.movedTo = move.to().value();
                e.moveReason = move.reason().name();
                e.movedFromPerson = move.fromPerson().map(PersonId::value).orElse(null);
                e.movedToPerson = move.toPerson().map(PersonId::value).orElse(null);
              });
      entity.events.add(e);
    }
  }

  private static ContactRequest toDomain(ContactRequestEntity e) {
    ContactDescription contact =
        new ContactDescription(
            new PersonId(e.requesterPerson),
            Optional.ofNullable(e.requesterPosition).map(PositionId::new),
            Optional.ofNullable(e.requesterExternal).map(ExternalParty::valueOf),
            Optional.ofNullable(e.targetPosition).map(PositionId::new),
            Optional.ofNullable(e.targetExternal).map(ExternalParty::valueOf),
            ContactKind.valueOf(e.kind),
            ContactContext.valueOf(e.context),
            Optional.ofNullable(e.question).map(QuestionType::valueOf),
            flags(e.flags));
    List<RequestHop> hops =
        e.hops.stream()
            .map(
                h ->
                    new RequestHop(
                        h.hopOrder,
                        HopTemplate.valueOf(h.template),
                        new PositionId(h.position),
                        Optional.ofNullable(h.vacantPosition).map(PositionId::new),
                        Optional.ofNullable(h.holderWhenRouted).map(PersonId::new),
                        HopAction.valueOf(h.action),
                        HopState.valueOf(h.state),
                        Optional.ofNullable(h.actedBy).map(PersonId::new),
                        Optional.ofNullable(h.actedAt).map(t -> t.toInstant()),
                        Optional.ofNullable(h.note),
                        Optional.ofNullable(h.dueAt).map(t -> t.toInstant()),
                        Optional.ofNullable(h.acknowledgedBy).map(PersonId::new),
                        Optional.ofNullable(h.acknowledgedAt).map(t -> t.toInstant()),
                        Optional.ofNullable(h.escalatedFrom).map(PositionId::new),
                        h.escalations,
                        Optional.ofNullable(h.waitingOn).map(PersonId::new)))
            .toList();
    List<RequestEvent> history = e.events.stream().map(RequestEventEntity::toDomain).toList();
    return new ContactRequest(
        new RequestId(e.id),
        contact,
        new RequestDetails(
            e.subject,
            Optional.ofNullable(e.purpose),
            Optional.ofNullable(e.wishedFrom),
            Optional.ofNullable(e.wishedTo)),
        new RoutedUnder(e.policyKey, e.policyVersion, e.ruleId),
        RequestStatus.valueOf(e.status),
        hops,
        history,
        Optional.ofNullable(e.responsibleManager).map(PositionId::new),
        Optional.ofNullable(e.redirectedTo),
        e.stuckAtTop,
        e.createdAt.toInstant(),
        e.updatedAt.toInstant(),
        e.version);
  }

  private static Set<ContactFlag> flags(String value) {
    if (value == null || value.isBlank()) {
      return EnumSet.noneOf(ContactFlag.class);
    }
    return Arrays.stream(value.split(","))
        .map(ContactFlag::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactFlag.class)));
  }

  /**
   * The columns of a list's row ({@link #summary(Object[])}): a list reads these and no more, and
   * no entity, so that a page of 50 neither loads the requests' texts nor has 50 entities checked
   * for changes when its transaction ends.
   */
  private static final String SUMMARY =
      "select r.id, r.subject, r.kind, r.status, r.requesterPerson, r.targetPosition,"
          + " r.currentPosition, r.currentAction, r.currentDueAt, r.ruleId, r.createdAt,"
          + " r.updatedAt from ContactRequestEntity r";

  private static RequestSummary summary(Object[] row) {
    return new RequestSummary(
        new RequestId((String) row[0]),
        (String) row[1],
        ContactKind.valueOf((String) row[2]),
        RequestStatus.valueOf((String) row[3]),
        new PersonId((String) row[4]),
        Optional.ofNullable((String) row[5]).map(PositionId::new),
        Optional.ofNullable((String) row[6]).map(PositionId::new),
        Optional.ofNullable((String) row[7]).map(HopAction::valueOf),
        Optional.ofNullable((OffsetDateTime) row[8]).map(OffsetDateTime::toInstant),
        (String) row[9],
        ((OffsetDateTime) row[10]).toInstant(),
        ((OffsetDateTime) row[11]).toInstant());
  }
}
