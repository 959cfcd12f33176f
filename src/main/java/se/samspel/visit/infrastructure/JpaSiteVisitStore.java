package se.samspel.visit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.visit.domain.SiteVisit;
import se.samspel.visit.domain.SiteVisitId;
import se.samspel.visit.domain.SiteVisitStore;

/** Keeps registered site visits in the relational database. */
@ApplicationScoped
public class JpaSiteVisitStore implements SiteVisitStore {

  private static final String NEWEST_FIRST =
      " order by v.visitedOn desc, v.registeredAt desc, v.id";

  private final EntityManager em;

  public JpaSiteVisitStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(SiteVisit visit) {
    SiteVisitEntity e = new SiteVisitEntity();
    e.id = visit.id().value();
    e.visitor = visit.visitor().value();
    e.visitorPosition = visit.visitorPosition().value();
    e.visitedUnit = visit.unit().map(UnitId::value).orElse(null);
    e.visitedPosition = visit.position().map(PositionId::value).orElse(null);
    e.department = visit.department().value();
    e.visitedOn = visit.visitedOn();
    e.note = visit.note().orElse(null);
    e.registeredAt = visit.registeredAt().atOffset(ZoneOffset.UTC);
    SiteVisit.Judgement j = visit.judgement();
    e.verdict = j.verdict().name();
    e.policyKey = j.policyKey().orElse(null);
    e.policyVersion = j.policyVersion().orElse(null);
    e.ruleId = j.ruleId().orElse(null);
    e.reason = j.reason().orElse(null);
    e.deviationSeq = j.deviationSeq().orElse(null);
    em.persist(e);
  }

  @Override
  @Transactional
  public Optional<SiteVisit> find(SiteVisitId id) {
    // A culled visit is no longer anyone's: only the review's count is left of it.
    return Optional.ofNullable(em.find(SiteVisitEntity.class, id.value()))
        .filter(e -> e.culledAt == null)
        .map(JpaSiteVisitStore::toDomain);
  }

  @Override
  @Transactional
  public List<SiteVisit> byVisitor(PersonId visitor) {
    return em.createQuery(
            "from SiteVisitEntity v where v.visitor = :p" + NEWEST_FIRST, SiteVisitEntity.class)
        .setParameter("p", visitor.value())
        .getResultStream()
        .map(JpaSiteVisitStore::toDomain)
        .toList();
  }

  @Override
  @Transactional
  public List<SiteVisit> toDepartments(Collection<UnitId> departments) {
    if (departments.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "from SiteVisitEntity v where v.department in :d and v.culledAt is null" + NEWEST_FIRST,
            SiteVisitEntity.class)
        .setParameter("d", departments.stream().map(UnitId::value).toList())
        .getResultStream()
        .map(JpaSiteVisitStore::toDomain)
        .toList();
  }

  @Override
  @Transactional
  public List<SiteVisit> all() {
    return em.createQuery(
            "from SiteVisitEntity v where v.culledAt is null" + NEWEST_FIRST, SiteVisitEntity.class)
        .getResultStream()
        .map(JpaSiteVisitStore::toDomain)
        .toList();
  }

  @Override
  @Transactional
  public int countVisitedBetween(LocalDate from, LocalDate to) {
    return ((Number)
            em.createQuery(
                    "select count(v) from SiteVisitEntity v where v.visitedOn >= :from"
                        + " and v.visitedOn < :to")
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult())
        .intValue();
  }

  private static SiteVisit toDomain(SiteVisitEntity e) {
    return new SiteVisit(
        new SiteVisitId(e.id),
        new PersonId(e.visitor),
        new PositionId(e.visitorPosition),
        Optional.ofNullable(e.visitedUnit).map(UnitId::new),
        Optional.ofNullable(e.visitedPosition).map(PositionId::new),
        new UnitId(e.department),
        e.visitedOn,
        Optional.ofNullable(e.note),
        e.registeredAt.toInstant(),
        new SiteVisit.Judgement(
            SiteVisit.Verdict.valueOf(e.verdict),
            Optional.ofNullable(e.policyKey),
            Optional.ofNullable(e.policyVersion),
            Optional.ofNullable(e.ruleId),
            Optional.ofNullable(e.reason),
            Optional.ofNullable(e.deviationSeq)));
  }
}
