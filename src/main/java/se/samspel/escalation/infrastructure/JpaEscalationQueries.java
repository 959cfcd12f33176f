package se.samspel.escalation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samspel.common.persistence.SessionMunicipality;
import se.samspel.escalation.domain.EscalatedRequest;
import se.samspel.escalation.domain.EscalationQueries;
import se.samspel.escalation.domain.OpenWork;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.domain.ContactKind;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.Whistleblowing;

/**
 * The escalation list in one SQL query: a recursive walk down the reporting lines of the active
 * positions from the reader's own, joined to the waiting step of each open request (the first
 * pending hop). No request is loaded to decide whether it belongs; the database pages.
 */
@ApplicationScoped
public class JpaEscalationQueries implements EscalationQueries {

  /** The reader's positions and every active position below them. */
  private static final String OVERSEEN =
      "with recursive overseen (pid, ext) as ("
          + " select p.id, p.external_id from org_position p"
          + " where p.municipality_id = :municipality and p.active = true"
          + " and p.external_id in (:mine)"
          + " union"
          + " select c.id, c.external_id from org_position c"
          + " join overseen o on c.reports_to_id = o.pid where c.active = true)";

  // Position ids are the database's own, so the recursion stays within the municipality it began
  // in; the requests and the function's positions are matched by external id and are scoped.

  /** Open requests with their waiting step, where it waits or started within the overseen. */
  private static final String WITHIN =
      " from contact_request r"
          + " join request_hop h on h.request_id = r.id"
          + " where r.municipality_id = :municipality and r.current_position is not null"
          + " and h.hop_order = (select min(f.hop_order) from request_hop f"
          + "   where f.request_id = r.id and f.state = 'PENDING')"
          + " and (r.current_position in (select ext from overseen)"
          + "   or h.escalated_from in (select ext from overseen))"
          // Whistleblowing.reachesOversightFrom, in SQL: a report reaches managers only through
          // the function's own chain. The kinds are bound from Whistleblowing, never spelt here.
          + " and (r.kind not in (:whistleblowingKinds) or exists (select 1 from org_position w"
          + "   where w.municipality_id = r.municipality_id"
          + "   and w.external_id = coalesce(h.escalated_from, h.position_id)"
          + "   and w.kind in (:functionKinds)))";

  /** The contact kinds that are whistleblowing reports, as {@link Whistleblowing} says. */
  private static final List<String> WHISTLEBLOWING_KINDS =
      Arrays.stream(ContactKind.values()).filter(Whistleblowing::concerns).map(Enum::name).toList();

  /** The position kinds that are the whistleblower function, as {@link Whistleblowing} says. */
  private static final List<String> FUNCTION_KINDS =
      Arrays.stream(PositionKind.values())
          .filter(Whistleblowing::isFunction)
          .map(Enum::name)
          .toList();

  private final EntityManager em;

  public JpaEscalationQueries(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<EscalatedRequest> within(Set<PositionId> positions, Instant now, int page, int size) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                OVERSEEN
                    + " select r.id, r.subject, r.kind, r.status, r.current_position,"
                    + " h.escalated_from, h.escalations,"
                    + " (select sum(x.escalations) from request_hop x where x.request_id = r.id),"
                    + " r.current_due_at, r.stuck_at_top, r.created_at,"
                    + " h.acknowledged_by, h.acknowledged_at"
                    + WITHIN
                    + " order by case when r.stuck_at_top = true or r.current_due_at <= :now"
                    + "   then 0 else 1 end,"
                    + " case when r.current_due_at is null then 0 else 1 end,"
                    + " r.current_due_at, r.created_at, r.id")
            .setParameter("mine", ids(positions))
            .setParameter("municipality", SessionMunicipality.of(em))
            .setParameter("whistleblowingKinds", WHISTLEBLOWING_KINDS)
            .setParameter("functionKinds", FUNCTION_KINDS)
            .setParameter("now", now.atOffset(ZoneOffset.UTC))
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    return rows.stream().map(JpaEscalationQueries::item).toList();
  }

  @Override
  public long countWithin(Set<PositionId> positions) {
    Object count =
        em.createNativeQuery(OVERSEEN + " select count(*)" + WITHIN)
            .setParameter("mine", ids(positions))
            .setParameter("municipality", SessionMunicipality.of(em))
            .setParameter("whistleblowingKinds", WHISTLEBLOWING_KINDS)
            .setParameter("functionKinds", FUNCTION_KINDS)
            .getSingleResult();
    return ((Number) count).longValue();
  }

  @Override
  public OpenWork openWork(Instant now) {
    // One pass over the municipality's open requests (ix_request_inbox: municipality_id,
    // current_position); overdue is the sweeper's own condition (claimOverdue).
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*),"
                        + " coalesce(sum(case when current_due_at <= :now then 1 else 0 end), 0),"
                        + " coalesce(sum(case when stuck_at_top = true then 1 else 0 end), 0)"
                        + " from contact_request"
                        + " where municipality_id = :municipality and current_position is not null")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("municipality", SessionMunicipality.of(em))
                .getSingleResult();
    return new OpenWork(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }

  private static List<String> ids(Set<PositionId> positions) {
    return positions.stream().map(PositionId::value).sorted().toList();
  }

  private static EscalatedRequest item(Object[] row) {
    return new EscalatedRequest(
        new RequestId(row[0].toString()),
        (String) row[1],
        ContactKind.valueOf((String) row[2]),
        RequestStatus.valueOf((String) row[3]),
        new PositionId((String) row[4]),
        Optional.ofNullable((String) row[5]).map(PositionId::new),
        ((Number) row[6]).intValue(),
        row[7] == null ? 0 : ((Number) row[7]).intValue(),
        Optional.ofNullable(row[8]).map(JpaEscalationQueries::instant),
        Boolean.TRUE.equals(row[9]),
        instant(row[10]),
        Optional.ofNullable((String) row[11]).map(PersonId::new),
        Optional.ofNullable(row[12]).map(JpaEscalationQueries::instant));
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Instant t) {
      return t;
    }
    if (value instanceof java.time.ZonedDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Date t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass().getSimpleName());
  }
}
