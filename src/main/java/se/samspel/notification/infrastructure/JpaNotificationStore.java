package se.samspel.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.common.persistence.Timestamps;
import se.samspel.notification.domain.Backlog;
import se.samspel.notification.domain.NotificationStore;
import se.samspel.notification.domain.PendingNotification;
import se.samspel.organisation.domain.PersonId;
import se.samspel.outbox.domain.NotifyReason;

/**
 * The delivery columns of {@code outbox_recipient}, in plain SQL that H2 (PostgreSQL mode, 2.2 and
 * later) and PostgreSQL both run: the claim is {@code SELECT … FOR UPDATE SKIP LOCKED} on the one
 * row, and every change is guarded by {@code status = 'PENDING'}, so a row that was sent or given
 * up is never changed again.
 */
@ApplicationScoped
public class JpaNotificationStore implements NotificationStore {

  static final String PENDING = "PENDING";
  static final String SENT = "SENT";
  static final String UNDELIVERABLE = "UNDELIVERABLE";
  static final String FAILED = "FAILED";

  private final EntityManager em;

  public JpaNotificationStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public List<Long> due(Instant now, int max) {
    List<Number> ids =
        em.createNativeQuery(
                "select id from outbox_recipient where municipality_id = :municipality"
                    + " and status = :pending"
                    + " and next_attempt_at <= :now order by id")
            .setParameter("pending", PENDING)
            .setParameter("now", at(now))
            .setParameter("municipality", SessionMunicipality.of(em))
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public Backlog backlog() {
    // The pending rows through ix_outbox_recipient_due (status first), each joined to its event.
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), min(e.recorded_at) from outbox_recipient r"
                        + " join outbox_event e on e.id = r.event_id"
                        + " where r.status = :pending and r.municipality_id = :municipality")
                .setParameter("pending", PENDING)
                .setParameter("municipality", SessionMunicipality.of(em))
                .getSingleResult();
    return new Backlog(
        ((Number) row[0]).longValue(), Optional.ofNullable(row[1]).map(Timestamps::instant));
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public Optional<PendingNotification> claim(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, event_id, person_id, reason, attempts from outbox_recipient"
                    + " where id = :id and status = :pending for update skip locked")
            .setParameter("id", id)
            .setParameter("pending", PENDING)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new PendingNotification(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    new PersonId((String) r[2]),
                    NotifyReason.valueOf((String) r[3]),
                    ((Number) r[4]).intValue()));
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markSent(long id, String email, Instant at) {
    em.createNativeQuery(
            "update outbox_recipient set status = :sent, email = :email, sent_at = :at,"
                + " last_error = null where id = :id and status = :pending")
        .setParameter("sent", SENT)
        .setParameter("email", email)
        .setParameter("at", at(at))
        .setParameter("id", id)
        .setParameter("pending", PENDING)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markUndeliverable(long id, String why, Instant at) {
    em.createNativeQuery(
            "update outbox_recipient set status = :undeliverable, last_error = :why,"
                + " next_attempt_at = :at where id = :id and status = :pending")
        .setParameter("undeliverable", UNDELIVERABLE)
        .setParameter("why", why)
        .setParameter("at", at(at))
        .setParameter("id", id)
        .setParameter("pending", PENDING)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markAttemptFailed(
      long id, int attempts, String error, Instant retryAt, boolean giveUp) {
    em.createNativeQuery(
            "update outbox_recipient set status = :status, attempts = :attempts,"
                + " last_error = :error, next_attempt_at = :retryAt"
                + " where id = :id and status = :pending")
        .setParameter("status", giveUp ? FAILED : PENDING)
        .setParameter("attempts", attempts)
        .setParameter("error", error)
        .setParameter("retryAt", at(retryAt))
        .setParameter("id", id)
        .setParameter("pending", PENDING)
        .executeUpdate();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
