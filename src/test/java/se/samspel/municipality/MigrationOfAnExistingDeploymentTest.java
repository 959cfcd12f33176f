package se.samspel.municipality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samspel.support.Api.as;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.DeviationChain;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;
import se.samspel.support.PackagedProcesses;
import se.samspel.support.Tokens;

/**
 * An existing single-municipality deployment upgrades (issue 16, "Existing single-municipality
 * deployments migrate without losing anything"): a database at V13, the last version before
 * municipalities, holding a deviation chain, a request with its history and an event of the feed as
 * that version wrote them, is migrated by the application's own start (V14 to the newest).
 * Afterwards the data is the first municipality's, the chain verifies INTACT with the same head
 * hash, the request counts in the yearly review and the event is in the first municipality's feed
 * at its old position. A database of its own (H2 in memory, or a scratch PostgreSQL database next
 * to the suite's), never the one the suite empties.
 */
@QuarkusTest
@TestProfile(MigrationOfAnExistingDeploymentTest.FromV13.class)
class MigrationOfAnExistingDeploymentTest {

  static final String REQUEST = "6f1c1d9e-7a4b-4c3e-9a53-3c7f6b2a1d01";
  static final long EVENT = 5;
  static final Instant CREATED = Instant.parse("2026-10-05T08:30:00Z");

