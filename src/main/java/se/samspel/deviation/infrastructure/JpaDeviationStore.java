package se.samspel.deviation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.deviation.domain.ChainVerifier;
import se.samspel.deviation.domain.DeviationChain;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationFilter;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.deviation.domain.StoredEntry;
import se.samspel.deviation.domain.UnreadableEntry;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;

/**
 * Keeps the deviation record in the relational database. The single row of deviation_head is the
 * append lock and holds the last seq and its hash. A row that no longer holds an entry (changed
 * behind the application: an unknown kind or severity, a correction without reference, a missing
 * value) is read as an {@link UnreadableEntry} with the reason, and logged; reading never throws
 * for what is stored.
 */
@ApplicationScoped
public class JpaDeviationStore implements DeviationStore {

  private static final Logger LOG = Logger.getLogger(JpaDeviationStore.class);

  /** How much of a stored value an unreadable entry's reason quotes. */
  static final int QUOTED = 40;

  private final EntityManager em;

  public JpaDeviationStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public ChainVerifier.Head lockHead() {
    List<?> rows =
        em.createNativeQuery(
                "select last_seq, head_hash from deviation_head"
                    + " where municipality_id = ?1 for update")
            .setParameter(1, SessionMunicipality.of(em))
            .getResultList();
    if (rows.isEmpty()) {
      // Only tampering removes the row (the migration creates it): verify must still answer, and
      // against an empty head every stored entry shows as one the application did not append.
      LOG.warn("The deviation record's head row is missing");
      return new ChainVerifier.Head(0, DeviationChain.GENESIS);
    }
    Object[] row = (Object[]) rows.get(0);
    return new ChainVerifier.Head(((Number) row[0]).longValue(), (String) row[1]);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long length() {
    List<?> rows =
        em.createNativeQuery("select last_seq from deviation_head where municipality_id = ?1")
            .setParameter(1, SessionMunicipality.of(em))
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(DeviationEntry entry) {
    em.persist(toEntity(entry));
    em.flush();
    int moved =
        em.createNativeQuery(
                "update deviation_head set last_seq = ?1, head_hash = ?2"
                    + " where municipality_id = ?4 and last_seq = ?3")
            .setParameter(4, SessionMunicipality.of(em))
            .setParameter(1, entry.seq())
            .setParameter(2, entry.entryHash())
            .setParameter(3, entry.seq() - 1)
            .executeUpdate();
    if (moved != 1) {
      throw new IllegalStateException("entry " + entry.seq() + " does not follow the head");
    }
  }

  @Override
  @Transactional
  public Optional<StoredEntry> find(long seq) {
    return Optional.ofNullable(em.find(DeviationEntryEntity.class, seq))
        .map(JpaDeviationStore::read);
  }

  @Override
  @Transactional
  public List<StoredEntry> stored(DeviationFilter filter, int offset, int limit) {
    return query(
            filter,
            "select e from DeviationEntryEntity e",
            " order by e.seq desc",
            DeviationEntryEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(JpaDeviationStore::read)
        .toList();
  }

  @Override
  @Transactional
  public long count(DeviationFilter filter) {
    return query(filter, "select count(e) from DeviationEntryEntity e", "", Long.class)
        .getSingleResult();
  }

  @Override
  @Transactional
  public List<StoredEntry> after(long seq, int limit) {
    return em.createQuery(
            "from DeviationEntryEntity e where e.seq > :seq order by e.seq",
            DeviationEntryEntity.class)
        .setParameter("seq", seq)
        .setMaxResults(limit)
        .getResultStream()
        .map(JpaDeviationStore::read)
        .toList();
  }

  @Override
  @Transactional
  public OptionalLong seqWithHash(String entryHash, long before) {
    Long seq =
        em.createQuery(
                "select min(e.seq) from DeviationEntryEntity e"
                    + " where e.entryHash = :hash and e.seq < :before",
                Long.class)
            .setParameter("hash", entryHash)
            .setParameter("before", before)
            .getSingleResult();
    return seq == null ? OptionalLong.empty() : OptionalLong.of(seq);
  }

  @Override
  @Transactional
  public List<StoredEntry> naming(PersonId person) {
    return em.createQuery(
            "from DeviationEntryEntity e where e.reporter = :person or e.requester = :person"
                + " or e.target = :person order by e.seq",
            DeviationEntryEntity.class)
        .setParameter("person", person.value())
        .getResultStream()
        .map(JpaDeviationStore::read)
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public int redactPerson(PersonId person, Instant at) {
    em.flush();
    return em.createNativeQuery(
            "update deviation_entry set reporter = null, requester = null, target = null,"
                + " description = null, redacted_at = ?1"
                + " where municipality_id = ?3 and (reporter = ?2 or requester = ?2 or target = ?2)")
        .setParameter(3, SessionMunicipality.of(em))
        .setParameter(1, at.atOffset(ZoneOffset.UTC))
        .setParameter(2, person.value())
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public int redactRecordedBefore(Instant recordedBefore, Instant at) {
    em.flush();
    return em.createNativeQuery(
            "update deviation_entry set reporter = null, requester = null, target = null,"
                + " description = null, redacted_at = ?1"
                + " where municipality_id = ?3 and recorded_at < ?2 and redacted_at is null"
                + " and (reporter is not null or requester is not null or target is not null"
                + " or description is not null)")
        .setParameter(3, SessionMunicipality.of(em))
        .setParameter(1, at.atOffset(ZoneOffset.UTC))
        .setParameter(2, recordedBefore.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  private <T> TypedQuery<T> query(
      DeviationFilter filter, String select, String order, Class<T> type) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    filter
        .from()
        .ifPresent(
            f -> {
              where.append(" and e.occurredAt >= :from");
              params.put("from", f.atOffset(ZoneOffset.UTC));
            });
    filter
        .to()
        .ifPresent(
            t -> {
              where.append(" and e.occurredAt < :to");
              params.put("to", t.atOffset(ZoneOffset.UTC));
            });
    filter
        .ruleId()
        .ifPresent(
            r -> {
              where.append(" and e.ruleId = :rule");
              params.put("rule", r);
            });
    filter
        .department()
        .ifPresent(
            d -> {
              where.append(
                  " and (e.department = :department or e.requesterDepartment = :department"
                      + " or e.targetDepartment = :department)");
              params.put("department", d);
            });
    filter
        .severity()
        .ifPresent(
            s -> {
              where.append(" and e.severity = :severity");
              params.put("severity", s.name());
            });
    filter
        .kind()
        .ifPresent(
            k -> {
              where.append(" and e.kind = :kind");
              params.put("kind", k.name());
            });
    filter
        .corrects()
        .ifPresent(
            c -> {
              where.append(" and e.corrects = :corrects");
              params.put("corrects", c);
            });
    if (!filter.excludedRules().isEmpty()) {
      where.append(" and e.ruleId not in :excludedRules");
      params.put("excludedRules", filter.excludedRules());
    }
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    params.forEach(query::setParameter);
    return query;
  }

  private static DeviationEntryEntity toEntity(DeviationEntry entry) {
    NewDeviation d = entry.facts();
    DeviationEntryEntity e = new DeviationEntryEntity();
    e.seq = entry.seq();
    e.kind = d.kind().name();
    e.occurredAt = d.occurredAt().atOffset(ZoneOffset.UTC);
    e.recordedAt = entry.recordedAt().atOffset(ZoneOffset.UTC);
    e.policyKey = d.policyKey();
    e.policyVersion = d.policyVersion();
    e.ruleId = d.ruleId();
    e.ruleTitle = d.ruleTitle();
    e.section = d.section();
    e.quote = d.quote();
    e.severity = d.severity().name();
    e.prescribedRoute = d.prescribedRoute().text();
    e.requesterRole = d.requesterRole();
    e.targetRole = d.targetRole();
    e.department = d.department().orElse(null);
    e.requestId = d.requestId().orElse(null);
    e.corrects = d.corrects().orElse(null);
    e.summary = d.summary();
    e.reporter = d.personal().reporter().map(PersonId::value).orElse(null);
    e.requester = d.personal().requester().map(PersonId::value).orElse(null);
    e.target = d.personal().target().map(PersonId::value).orElse(null);
    e.description = d.personal().description().orElse(null);
    e.personalSalt = entry.personalSalt();
    e.personalHash = entry.personalHash();
    e.previousHash = entry.previousHash();
    e.entryHash = entry.entryHash();
    e.redactedAt = entry.redactedAt().map(r -> r.atOffset(ZoneOffset.UTC)).orElse(null);
    e.formVersion = entry.form();
    e.requesterDepartment = d.requesterDepartment().orElse(null);
    e.targetDepartment = d.targetDepartment().orElse(null);
    return e;
  }

  /** The row as an entry, or as an unreadable entry saying why it cannot be one. */
  static StoredEntry read(DeviationEntryEntity e) {
    try {
      return toDomain(e);
    } catch (RuntimeException cannotRead) {
      // Only the reasons written for it (IllegalArgumentException, here and in the domain's
      // constructors) are shown to readers; anything else could name Java internals.
      String reason =
          cannotRead instanceof IllegalArgumentException && cannotRead.getMessage() != null
              ? cannotRead.getMessage()
              : "a stored value cannot be read";
      LOG.warnf("Deviation entry %d cannot be read: %s", e.seq, reason);
      return new UnreadableEntry(
          e.seq,
          Objects.requireNonNullElse(e.previousHash, ""),
          Objects.requireNonNullElse(e.entryHash, ""),
          reason);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String what, String value) {
    if (value != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException(
        what + " " + quoted(value) + " is not a " + what + " the record knows");
  }

  private static Instant instant(String what, OffsetDateTime value) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    return value.toInstant();
  }

  private static String quoted(String value) {
    if (value == null) {
      return "(none)";
    }
    return "'" + (value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value) + "'";
  }

  private static DeviationEntry toDomain(DeviationEntryEntity e) {
    DeviationKind kind = parse(DeviationKind.class, "kind", e.kind);
    if (kind == DeviationKind.CORRECTION && e.corrects == null) {
      throw new IllegalArgumentException("a CORRECTION that references no entry");
    }
    if (e.formVersion == DeviationEntry.FORM_V2 && e.department != null) {
      // The v2 form does not hash the single department: a row holding one was changed.
      throw new IllegalArgumentException("a samspel-deviation-v2 entry with a single department");
    }
    NewDeviation facts =
        new NewDeviation(
                kind,
                instant("occurredAt", e.occurredAt),
                e.policyKey,
                e.policyVersion,
                e.ruleId,
                e.ruleTitle,
                e.section,
                e.quote,
                parse(Severity.class, "severity", e.severity),
                e.prescribedRoute,
                e.requesterRole,
                e.targetRole,
                Optional.ofNullable(e.department),
                Optional.ofNullable(e.requestId),
                Optional.ofNullable(e.corrects),
                e.summary,
                new PersonalData(
                    Optional.ofNullable(e.reporter).map(PersonId::new),
                    Optional.ofNullable(e.requester).map(PersonId::new),
                    Optional.ofNullable(e.target).map(PersonId::new),
                    Optional.ofNullable(e.description)))
            .withDepartments(
                Optional.ofNullable(e.department),
                Optional.ofNullable(e.requesterDepartment),
                Optional.ofNullable(e.targetDepartment));
    return new DeviationEntry(
        e.seq,
        facts,
        instant("recordedAt", e.recordedAt),
        e.personalSalt,
        e.personalHash,
        e.previousHash,
        e.entryHash,
        Optional.ofNullable(e.redactedAt).map(OffsetDateTime::toInstant),
        e.formVersion);
  }
}
