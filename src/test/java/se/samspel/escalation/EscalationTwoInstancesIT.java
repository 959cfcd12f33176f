package se.samspel.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.samspel.support.PackagedProcesses.freePort;
import static se.samspel.support.PackagedProcesses.setting;

import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application sweep one PostgreSQL database at once: every overdue
 * hop must escalate exactly once, none may be missed. Runs in the PostgreSQL pass ({@code
 * -Ppostgresql}); an in-memory H2 database cannot be shared by two processes.
 */
class EscalationTwoInstancesIT {

  static final int REQUESTS = 400;

  private final List<Process> instances = new ArrayList<>();

  @AfterEach
  void stopInstances() {
    for (Process p : instances) {
      p.destroy();
    }
    for (Process p : instances) {
      try {
        if (!p.waitFor(
            Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void two_instances_escalate_every_overdue_hop_exactly_once() throws Exception {
    assumeTrue(
        "postgresql".equals(System.getProperty("samspel.db.kind")),
        "two processes need a shared database: this test runs in the PostgreSQL pass");
    String url = setting("SAMSPEL_TEST_DB_URL", "samspel.test.db.url");
    String user = setting("SAMSPEL_TEST_DB_USERNAME", "samspel.test.db.username");
    String password = setting("SAMSPEL_TEST_DB_PASSWORD", "samspel.test.db.password");

    // Instance A starts on an empty schema, loads the demo organisation and takes the requests.
    int portA = freePort();
    start("a", portA, url, user, password, true);
    awaitReady(portA);
    String token =
        given()
            .port(portA)
            .contentType(ContentType.JSON)
            .body("{\"login\":\"larare\"}")
            .post("/api/auth/demo-login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      ids.add(
          given()
              .port(portA)
              .auth()
              .oauth2(token)
              .contentType(ContentType.JSON)
              .body("{\"kind\":\"STAFF_PROBLEM\"," + "\"subject\":\"Ärende " + i + "\"}")
              .post("/api/requests")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }
    // Instance B joins the same database.
    int portB = freePort();
    start("b", portB, url, user, password, false);
    awaitReady(portB);
    // A sweeper's first run comes 5 s after its start: let both be sweeping before the race.
    Thread.sleep(6_000);

    try (Connection db = DriverManager.getConnection(url, user, password)) {
      // Every deadline passes at once: both sweepers race for the same overdue requests.
      try (Statement s = db.createStatement()) {
        s.executeUpdate(
            "update request_hop set due_at = now() - interval '1 hour'"
                + " where state = 'PENDING' and due_at is not null");
        s.executeUpdate(
            "update contact_request set current_due_at = now() - interval '1 hour'"
                + " where current_due_at is not null");
      }
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (overdue(db) > 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
      }
      assertThat(overdue(db)).as("requests still overdue after 3 minutes").isZero();

      List<String> problems = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select r.id, (select count(*) from request_event e where e.request_id = r.id"
                      + " and e.event = 'ESCALATED') as escalations,"
                      + " (select h.position_id from request_hop h where h.request_id = r.id"
                      + " and h.hop_order = 1) as position"
                      + " from contact_request r where r.subject like 'Ärende %'")) {
        int rows = 0;
        while (rs.next()) {
          rows++;
          if (rs.getInt("escalations") != 1 || !"POS-BUF-GR-CH".equals(rs.getString("position"))) {
            problems.add(
                rs.getString("id")
                    + ": "
                    + rs.getInt("escalations")
                    + " escalations, at "
                    + rs.getString("position"));
          }
        }
        assertThat(rows).isEqualTo(REQUESTS);
      }
      assertThat(problems).as("requests not escalated exactly once").isEmpty();
    }
    // Both instances took part (each logs what its sweeps escalated).
    assertThat(escalatedBy("a") + escalatedBy("b")).isEqualTo(REQUESTS);
    assertThat(escalatedBy("a")).as("escalated by instance a").isPositive();
    assertThat(escalatedBy("b")).as("escalated by instance b").isPositive();
  }

  private static long overdue(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*) from contact_request where current_due_at <= now()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int escalatedBy(String name) throws IOException {
    int total = 0;
    for (String line : Files.readAllLines(log(name))) {
      int at = line.indexOf("Sweep escalated ");
      if (at >= 0) {
        total += Integer.parseInt(line.substring(at + 16).split(" ")[0]);
      }
    }
    return total;
  }

  private static Path log(String name) {
    return Path.of("target", "two-instances-" + name + ".log");
  }

  private void start(String name, int port, String url, String user, String password, boolean clean)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Dquarkus.profile=test",
            "-Dquarkus.http.port=" + port,
            // The test profile's own settings are overridden under the same (profiled) names.
            "-D%test.quarkus.datasource.jdbc.url=" + url,
            "-D%test.quarkus.datasource.username=" + user,
            "-D%test.quarkus.datasource.password=" + (password == null ? "" : password),
            "-D%test.quarkus.flyway.clean-at-start=" + clean,
            "-D%test.samspel.sweeper.interval=1s",
            // One request per transaction: the two sweepers interleave as much as they can.
            "-D%test.samspel.escalation.claim-batch=1",
            "-jar",
            "target/quarkus-app/quarkus-run.jar");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    builder.redirectOutput(log(name).toFile());
    builder.environment().remove("SAMSPEL_TEST_DB_URL");
    builder.directory(new File(System.getProperty("user.dir")));
    instances.add(builder.start());
  }

  private static void awaitReady(int port) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (given().port(port).get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // RestAssured rethrows the ConnectException of a port nothing listens on yet.
      }
      Thread.sleep(300);
    }
    throw new AssertionError("instance on port " + port + " did not become ready");
  }
}
