package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;

/**
 * The sweep benchmark (not part of the suite: its name does not end in Test): 100 000 open requests
 * of which 10 000 are overdue; one sweep must escalate exactly the 10 000. Run it with
 *
 * <pre>
 * ./mvnw test -Dtest=SweepBenchmark                 # H2
 * ./mvnw test -Dtest=SweepBenchmark -Ppostgresql    # PostgreSQL
 * </pre>
 *
 * and read the figures it prints ("SWEEP BENCHMARK …"). It asserts what was escalated, never how
 * fast: the figures belong in the README, not in a pass/fail.
 */
@QuarkusTest
class SweepBenchmark {

  static final int OPEN = Integer.getInteger("sweep.open", 100_000);
  static final int OVERDUE = Integer.getInteger("sweep.overdue", 10_000);
  static final String MARK = "sweep-benchmark ";

  /** The municipality of the test profile's demo organisation, whose requests these are (V15). */
  static final String MUNICIPALITY = "9901";

  @Inject AgroalDataSource dataSource;
  @Inject EscalationSweeper sweeper;
  @Inject MovableClock clock;

  /** The ids of the requests this benchmark inserted, for removing them afterwards. */
  private final List<String> inserted = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    clock.reset();
    // By the ids inserted, a thousand at a time through the indexes: H2 evaluates a subquery of
    // the 100 000 ids again for every row it deletes.
    try (Connection c = dataSource.getConnection()) {
      for (int from = 0; from < inserted.size(); from += 1000) {
        List<String> chunk = inserted.subList(from, Math.min(from + 1000, inserted.size()));
        String in = "(" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
        for (String sql :
            List.of(
                "delete from outbox_recipient where event_id in"
                    + " (select id from outbox_event where aggregate_id in "
                    + in
                    + ")",
                "delete from outbox_event where aggregate_id in " + in,
                "delete from request_event where request_id in " + in,
                "delete from request_hop where request_id in " + in,
                "delete from contact_request where id in " + in)) {
          try (PreparedStatement delete = c.prepareStatement(sql)) {
            for (int i = 0; i < chunk.size(); i++) {
              delete.setString(i + 1, chunk.get(i));
            }
            delete.executeUpdate();
          }
        }
      }
    }
    inserted.clear();
  }

  @Test
  void sweep_10_000_overdue_among_100_000_open_requests() throws Exception {
    Instant now = Instant.now();
    clock.setTo(now);
    long insertStarted = System.nanoTime();
    insert(now);
    analyse();
    double insertSeconds = (System.nanoTime() - insertStarted) / 1e9;

    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long processCpuStarted = process.getProcessCpuTime();
    double serverCpuStarted = postgresServerCpuSeconds();
    long started = System.nanoTime();
    int escalated = sweeper.sweep();
    double seconds = (System.nanoTime() - started) / 1e9;
    // The sweep's own thread on a processor: the rest of the wall time it waited for the database
    // (and, on a shared machine, for a processor).
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    // The whole JVM (the sweep, the garbage collector and the compiler) and the database server's
    // processes: together what the sweep cost the machine's processors.
    double processCpuSeconds = (process.getProcessCpuTime() - processCpuStarted) / 1e9;
    double serverCpuSeconds = postgresServerCpuSeconds() - serverCpuStarted;

    assertThat(escalated).isEqualTo(OVERDUE);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from request_event e join contact_request r on r.id = e.request_id"
                    + " where r.subject like '"
                    + MARK
                    + "%' and e.event = 'ESCALATED'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(OVERDUE);
    }
    System.out.printf(
        Locale.ROOT,
        "SWEEP BENCHMARK db=%s open=%d overdue=%d: inserted in %.1f s; sweep escalated %d in %.2f s"
            + " = %.0f escalations/s, %.2f ms each; the sweep's thread on a processor %.2f s;"
            + " processor time: the JVM %.2f s, the PostgreSQL server %.2f s (%s), together %.3f ms"
            + " per escalation; load average before %.2f%n",
        System.getProperty("samspel.db.kind", "h2"),
        OPEN,
        OVERDUE,
        insertSeconds,
        escalated,
        seconds,
        escalated / seconds,
        seconds * 1000 / escalated,
        cpuSeconds,
        processCpuSeconds,
        serverCpuSeconds,
        serverCpuSeconds > 0 ? "all its processes on this machine" : "not on this machine or H2",
        (processCpuSeconds + Math.max(serverCpuSeconds, 0)) * 1000 / escalated,
        loadBefore);
  }

  /**
   * The processor time of every PostgreSQL server process on this machine (user and system, from
   * {@code /proc/<pid>/stat}, fields 14 and 15, in clock ticks of 1/100 s), in seconds; 0 where
   * there is no {@code /proc} or no such process. Other databases' work on the same server counts
   * too: run on an otherwise idle server.
   */
  private static double postgresServerCpuSeconds() {
    double ticks = 0;
    java.io.File[] entries = new java.io.File("/proc").listFiles();
    if (entries == null) {
      return 0;
    }
    for (java.io.File entry : entries) {
      if (!entry.getName().chars().allMatch(Character::isDigit)) {
        continue;
      }
      try {
        String stat = java.nio.file.Files.readString(entry.toPath().resolve("stat"));
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (!stat.substring(open + 1, close).startsWith("postgres")) {
          continue;
        }
        String[] fields = stat.substring(close + 2).split(" ");
        // Fields after the command: state is field 3, so utime (14) and stime (15) are 11 and 12.
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (java.io.IOException | RuntimeException gone) {
        // The process ended while we read: its time is no longer countable either way.
      }
    }
    return ticks / 100.0;
  }

  /**
   * Gives the planner statistics of the tables just filled, as a database in use has them
   * (PostgreSQL analyses a table by itself once enough of it changed, but not at once): without
   * them it plans the sweep's reads of a batch (ids in a list, joined to hops and history) for
   * empty tables.
   */
  private void analyse() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if ("postgresql".equals(System.getProperty("samspel.db.kind"))) {
        s.execute("analyze contact_request, request_hop, request_event");
      } else {
        s.execute("analyze");
      }
    }
  }

  /**
   * Inserts the requests directly, in batches, as the application would have stored them: each step
   * records whom it waits on (V12), so that the sweep's following of the organisation finds nothing
   * to record on the 90 000 that are not overdue.
   */
  private void insert(Instant now) throws Exception {
    Timestamp created = Timestamp.from(now.minus(Duration.ofDays(10)));
    Timestamp past = Timestamp.from(now.minus(Duration.ofHours(1)));
    Timestamp future = Timestamp.from(now.plus(Duration.ofDays(5)));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement request =
              c.prepareStatement(
                  "insert into contact_request (municipality_id, id, requester_person,"
                      + " requester_position, target_position,"
                      + " kind, context, flags, subject, policy_key, policy_version, rule_id, status,"
                      + " current_position, current_action, current_waiting_on, current_due_at,"
                      + " stuck_at_top, created_at, updated_at, version) values ('"
                      + MUNICIPALITY
                      + "', ?, 'P-LARARE', 'POS-LARARE-1', 'POS-REKTOR-1',"
                      + " 'STAFF_PROBLEM', 'ON_DUTY', '', ?, 'kungsor', 1, 'KUN-STAFF-PROBLEM',"
                      + " 'AWAITING_ACTION', 'POS-REKTOR-1', 'HANDLE', 'P-REKTOR', ?, false, ?, ?,"
                      + " 0)");
          PreparedStatement hop =
              c.prepareStatement(
                  "insert into request_hop (municipality_id, request_id, hop_order, template,"
                      + " position_id, holder_when_routed, waiting_on_person_id, action, state,"
                      + " due_at, escalations) values ('"
                      + MUNICIPALITY
                      + "', ?, 1,"
                      + " 'NEAREST_MANAGER_OF_REQUESTER', 'POS-REKTOR-1', 'P-REKTOR', 'P-REKTOR',"
                      + " 'HANDLE', 'PENDING', ?, 0)");
          PreparedStatement event =
              c.prepareStatement(
                  "insert into request_event (municipality_id, id, request_id, occurred_at, actor,"
                      + " event, to_status) values ('"
                      + MUNICIPALITY
                      + "', nextval('request_event_seq'), ?, ?, 'P-LARARE', 'SUBMITTED',"
                      + " 'AWAITING_ACTION')")) {
        for (int i = 0; i < OPEN; i++) {
          String id = UUID.randomUUID().toString();
          inserted.add(id);
          Timestamp due = i < OVERDUE ? past : future;
          request.setString(1, id);
          request.setString(2, MARK + i);
          request.setTimestamp(3, due);
          request.setTimestamp(4, created);
          request.setTimestamp(5, created);
          request.addBatch();
          hop.setString(1, id);
          hop.setTimestamp(2, due);
          hop.addBatch();
          event.setString(1, id);
          event.setTimestamp(2, created);
          event.addBatch();
          if (i % 1000 == 999) {
            request.executeBatch();
            hop.executeBatch();
            event.executeBatch();
          }
        }
        request.executeBatch();
        hop.executeBatch();
        event.executeBatch();
      }
      c.commit();
    }
  }
}
