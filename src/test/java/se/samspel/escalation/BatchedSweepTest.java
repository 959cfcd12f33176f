package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalateRequest;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.request.domain.ContactRequestRepository;
import se.samspel.request.domain.RequestId;
import se.samspel.support.MovableClock;
import se.samspel.support.StoredData;
import se.samspel.support.SubmittedRequests;

/**
 * The sweeper reads a claimed batch of overdue requests in a few queries and writes it in one flush
 * (issue 17). That must change nothing of what is stored: the same rows as escalating the requests
 * one at a time, a row another transaction holds passed over until it is free, and a batch that
 * fails rolled back and taken one at a time, so that only the failing request waits.
 */
@QuarkusTest
class BatchedSweepTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final MunicipalityId MALARVIK = new MunicipalityId("9901");

  /** Requests of different kinds, routes and deadlines: one hop or several, hours or days. */
  static final List<String[]> KINDS =
      List.of(
          new String[] {"larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Arbetsmiljön\"}"},
          new String[] {"medarbetare", "{\"kind\":\"ACUTE_MATTER\",\"subject\":\"Brand\"}"},
          new String[] {
            "larare", "{\"kind\":\"SUSPECTED_WRONGDOING\",\"subject\":\"Oegentligheter\"}"
          },
          new String[] {
            "politiker",
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Besök\"}"
          });

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;
  @Inject EscalateRequest escalate;
  @Inject ContactRequestRepository requests;
  @Inject MunicipalityScope scope;
  @Inject AgroalDataSource dataSource;

  private final SubmittedRequests opened = new SubmittedRequests();

  @BeforeEach
  void aTuesdayInMarch2027() {
    clock.setTo(LocalDateTime.of(2027, 3, 2, 9, 0).atZone(SWEDEN).toInstant());
  }

  /**
   * Every request these tests open climbs to the top and would stay there, first in every later
   * test's escalation lists in the shared database: withdrawn, as their requesters would.
   */
  @AfterEach
  void withdrawWhatWasOpenedAndGoBackToTheSystemClock() {
    try {
      opened.withdrawOpen();
    } finally {
      clock.reset();
    }
  }

  private String submit(String login, String body) {
    return opened.submit(login, body);
  }

  static JsonPath read(String id) {
    return as("larare").get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** Escalates one request as the sweeper's fallback does: claimed and escalated on its own. */
  private boolean escalateAlone(String id, Instant now) {
    return scope.within(
        MALARVIK,
        () ->
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        requests.claimIfOverdue(new RequestId(id), now)
                            && escalate.escalateOverdue(new RequestId(id), now)));
  }

  /**
   * Everything stored of a request: its row, its hops, its history and its outbox events with their
   * recipients, without the ids a sequence gave and with its own id as {@code <id>}.
   */
  private List<String> stored(String id) throws Exception {
    Map<String, String> ownId = Map.of(id, "<id>");
    Set<String> sequenced = Set.of("id", "event_id", "feed_position");
    List<String> rows = new ArrayList<>();
    rows.addAll(
        StoredData.rows(
            dataSource, "select * from contact_request where id = ?", id, sequenced, ownId));
    rows.addAll(
        StoredData.rows(
            dataSource,
            "select * from request_hop where request_id = ? order by hop_order",
            id,
            sequenced,
            ownId));
    rows.addAll(
        StoredData.rows(
            dataSource,
            "select * from request_event where request_id = ? order by id",
            id,
            sequenced,
            ownId));
    rows.addAll(
        StoredData.rows(
            dataSource,
            "select e.*, r.person_id, r.reason, r.status from outbox_event e"
                + " left join outbox_recipient r on r.event_id = e.id"
                + " where e.aggregate_id = ? order by e.id, r.id",
            id,
            sequenced,
            ownId));
    return rows;
  }

  @Test
  void a_batched_sweep_stores_exactly_what_escalating_one_request_at_a_time_stores()
      throws Exception {
    // Each kind twice: the sweep escalates the first of each pair in its batch, the second is
    // escalated alone, as before batching, just before the sweep.
    List<String> batched = new ArrayList<>();
    List<String> alone = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      for (String[] kind : KINDS) {
        batched.add(submit(kind[0], kind[1]));
        alone.add(submit(kind[0], kind[1]));
      }
    }

    // Rounds of passed deadlines: every one climbs to the top and is flagged there.
    for (int round = 0; round < 6; round++) {
      clock.advance(Duration.ofDays(10));
      Instant now = clock.instant();
      int escalatedAlone = 0;
      for (String id : alone) {
        if (escalateAlone(id, now)) {
          escalatedAlone++;
        }
      }
      assertThat(sweeper.sweep(MALARVIK))
          .as("round %d: the sweep escalated at least the batched twins", round)
          .isGreaterThanOrEqualTo(escalatedAlone);
    }

    for (int i = 0; i < batched.size(); i++) {
      assertThat(stored(batched.get(i)))
          .as("request %d (%s) swept in a batch, against its twin escalated alone", i, batched)
          .containsExactlyElementsOf(stored(alone.get(i)));
    }
    // The comparison is of something: they escalated, several times, and reached the top.
    for (String id : batched) {
      assertThat(stored(id))
          .as(id)
          .anyMatch(row -> row.contains("event=ESCALATED"))
          .anyMatch(row -> row.contains("event=STUCK_AT_TOP"));
    }
  }

  @Test
  void a_sweep_passes_over_a_request_another_transaction_holds_and_takes_it_the_next_time()
      throws Exception {
    String held = submit("larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Hållen\"}");
    String free = submit("larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Fri\"}");
    clock.advance(Duration.ofDays(10));

    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      // Another instance's sweep holds the row.
      try (PreparedStatement lock =
          other.prepareStatement("select id from contact_request where id = ? for update")) {
        lock.setString(1, held);
        try (ResultSet rs = lock.executeQuery()) {
          assertThat(rs.next()).isTrue();
        }
      }
      Instant started = Instant.now();
      sweeper.sweep(MALARVIK);
      // Passed over at once, not after waiting for the lock.
      assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(8));
      assertThat(read(free).getString("waiting.position.id")).isEqualTo("POS-BUF-GR-CH");
      assertThat(read(held).getString("waiting.position.id")).isEqualTo("POS-REKTOR-1");
      assertThat(read(held).getList("history.event")).containsExactly("SUBMITTED");
      other.rollback();
    }

    sweeper.sweep(MALARVIK);
    assertThat(read(held).getString("waiting.position.id")).isEqualTo("POS-BUF-GR-CH");
    assertThat(read(held).getList("history.event")).containsExactly("SUBMITTED", "ESCALATED");
    assertThat(read(free).getList("history.event")).containsExactly("SUBMITTED", "ESCALATED");
  }

  @Test
  void a_batch_that_fails_rolls_back_and_only_the_failing_request_waits() throws Exception {
    List<String> good = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      good.add(submit("larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Bra " + i + "\"}"));
    }
    String broken = submit("larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Trasig\"}");
    // A row that cannot be read as a request: the batch it is claimed in fails.
    execute("update contact_request set flags = 'NO_SUCH_FLAG' where id = ?", broken);
    try {
      clock.advance(Duration.ofDays(10));
      Instant now = clock.instant();

      sweeper.sweep(MALARVIK);

      for (String id : good) {
        assertThat(read(id).getList("history.event"))
            .as(id)
            .containsExactly("SUBMITTED", "ESCALATED");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id))
            .as("outbox events of " + id)
            .isEqualTo(2);
      }
      assertThat(
              count(
                  "select count(*) from request_event where request_id = ? and event = 'ESCALATED'",
                  broken))
          .isZero();
      assertThat(count("select count(*) from outbox_event where aggregate_id = ?", broken))
          .isEqualTo(1);
      // Put back a little, so that it does not hold up the others in every sweep.
      assertThat(
              count(
                  "select count(*) from contact_request where id = ? and current_due_at > ?",
                  broken,
                  now))
          .isEqualTo(1);
    } finally {
      execute("update contact_request set flags = '' where id = ?", broken);
    }
  }

  private void execute(String sql, String id) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      s.executeUpdate();
    }
  }

  private long count(String sql, String id) throws Exception {
    return count(sql, id, null);
  }

  private long count(String sql, String id, Instant at) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      if (at != null) {
        s.setObject(2, at.atOffset(ZoneOffset.UTC));
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
