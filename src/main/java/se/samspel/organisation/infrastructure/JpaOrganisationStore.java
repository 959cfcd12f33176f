package se.samspel.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.organisation.domain.ActingAssignment;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationChanges;
import se.samspel.organisation.domain.OrganisationStore;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;

/**
 * Keeps the organisation in the relational database. Loading reads each table once with its
 * references resolved in the query (no query per row); replacing upserts by external id in phases,
 * so that the circular references between units and their heads never meet a missing row.
 */
@ApplicationScoped
public class JpaOrganisationStore implements OrganisationStore {

  private final EntityManager em;

  public JpaOrganisationStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public Organisation load() {
    Map<String, List<ActingAssignment>> acting = new HashMap<>();
    em.createQuery(
            "select p.externalId, per.externalId, a.validFrom, a.validTo from ActingAssignmentEntity a"
                + " join a.position p join a.person per where p.active = true order by a.id",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                acting
                    .computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(
                        new ActingAssignment(
                            new PersonId((String) row[1]),
                            (LocalDate) row[2],
                            Optional.ofNullable((LocalDate) row[3]))));
    List<Unit> units =
        em.createQuery(
                "select u.externalId, u.name, u.kind, p.externalId, c.externalId, h.externalId"
                    + " from UnitEntity u left join u.parent p left join u.responsibleCommittee c"
                    + " left join u.head h where u.active = true order by u.id",
                Object[].class)
            .getResultStream()
            .map(
                r ->
                    new Unit(
                        new UnitId((String) r[0]),
                        (String) r[1],
                        (UnitKind) r[2],
                        Optional.ofNullable((String) r[3]).map(UnitId::new),
                        Optional.ofNullable((String) r[4]).map(UnitId::new),
                        Optional.ofNullable((String) r[5]).map(PositionId::new)))
            .toList();
    List<Position> positions =
        em.createQuery(
                "select p.externalId, p.title, p.kind, u.externalId, m.externalId, h.externalId,"
                    + " p.party from PositionEntity p join p.unit u left join p.reportsTo m"
                    + " left join p.holder h where p.active = true order by p.id",
                Object[].class)
            .getResultStream()
            .map(
                r ->
                    new Position(
                        new PositionId((String) r[0]),
                        (String) r[1],
                        (PositionKind) r[2],
                        new UnitId((String) r[3]),
                        Optional.ofNullable((String) r[4]).map(PositionId::new),
                        Optional.ofNullable((String) r[5]).map(PersonId::new),
                        Optional.ofNullable((String) r[6]),
                        acting.getOrDefault((String) r[0], List.of())))
            .toList();
    List<Person> people =
        em.createQuery(
                "select p.externalId, p.name, p.email, p.login from PersonEntity p"
                    + " where p.active = true order by p.id",
                Object[].class)
            .getResultStream()
            .map(
                r ->
                    new Person(
                        new PersonId((String) r[0]),
                        (String) r[1],
                        Optional.ofNullable((String) r[2]),
                        Optional.ofNullable((String) r[3])))
            .toList();
    return new Organisation(units, positions, people);
  }

  @Override
  @Transactional
  public List<Person> retired() {
    return em.createQuery(
            "select p.externalId, p.name, p.login from PersonEntity p where p.active = false"
                + " order by p.id",
            Object[].class)
        .getResultStream()
        .map(
            r ->
                new Person(
                    new PersonId((String) r[0]),
                    (String) r[1],
                    Optional.empty(),
                    Optional.ofNullable((String) r[2])))
        .toList();
  }

  @Override
  @Transactional
  public List<Position> retiredPositionsHeldBy(PersonId person) {
    return em.createQuery(
            "select p.externalId, p.title, p.kind, u.externalId, p.party from PositionEntity p"
                + " join p.unit u join p.holder h where p.active = false and h.externalId = :person"
                + " order by p.id",
            Object[].class)
        .setParameter("person", person.value())
        .getResultStream()
        .map(
            r ->
                new Position(
                    new PositionId((String) r[0]),
                    (String) r[1],
                    (PositionKind) r[2],
                    new UnitId((String) r[3]),
                    Optional.empty(),
                    Optional.of(person),
                    Optional.ofNullable((String) r[4]),
                    List.of()))
        .toList();
  }

