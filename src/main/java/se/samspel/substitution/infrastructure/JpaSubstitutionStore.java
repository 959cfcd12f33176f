package se.samspel.substitution.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionId;
import se.samspel.substitution.domain.SubstitutionStore;

/** Keeps substitutions in the relational database; the revision row is the change lock. */
@ApplicationScoped
public class JpaSubstitutionStore implements SubstitutionStore {

  private final EntityManager em;

  public JpaSubstitutionStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public List<Substitution> endingOnOrAfter(LocalDate day) {
    return em.createQuery(
            "from SubstitutionEntity s where s.validTo >= :day order by s.validFrom, s.id",
            SubstitutionEntity.class)
        .setParameter("day", day)
        .getResultStream()
        .map(JpaSubstitutionStore::toDomain)
        .toList();
  }

  @Override
  @Transactional
  public List<Substitution> involving(PersonId person) {
    return em.createQuery(
            "from SubstitutionEntity s where s.absentPerson = :p or s.substitutePerson = :p"
                + " or s.namedBy = :p order by s.validFrom desc, s.namedAt desc, s.id",
            SubstitutionEntity.class)
        .setParameter("p", person.value())
        .getResultStream()
        .map(JpaSubstitutionStore::toDomain)
        .toList();
  }

  @Override
  @Transactional
  public Optional<Substitution> find(SubstitutionId id) {
    return Optional.ofNullable(em.find(SubstitutionEntity.class, id.value()))
        .map(JpaSubstitutionStore::toDomain);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(Substitution substitution) {
    SubstitutionEntity entity = new SubstitutionEntity();
    entity.id = substitution.id().value();
    entity.absentPerson = substitution.absent().value();
    entity.substitutePerson = substitution.substitute().value();
    entity.validFrom = substitution.from();
    entity.validTo = substitution.to();
    entity.reason = substitution.reason().orElse(null);
    entity.namedBy = substitution.namedBy().value();
    entity.namedAt = substitution.namedAt().atOffset(ZoneOffset.UTC);
    writeEnding(entity, substitution);
    em.persist(entity);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void update(Substitution substitution) {
    SubstitutionEntity entity = em.find(SubstitutionEntity.class, substitution.id().value());
    if (entity == null) {
      throw new IllegalStateException("no stored substitution " + substitution.id());
    }
    writeEnding(entity, substitution);
  }

  @Override
  @Transactional
  public long revision() {
    return ((Number)
            em.createNativeQuery(
                    "select revision from substitution_revision where municipality_id = ?1")
                .setParameter(1, SessionMunicipality.of(em))
                .getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long lockForChange() {
    return ((Number)
            em.createNativeQuery(
                    "select revision from substitution_revision where municipality_id = ?1 for update")
                .setParameter(1, SessionMunicipality.of(em))
                .getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed() {
    em.flush();
    em.createNativeQuery(
            "update substitution_revision set revision = revision + 1, changed_at = ?1"
                + " where municipality_id = ?2")
        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
        .setParameter(2, SessionMunicipality.of(em))
        .executeUpdate();
  }

  private static void writeEnding(SubstitutionEntity entity, Substitution substitution) {
    entity.endedFrom = substitution.ending().map(Substitution.Ending::from).orElse(null);
    entity.endedBy = substitution.ending().map(e -> e.by().value()).orElse(null);
    entity.endedAt = substitution.ending().map(e -> e.at().atOffset(ZoneOffset.UTC)).orElse(null);
  }

  private static Substitution toDomain(SubstitutionEntity e) {
    Optional<Substitution.Ending> ending =
        e.endedFrom == null
            ? Optional.empty()
            : Optional.of(
                new Substitution.Ending(
                    e.endedFrom, new PersonId(e.endedBy), e.endedAt.toInstant()));
    return new Substitution(
        new SubstitutionId(e.id),
        new PersonId(e.absentPerson),
        new PersonId(e.substitutePerson),
        e.validFrom,
        e.validTo,
        Optional.ofNullable(e.reason),
        new PersonId(e.namedBy),
        e.namedAt.toInstant(),
        ending);
  }
}
