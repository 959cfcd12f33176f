package se.samspel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.samspel.support.PackagedProcesses.freePort;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.PackagedProcesses;

/**
 * The backup the README prescribes restores to a Samspel whose deviation record verifies {@code
 * INTACT} with the head hash published before the backup (README, "Operations", "Backup and
 * restore"). The packaged application (demo organisation, demo login) takes a contact request and
 * reported contacts that become deviations, one of them corrected, on a database of its own; its
 * verify answer is read; the database is dumped with {@code pg_dump -Fc} while the application
 * still runs, as an operator backs up; the application is stopped and its database dropped; the
 * dump is restored with {@code pg_restore} into a fresh, empty database, and Samspel started on
 * that one must find the request and verify {@code INTACT} with the same entries, head seq and head
 * hash.
 *
 * <p>PostgreSQL only (the CI's second pass): the embedded H2 database has no such tools, and the
 * test is skipped there with an assumption that says so. Both databases are named after the suite's
 * with {@code _backup} and {@code _restored} appended, created and dropped here; the suite's own
 * database, which every run empties, is never touched. The PostgreSQL client tools must match the
 * server's major version at least: {@code /usr/lib/postgresql/<major>/bin} (Debian's
 * postgresql-client-&lt;major&gt;) is preferred, else {@code pg_dump} on the PATH.
 */
class BackupRestoreIT {

  /** A packaged Samspel this test started, and the port it listens on. */
  private record Running(Process process, int port) {}

  private final List<Process> apps = new ArrayList<>();
  private final List<Map<String, String>> databases = new ArrayList<>();
  private Path workDir;

  @AfterEach
  void cleanUp() throws Exception {
    for (Process app : apps) {
      app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
    for (Map<String, String> database : databases) {
      PackagedProcesses.dropDatabase(database);
    }
  }

  @Test
  void a_database_restored_from_pg_dump_verifies_intact_with_the_head_hash_of_the_backup()
      throws Exception {
    assumeTrue(
        "postgresql".equals(System.getProperty("samspel.db.kind")),
        "Backup and restore is tested on PostgreSQL only (./mvnw verify -Ppostgresql): the"
            + " embedded H2 database has no pg_dump");
    workDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "backup-");
    Map<String, String> source = scratch("backup");
    Map<String, String> restored = scratch("restored");

    Running app = start(source, "source");
    int port = app.port();
    String kd = demoLogin(port, "kd");
    String requestId = submitRequest(port, demoLogin(port, "politiker"));
    String teacher = demoLogin(port, "larare");
    long first = reportDirectContact(port, teacher, "Ringde läraren direkt, första gången");
    reportDirectContact(port, teacher, "Ringde läraren direkt, andra gången");
    correct(port, kd, first);
    JsonPath before = verify(port, kd);
    assertThat(before.getString("status")).as(before.prettify()).isEqualTo("INTACT");
    assertThat(before.getLong("entries")).as("two reported contacts and a correction").isEqualTo(3);

    Path dump = workDir.resolve("samspel.dump");
    run(tool("pg_dump", source), source, "-Fc", "-f", dump.toString());
    stop(app.process());
    PackagedProcesses.dropDatabase(source);
    run(tool("pg_restore", restored), restored, "--exit-on-error", "--no-owner", dump.toString());

    port = start(restored, "restored").port();
    kd = demoLogin(port, "kd");
    JsonPath after = verify(port, kd);
    assertThat(after.getString("status")).as(after.prettify()).isEqualTo("INTACT");
    assertThat(after.getLong("entries")).isEqualTo(before.getLong("entries"));
    assertThat(after.getLong("headSeq")).isEqualTo(before.getLong("headSeq"));
    assertThat(after.getString("headHash")).isEqualTo(before.getString("headHash"));
    // The published head hash is the entry hash at its seq; the restored entry carries it.
    given()
        .port(port)
        .auth()
        .oauth2(kd)
        .get("/api/deviations/" + before.getLong("headSeq"))
        .then()
        .statusCode(200)
        .body("entryHash", equalTo(before.getString("headHash")));
    given()
        .port(port)
        .auth()
        .oauth2(demoLogin(port, "politiker"))
        .get("/api/requests/" + requestId)
        .then()
        .statusCode(200)
        .body("subject", equalTo("Före säkerhetskopian"));
  }

  // ---- Samspel -------------------------------------------------------------------------------