  /** The upgraded deployment: its own database, prepared at V13, and no clean at start. */
  public static class FromV13 implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(LegacyDatabase.class));
    }
  }

  /** The database of a deployment that ran the version before municipalities (V13). */
  public static class LegacyDatabase implements QuarkusTestResourceLifecycleManager {

    static volatile String headHash;
    private Map<String, String> scratch;

    @Override
    public Map<String, String> start() {
      String url;
      String user;
      String password;
      if (PackagedProcesses.setting("SAMSPEL_TEST_DB_URL", "samspel.test.db.url")
          .startsWith("jdbc:postgresql:")) {
        try {
          scratch = PackagedProcesses.scratchDatabase("migration");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        url = scratch.get("SAMSPEL_DB_URL");
        user = scratch.get("SAMSPEL_DB_USERNAME");
        password = scratch.get("SAMSPEL_DB_PASSWORD");
      } else {
        url =
            "jdbc:h2:mem:samspel-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        user = "sa";
        password = "";
      }
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration")
          .target("13")
          .load()
          .migrate();
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        headHash = writeAsV13Did(c);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return Map.of(
          "quarkus.datasource.jdbc.url", url,
          "quarkus.datasource.username", user,
          "quarkus.datasource.password", password,
          "quarkus.flyway.clean-at-start", "false");
    }

    @Override
    public void stop() {
      if (scratch != null) {
        try {
          PackagedProcesses.dropDatabase(scratch);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Inject DataSource dataSource;

  @Test
  void the_old_data_is_the_first_municipalitys_and_the_chain_verifies_with_the_same_head_hash()
      throws Exception {
    as("kd")
        .get("/api/9901/deviations/verify")
        .then()
        .statusCode(200)
        .body("status", equalTo("INTACT"))
        .body("entries", equalTo(3))
        .body("headHash", equalTo(LegacyDatabase.headHash));
    // The unscoped (deprecated) address is the same municipality's.
    as("kd")
        .get("/api/deviations/verify")
        .then()
        .body("headHash", equalTo(LegacyDatabase.headHash));
    as("kd")
        .get("/api/9901/deviations/2")
        .then()
        .statusCode(200)
        .body("personal.description", equalTo("Ringde om schemat 2"));

    // The request counts in the review of its month; its event is in the feed where it was.
    as("kd")
        .get("/api/9901/review?from=2026-10-01&to=2026-10-31")
        .then()
        .statusCode(200)
        .body("approvalLeadTimes.count", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.integration("intranet"))
        .get("/api/9901/events?after=0&limit=5")
        .then()
        .statusCode(200)
        .body("events[0].id", equalTo((int) EVENT))
        .body("events[0].position", equalTo(1))
        .body("culledThrough", equalTo(0));

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : List.of("contact_request", "request_event", "deviation_entry")) {
        try (ResultSet rs =
            s.executeQuery("select distinct municipality_id from " + table + " order by 1")) {
          List<String> municipalities = new ArrayList<>();
          while (rs.next()) {
            municipalities.add(rs.getString(1));
          }
          assertThat(municipalities).as(table).containsExactly("9901");
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select status, culled_at from contact_request where id = '" + REQUEST + "'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("WITHDRAWN");
        assertThat(rs.getObject(2)).isNull();
      }
    }
    as("kd")
        .get("/api/9901/review?from=2026-10-01&to=2026-10-31")
        .then()
        .body("deviations.byRule.ruleId", hasItem("K-1"));
  }

  // ---- what V13 held --------------------------------------------------------------------------

  /** Writes the rows as the application at V13 did; returns the head hash it published. */
  static String writeAsV13Did(Connection c) throws Exception {
    String previous = DeviationChain.GENESIS;
    for (long seq = 1; seq <= 3; seq++) {
      DeviationEntry e =
          DeviationChain.append(
              seq,
              deviation(seq),
              CREATED.plusSeconds(60 * seq),
              previous,
              DeviationChain.newSalt());
      insertEntry(c, e);
      previous = e.entryHash();
    }
    try (PreparedStatement s =
        c.prepareStatement("update deviation_head set last_seq = 3, head_hash = ? where id = 1")) {
      s.setString(1, previous);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into contact_request (id, requester_person, kind, context, flags, subject,"
                + " policy_key, policy_version, rule_id, status, created_at, updated_at, version)"
                + " values (?, 'P-LARARE', 'STAFF_PROBLEM', 'ON_DUTY', '', 'Arbetsmiljön',"
                + " 'kungsor', 1, 'KUN-STAFF-PROBLEM', 'WITHDRAWN', ?, ?, 1)")) {
      s.setString(1, REQUEST);
      s.setObject(2, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
      s.setObject(3, OffsetDateTime.ofInstant(CREATED.plusSeconds(600), ZoneOffset.UTC));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into request_event (id, request_id, occurred_at, actor, event, from_status,"
                + " to_status) values (?, ?, ?, 'P-LARARE', ?, ?, ?)")) {
      Object[][] history = {
        {1L, CREATED, "SUBMITTED", null, "AWAITING_ACTION"},
        {2L, CREATED.plusSeconds(600), "WITHDRAWN", "AWAITING_ACTION", "WITHDRAWN"}
      };
      for (Object[] h : history) {
        s.setLong(1, (Long) h[0]);
        s.setString(2, REQUEST);
        s.setObject(3, OffsetDateTime.ofInstant((Instant) h[1], ZoneOffset.UTC));
        s.setString(4, (String) h[2]);
        s.setString(5, (String) h[3]);
        s.setString(6, (String) h[4]);
        s.executeUpdate();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into outbox_event (id, feed_position, event_type, aggregate_id, occurred_at,"
                + " recorded_at, payload) values (?, 1, 'REQUEST_SUBMITTED', ?, ?, ?, '{}')")) {
      s.setLong(1, EVENT);
      s.setString(2, REQUEST);
      s.setObject(3, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
      s.setObject(4, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
      s.executeUpdate();
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("update outbox_feed_counter set last_position = 1 where id = 1");
    }
    return previous;
  }

  static NewDeviation deviation(long seq) {
    return new NewDeviation(
        DeviationKind.REPORTED_CONTACT,
        CREATED.plusSeconds(seq),
        "kungsor",
        1,
        "K-1",
        "Kontakt med medarbetare",
        "Kontaktvägar",
        "Politiker ska vända sig till förvaltningschefen",
        Severity.MEDIUM,
        se.samspel.deviation.domain.PrescribedRoute.parse("POS-FC-BUF (APPROVE)"),
        "ELECTED_MEMBER",
        "STAFF_MEMBER",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "Direct contact instead of via the department head",
        new PersonalData(
            Optional.of(new PersonId("P-LARARE")),
            Optional.of(new PersonId("P-POL")),
            Optional.of(new PersonId("P-LARARE")),
            Optional.of("Ringde om schemat " + seq)),
        Optional.of("U-BUF"),
        Optional.of("U-BUF"));
  }

  private static void insertEntry(Connection c, DeviationEntry e) throws Exception {
    NewDeviation d = e.facts();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into deviation_entry (seq, kind, occurred_at, recorded_at, policy_key,"
                + " policy_version, rule_id, rule_title, section, quote, severity,"
                + " prescribed_route, requester_role, target_role, department, request_id,"
                + " corrects, summary, reporter, requester, target, description, personal_salt,"
                + " personal_hash, previous_hash, entry_hash, form_version,"
                + " requester_department, target_department)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      s.setLong(i++, e.seq());
      s.setString(i++, d.kind().name());
      s.setObject(i++, OffsetDateTime.ofInstant(d.occurredAt(), ZoneOffset.UTC));
      s.setObject(i++, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
      s.setString(i++, d.policyKey());
      s.setInt(i++, d.policyVersion());
      s.setString(i++, d.ruleId());
      s.setString(i++, d.ruleTitle());
      s.setString(i++, d.section());
      s.setString(i++, d.quote());
      s.setString(i++, d.severity().name());
      s.setString(i++, d.prescribedRoute().text());
      s.setString(i++, d.requesterRole());
      s.setString(i++, d.targetRole());
      s.setString(i++, d.summary());
      s.setString(i++, d.personal().reporter().map(PersonId::value).orElse(null));
      s.setString(i++, d.personal().requester().map(PersonId::value).orElse(null));
      s.setString(i++, d.personal().target().map(PersonId::value).orElse(null));
      s.setString(i++, d.personal().description().orElse(null));
      s.setString(i++, e.personalSalt());
      s.setString(i++, e.personalHash());
      s.setString(i++, e.previousHash());
      s.setString(i++, e.entryHash());
      s.setInt(i++, e.form());
      s.setString(i++, d.requesterDepartment().orElse(null));
      s.setString(i++, d.targetDepartment().orElse(null));
      s.executeUpdate();
    }
  }
}
