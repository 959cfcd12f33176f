package se.samspel.retention.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.retention.domain.RetentionDecision;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionRun;
import se.samspel.retention.domain.RetentionStore;

/**
 * {@link RetentionStore} on {@code retention_policy} and {@code retention_run} (V16), one row each
 * per municipality, with native SQL keyed by the session's municipality. A change of the decision
 * is an update naming the version read (optimistic locking), or the insert of version 1.
 */
@ApplicationScoped
public class JpaRetentionStore implements RetentionStore {

  private static final String COLUMNS =
      "closed_requests, whistleblowing_reports, notifications, deviation_personal_data,"
          + " decision_reference, decision_section, decision_quote, decided_on, version";

  private final EntityManager em;

  public JpaRetentionStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<RetentionPolicy> policy() {
    List<?> rows =
        em.createNativeQuery(
                "select " + COLUMNS + " from retention_policy where municipality_id = ?1")
            .setParameter(1, SessionMunicipality.of(em))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new RetentionPolicy(
            Period.parse((String) r[0]),
            Period.parse((String) r[1]),
            Period.parse((String) r[2]),
            Period.parse((String) r[3]),
            new RetentionDecision(
                (String) r[4],
                Optional.ofNullable((String) r[5]),
                Optional.ofNullable((String) r[6]),
                day(r[7])),
            ((Number) r[8]).longValue()));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Long> store(RetentionPolicy policy, Instant recordedAt, String recordedBy) {
    String municipality = SessionMunicipality.of(em);
    long next = policy.version() + 1;
    int written;
    if (policy.version() == 0) {
      boolean exists =
          !em.createNativeQuery("select 1 from retention_policy where municipality_id = ?1")
              .setParameter(1, municipality)
              .getResultList()
              .isEmpty();
      if (exists) {
        return Optional.empty();
      }
      written =
          bind(
                  em.createNativeQuery(
                      "insert into retention_policy (municipality_id, "
                          + COLUMNS
                          + ", recorded_at, recorded_by)"
                          + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
                  municipality,
                  policy,
                  next,
                  recordedAt,
                  recordedBy)
              .executeUpdate();
    } else {
      written =
          bind(
                  em.createNativeQuery(
                      "update retention_policy set closed_requests = ?2,"
                          + " whistleblowing_reports = ?3, notifications = ?4,"
                          + " deviation_personal_data = ?5, decision_reference = ?6,"
                          + " decision_section = ?7, decision_quote = ?8, decided_on = ?9,"
                          + " version = ?10, recorded_at = ?11, recorded_by = ?12"
                          + " where municipality_id = ?1 and version = ?13"),
                  municipality,
                  policy,
                  next,
                  recordedAt,
                  recordedBy)
              .setParameter(13, policy.version())
              .executeUpdate();
    }
    return written == 1 ? Optional.of(next) : Optional.empty();
  }

  private static jakarta.persistence.Query bind(
      jakarta.persistence.Query query,
      String municipality,
      RetentionPolicy policy,
      long version,
      Instant recordedAt,
      String recordedBy) {
    RetentionDecision d = policy.decision();
    return query
        .setParameter(1, municipality)
        .setParameter(2, policy.closedRequests().toString())
        .setParameter(3, policy.whistleblowingReports().toString())
        .setParameter(4, policy.notifications().toString())
        .setParameter(5, policy.deviationPersonalData().toString())
        .setParameter(6, d.reference())
        .setParameter(7, d.section().orElse(null))
        .setParameter(8, d.quote().orElse(null))
        .setParameter(9, d.decidedOn())
        .setParameter(10, version)
        .setParameter(11, recordedAt.atOffset(ZoneOffset.UTC))
        .setParameter(12, recordedBy);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<RetentionRun> lastRun() {
    List<?> rows =
        em.createNativeQuery(
                "select ran_at, requests_culled, notifications_culled, events_culled,"
                    + " deviations_redacted, site_visits_culled from retention_run"
                    + " where municipality_id = ?1")
            .setParameter(1, SessionMunicipality.of(em))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new RetentionRun(
            instant(r[0]),
            ((Number) r[1]).longValue(),
            ((Number) r[2]).longValue(),
            ((Number) r[3]).longValue(),
            ((Number) r[4]).longValue(),
            ((Number) r[5]).longValue()));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRun(RetentionRun run) {
    String municipality = SessionMunicipality.of(em);
    // One row per municipality: the first run inserts it. Two instances' first runs at the same
    // moment would collide on the key: the loser fails at this last step and logs it; what it
    // culled is committed already, and its next run writes the line.
    int updated =
        bind(
                em.createNativeQuery(
                    "update retention_run set ran_at = ?2, requests_culled = ?3,"
                        + " notifications_culled = ?4, events_culled = ?5,"
                        + " deviations_redacted = ?6, site_visits_culled = ?7"
                        + " where municipality_id = ?1"),
                municipality,
                run)
            .executeUpdate();
    if (updated == 0) {
      bind(
              em.createNativeQuery(
                  "insert into retention_run (municipality_id, ran_at, requests_culled,"
                      + " notifications_culled, events_culled, deviations_redacted,"
                      + " site_visits_culled) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
              municipality,
              run)
          .executeUpdate();
    }
  }

  private static jakarta.persistence.Query bind(
      jakarta.persistence.Query query, String municipality, RetentionRun run) {
    return query
        .setParameter(1, municipality)
        .setParameter(2, run.ranAt().atOffset(ZoneOffset.UTC))
        .setParameter(3, run.requestsCulled())
        .setParameter(4, run.notificationsCulled())
        .setParameter(5, run.eventsCulled())
        .setParameter(6, run.deviationsRedacted())
        .setParameter(7, run.siteVisitsCulled());
  }

  private static LocalDate day(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return (Instant) value;
  }
}