  @Override
  @Transactional
  public ImportSummary replace(Organisation organisation) {
    // Serialise concurrent imports: the revision row is the lock.
    RevisionRow revision = lockRevisionRow();
    // The counts come from the one definition of created/updated/retired, which the dry run uses.
    OrganisationChanges changes = OrganisationChanges.between(load(), organisation);

    Map<String, PersonEntity> people = byExternalId(PersonEntity.class, p -> p.externalId);
    for (Person person : organisation.people()) {
      PersonEntity entity = people.get(person.id().value());
      if (entity == null) {
        entity = new PersonEntity();
        entity.externalId = person.id().value();
        people.put(entity.externalId, entity);
      }
      entity.name = person.name();
      entity.email = person.email().orElse(null);
      entity.login = person.login().orElse(null);
      entity.active = true;
      if (entity.id == null) {
        em.persist(entity);
      }
    }
    retire(
        people.values(),
        ids(organisation.people(), p -> p.id().value()),
        e -> e.externalId,
        e -> e.active,
        e -> e.active = false);

    Map<String, UnitEntity> units = byExternalId(UnitEntity.class, u -> u.externalId);
    for (Unit unit : organisation.units()) {
      UnitEntity entity = units.get(unit.id().value());
      if (entity == null) {
        entity = new UnitEntity();
        entity.externalId = unit.id().value();
        units.put(entity.externalId, entity);
      }
      entity.name = unit.name();
      entity.kind = unit.kind();
      entity.active = true;
      if (entity.id == null) {
        em.persist(entity);
      }
    }
    retire(
        units.values(),
        ids(organisation.units(), u -> u.id().value()),
        e -> e.externalId,
        e -> e.active,
        e -> e.active = false);
    em.flush();

    Map<String, PositionEntity> positions = byExternalId(PositionEntity.class, p -> p.externalId);
    for (Position position : organisation.positions()) {
      PositionEntity entity = positions.get(position.id().value());
      if (entity == null) {
        entity = new PositionEntity();
        entity.externalId = position.id().value();
        positions.put(entity.externalId, entity);
      }
      entity.title = position.title();
      entity.kind = position.kind();
      entity.unit = units.get(position.unit().value());
      entity.holder = position.holder().map(h -> people.get(h.value())).orElse(null);
      entity.party = position.party().orElse(null);
      entity.reportsTo = null;
      entity.active = true;
      if (entity.id == null) {
        em.persist(entity);
      }
    }
    retire(
        positions.values(),
        ids(organisation.positions(), p -> p.id().value()),
        e -> e.externalId,
        e -> e.active,
        e -> e.active = false);
    em.flush();

    // Second phase: the references that may point forward or in a circle.
    for (Unit unit : organisation.units()) {
      UnitEntity entity = units.get(unit.id().value());
      entity.parent = unit.parent().map(p -> units.get(p.value())).orElse(null);
      entity.responsibleCommittee =
          unit.responsibleCommittee().map(c -> units.get(c.value())).orElse(null);
      entity.head = unit.head().map(h -> positions.get(h.value())).orElse(null);
    }
    for (Position position : organisation.positions()) {
      positions.get(position.id().value()).reportsTo =
          position.reportsTo().map(m -> positions.get(m.value())).orElse(null);
    }
    // Explicitly scoped: this bulk delete must never reach another municipality's assignments.
    em.createQuery("delete from ActingAssignmentEntity a where a.municipalityId = :municipality")
        .setParameter("municipality", SessionMunicipality.of(em))
        .executeUpdate();
    for (Position position : organisation.positions()) {
      for (ActingAssignment acting : position.acting()) {
        ActingAssignmentEntity entity = new ActingAssignmentEntity();
        entity.position = positions.get(position.id().value());
        entity.person = people.get(acting.person().value());
        entity.validFrom = acting.from();
        entity.validTo = acting.to().orElse(null);
        em.persist(entity);
      }
    }
    long next = revision.revision + 1;
    em.createNativeQuery(
            "update organisation_revision set revision = ?1, changed_at = ?2"
                + " where municipality_id = ?3")
        .setParameter(1, next)
        .setParameter(3, SessionMunicipality.of(em))
        .setParameter(2, OffsetDateTime.now())
        .executeUpdate();
    em.flush();
    return changes.summary(next);
  }

  @Override
  @Transactional
  public long revision() {
    return ((Number)
            em.createNativeQuery(
                    "select revision from organisation_revision where municipality_id = ?1")
                .setParameter(1, SessionMunicipality.of(em))
                .getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long lockRevision() {
    return lockRevisionRow().revision();
  }

  private record RevisionRow(long revision) {}

  private RevisionRow lockRevisionRow() {
    Object value =
        em.createNativeQuery(
                "select revision from organisation_revision where municipality_id = ?1 for update")
            .setParameter(1, SessionMunicipality.of(em))
            .getSingleResult();
    return new RevisionRow(((Number) value).longValue());
  }

  private <E> Map<String, E> byExternalId(Class<E> type, Function<E, String> key) {
    return em.createQuery("from " + type.getSimpleName(), type)
        .getResultStream()
        .collect(Collectors.toMap(key, e -> e, (a, b) -> a, HashMap::new));
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    items.forEach(i -> ids.add(id.apply(i)));
    return ids;
  }

  private static <E> void retire(
      Iterable<E> entities,
      Set<String> kept,
      Function<E, String> key,
      java.util.function.Predicate<E> active,
      java.util.function.Consumer<E> deactivate) {
    for (E entity : entities) {
      if (!kept.contains(key.apply(entity)) && active.test(entity)) {
        deactivate.accept(entity);
      }
    }
  }
}