  private Running start(Map<String, String> database, String name) throws Exception {
    int port = freePort();
    Process app =
        PackagedProcesses.startDemo(
            port,
            database,
            workDir,
            Path.of("target", "backup-restore-" + name + ".log").toAbsolutePath());
    apps.add(app);
    return new Running(app, port);
  }

  /** A clean stop, as an operator stops the old instance before switching to the restored one. */
  private static void stop(Process app) throws InterruptedException {
    app.destroy();
    assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("Samspel stopped").isTrue();
  }

  private static String demoLogin(int port, String login) {
    return given()
        .port(port)
        .contentType(ContentType.JSON)
        .body("{\"login\":\"" + login + "\"}")
        .post("/api/auth/demo-login")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  private static String submitRequest(int port, String politician) {
    return given()
        .port(port)
        .auth()
        .oauth2(politician)
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                + "\"subject\":\"Före säkerhetskopian\",\"purpose\":\"Hållbarhet\","
                + "\"wishedFrom\":\"2026-12-01\",\"wishedTo\":\"2026-12-15\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A teacher reports the education committee's chair calling directly: a deviation's seq. */
  private static long reportDirectContact(int port, String teacher, String description) {
    String occurredAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
    Number seq =
        given()
            .port(port)
            .auth()
            .oauth2(teacher)
            .contentType(ContentType.JSON)
            .body(
                "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":"
                    + "\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                    + occurredAt
                    + "\",\"description\":\""
                    + description
                    + "\"}")
            .post("/api/contact-reports")
            .then()
            .statusCode(200)
            .body("verdict", equalTo("DEVIATION"))
            .extract()
            .path("recordedAs");
    return seq.longValue();
  }

  private static void correct(int port, String kd, long seq) {
    given()
        .port(port)
        .auth()
        .oauth2(kd)
        .contentType(ContentType.JSON)
        .body("{\"summary\":\"Samtalet gällde BUN\",\"reason\":\"Fel nämnd i första rapporten\"}")
        .post("/api/deviations/" + seq + "/corrections")
        .then()
        .statusCode(201);
  }

  private static JsonPath verify(int port, String reader) {
    return given()
        .port(port)
        .auth()
        .oauth2(reader)
        .get("/api/deviations/verify")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  // ---- PostgreSQL ----------------------------------------------------------------------------

  private Map<String, String> scratch(String suffix) throws Exception {
    Map<String, String> database = PackagedProcesses.scratchDatabase(suffix);
    databases.add(database);
    return database;
  }

  private static final Pattern JDBC_URL =
      Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");

  /**
   * The client tool of the server's major version (Debian keeps each under
   * /usr/lib/postgresql/&lt;major&gt;/bin; /usr/bin/pg_dump is a wrapper that picks the newest for
   * a remote host, whose pg_restore may write settings an older server does not know), else the one
   * on the PATH.
   */
  private static String tool(String name, Map<String, String> database) throws Exception {
    int major;
    try (Connection db =
            DriverManager.getConnection(
                database.get("SAMSPEL_DB_URL"),
                database.get("SAMSPEL_DB_USERNAME"),
                database.get("SAMSPEL_DB_PASSWORD"));
        Statement s = db.createStatement();
        ResultSet version = s.executeQuery("show server_version_num")) {
      version.next();
      major = Integer.parseInt(version.getString(1)) / 10000;
    }
    Path matching = Path.of("/usr/lib/postgresql", String.valueOf(major), "bin", name);
    return Files.isExecutable(matching) ? matching.toString() : name;
  }

  /** Runs a PostgreSQL client tool on {@code database}; fails with its output unless it exits 0. */
  private void run(String tool, Map<String, String> database, String... arguments)
      throws Exception {
    Matcher url = JDBC_URL.matcher(database.get("SAMSPEL_DB_URL"));
    assertThat(url.matches()).as(database.get("SAMSPEL_DB_URL")).isTrue();
    List<String> command =
        new ArrayList<>(List.of(tool, "--no-password", "--dbname", url.group(3)));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PGHOST", url.group(1));
    builder.environment().put("PGPORT", url.group(2) == null ? "5432" : url.group(2));
    builder.environment().put("PGUSER", database.get("SAMSPEL_DB_USERNAME"));
    builder.environment().put("PGPASSWORD", database.get("SAMSPEL_DB_PASSWORD"));
    builder.redirectErrorStream(true);
    Path output = workDir.resolve(Path.of(tool).getFileName() + ".out");
    builder.redirectOutput(output.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue())
        .as("%s: %s", String.join(" ", command), Files.readString(output, StandardCharsets.UTF_8))
        .isZero();
  }
}
