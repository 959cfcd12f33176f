package se.samspel.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.samspel.common.SamspelException;
import se.samspel.deviation.domain.DeviationChain;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;

/**
 * The deviation record over real HTTP with real tokens, on the shared test database: other tests
 * may have appended, so nothing assumes an empty record; each tampering is undone and the record
 * verified intact again.
 */
@QuarkusTest
class DeviationRecordApiTest {

  @Inject DeviationRecorder recorder;
  @Inject DataSource dataSource;

  static NewDeviation deviation(String rule, String requester, Severity severity) {
    return new NewDeviation(
        DeviationKind.REPORTED_CONTACT,
        Instant.parse("2026-11-20T13:05:00.123456789Z"),
        "kungsor",
        1,
        rule,
        "Kontakt med medarbetare",
        "Kontaktvägar",
        "Politiker ska vända sig till förvaltningschefen",
        severity,
        "POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)",
        "ELECTED_MEMBER",
        "STAFF_MEMBER",
        Optional.of("U-BUF"),
        Optional.empty(),
        Optional.empty(),
        "Direct contact instead of via the department head",
        new PersonalData(
            Optional.of(new PersonId("P-LARARE")),
            Optional.of(new PersonId(requester)),
            Optional.of(new PersonId("P-LARARE")),
            Optional.of("Ringde om schemat")));
  }

  long record(NewDeviation d) {
    return QuarkusTransaction.requiringNew().call(() -> recorder.record(d));
  }

  static String rule() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static ValidatableResponse verify() {
    return as("revisor").get("/api/deviations/verify").then().statusCode(200);
  }

  static void assertIntact() {
    verify().body("status", equalTo("INTACT")).body("firstBreak", nullValue());
  }

  static void assertBroken(long seq, String reason) {
    verify()
        .body("status", equalTo("BROKEN"))
        .body("firstBreak.seq", equalTo((int) seq))
        .body("firstBreak.reason", equalTo(reason));
  }

  @Test
  void kd_the_kso_and_the_auditor_read_entries_newest_first_with_their_rule_and_route() {
    String rule = rule();
    long first = record(deviation(rule, "P-POL", Severity.MEDIUM));
    long second = record(deviation(rule, "P-POL", Severity.HIGH));
    assertThat(second).isEqualTo(first + 1);

    for (String login : new String[] {"kd", "kso", "revisor"}) {
      as(login)
          .get("/api/deviations?rule=" + rule)
          .then()
          .statusCode(200)
          .body("total", equalTo(2))
          .body("items[0].seq", equalTo((int) second))
          .body("items[1].seq", equalTo((int) first));
    }
    as("kd")
        .get("/api/deviations?rule=" + rule + "&severity=high&department=U-BUF")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].severity", equalTo("HIGH"));
    as("kd")
        .get("/api/deviations?rule=" + rule + "&from=2026-11-21")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    as("kd")
        .get("/api/deviations?rule=" + rule + "&from=2026-11-20&to=2026-11-20")
        .then()
        .statusCode(200)
        .body("total", equalTo(2));
    as("kso")
        .get("/api/deviations/" + first)
        .then()
        .statusCode(200)
        .body("kind", equalTo("REPORTED_CONTACT"))
        .body("ruleId", equalTo(rule))
        .body("quote", equalTo("Politiker ska vända sig till förvaltningschefen"))
        .body("prescribedRoute", equalTo("POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)"))
        .body("occurredAt", equalTo("2026-11-20T13:05:00.123456Z"))
        .body("personal.requester", equalTo("P-POL"))
        .body("personal.description", equalTo("Ringde om schemat"))
        .body("entryHash", notNullValue())
        .body("redactedAt", nullValue());
    assertIntact();
  }

  @Test
  void the_record_is_closed_to_anyone_but_kd_the_kso_and_the_auditor() {
    long seq = record(deviation(rule(), "P-POL", Severity.LOW));
    for (String path :
        new String[] {"/api/deviations", "/api/deviations/" + seq, "/api/deviations/verify"}) {
      anonymous().get(path).then().statusCode(401);
      for (String login : new String[] {"larare", "politiker", "fc-buf"}) {
        as(login).get(path).then().statusCode(403);
      }
      asAdministrator().get(path).then().statusCode(403);
    }
    String correction = "{\"summary\":\"Rättad\",\"reason\":\"Fel regel\"}";
    for (String login : new String[] {"kso", "larare"}) {
      as(login)
          .contentType(ContentType.JSON)
          .body(correction)
          .post("/api/deviations/" + seq + "/corrections")
          .then()
          .statusCode(403);
    }
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(correction)
        .post("/api/deviations/" + seq + "/corrections")
        .then()
        .statusCode(403);
    for (String login : new String[] {"kd", "revisor", "larare"}) {
      as(login)
          .contentType(ContentType.JSON)
          .body("{\"person\":\"P-POL\"}")
          .post("/api/deviations/redactions")
          .then()
          .statusCode(403);
    }
    anonymous()
        .contentType(ContentType.JSON)
        .body("{\"person\":\"P-POL\"}")
        .post("/api/deviations/redactions")
        .then()
        .statusCode(401);
  }

  @Test
  void bad_filters_bodies_and_references_are_problems_naming_the_field() {
    long seq = record(deviation(rule(), "P-POL", Severity.LOW));
    problem(as("kd").get("/api/deviations?severity=NONE").then(), 400, "severity");
    problem(as("kd").get("/api/deviations?from=igår").then(), 400, "from");
    problem(as("kd").get("/api/deviations?from=2026-02-01&to=2026-01-01").then(), 400, "to");
    problem(as("kd").get("/api/deviations?size=0").then(), 400, "size");
    as("kd")
        .get("/api/deviations/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("kd").get("/api/deviations/abc").then().statusCode(404);
    problem(
        as("kd")
            .contentType(ContentType.JSON)
            .body("{\"summary\":\" \",\"reason\":\"Fel regel\"}")
            .post("/api/deviations/" + seq + "/corrections")
            .then(),
        400,
        "summary");
    problem(
        as("kd")
            .contentType(ContentType.JSON)
            .body("{\"summary\":\"Rättad\",\"reason\":\"Fel regel\"}")
            .post("/api/deviations/999999999/corrections")
            .then(),
        422,
        "seq");
    problem(
        asAdministrator()
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/api/deviations/redactions")
            .then(),
        400,
        "person");
  }

  static void problem(ValidatableResponse response, int status, String field) {
    response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.endsWith(field));
  }

  @Test
  void a_correction_is_a_new_entry_referencing_the_corrected_one_which_stays_as_it_was() {
    String rule = rule();
    long seq = record(deviation(rule, "P-POL", Severity.MEDIUM));
    String hash = as("kd").get("/api/deviations/" + seq).then().extract().path("entryHash");

    int correction =
        as("revisor")
            .contentType(ContentType.JSON)
            .body(
                "{\"summary\":\"The contact was coordinated beforehand\","
                    + "\"reason\":\"Minnesanteckning visar förankring\"}")
            .post("/api/deviations/" + seq + "/corrections")
            .then()
            .statusCode(201)
            .body("kind", equalTo("CORRECTION"))
            .body("corrects", equalTo((int) seq))
            .body("ruleId", equalTo(rule))
            .body("summary", equalTo("The contact was coordinated beforehand"))
            .body("personal.reporter", equalTo("P-REV"))
            .body("personal.description", equalTo("Minnesanteckning visar förankring"))
            .extract()
            .path("seq");
    assertThat((long) correction).isGreaterThan(seq);
    as("kd").get("/api/deviations/" + seq).then().body("entryHash", equalTo(hash));
    assertIntact();
  }

  @Test
  void the_recorder_appends_only_in_the_callers_transaction_and_only_corrections_of_real_entries() {
    assertThatThrownBy(() -> recorder.record(deviation(rule(), "P-POL", Severity.LOW)))
        .isInstanceOf(TransactionalException.class);
    NewDeviation base = deviation(rule(), "P-POL", Severity.LOW);
    NewDeviation ofNothing =
        new NewDeviation(
            DeviationKind.CORRECTION,
            base.occurredAt(),
            base.policyKey(),
            base.policyVersion(),
            base.ruleId(),
            base.ruleTitle(),
            base.section(),
            base.quote(),
            base.severity(),
            base.prescribedRoute(),
            base.requesterRole(),
            base.targetRole(),
            base.department(),
            base.requestId(),
            Optional.of(999_999_999L),
            base.summary(),
            PersonalData.none());
    assertThatThrownBy(() -> record(ofNothing))
        .isInstanceOfSatisfying(
            SamspelException.class,
            e -> assertThat(e.kind()).isEqualTo(SamspelException.Kind.UNPROCESSABLE));
    assertIntact();
  }

  @Test
  void redacting_a_person_blanks_their_personal_data_and_keeps_the_chain_intact() {
    String person = "P-R-" + UUID.randomUUID().toString().substring(0, 8);
    String rule = rule();
    long first = record(deviation(rule, person, Severity.LOW));
    long second = record(deviation(rule, person, Severity.HIGH));
    String hash = as("kd").get("/api/deviations/" + first).then().extract().path("entryHash");

    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"person\":\"" + person + "\"}")
        .post("/api/deviations/redactions")
        .then()
        .statusCode(200)
        .body("person", equalTo(person))
        .body("entries", equalTo(2));

    for (long seq : new long[] {first, second}) {
      as("kd")
          .get("/api/deviations/" + seq)
          .then()
          .statusCode(200)
          .body("personal.reporter", nullValue())
          .body("personal.requester", nullValue())
          .body("personal.target", nullValue())
          .body("personal.description", nullValue())
          .body("redactedAt", notNullValue())
          .body("summary", equalTo("Direct contact instead of via the department head"));
    }
    as("kd").get("/api/deviations/" + first).then().body("entryHash", equalTo(hash));
    verify().body("status", equalTo("INTACT")).body("redacted", greaterThanOrEqualTo(2));
    // Nothing left to blank.
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"person\":\"" + person + "\"}")
        .post("/api/deviations/redactions")
        .then()
        .statusCode(200)
        .body("entries", equalTo(0));
  }

  @Test
  void tampering_in_the_database_is_pinpointed_by_verify_and_undoing_it_restores_intact()
      throws SQLException {
    String rule = rule();
    long a = record(deviation(rule, "P-POL", Severity.LOW));
    long b = record(deviation(rule, "P-POL", Severity.MEDIUM));
    long c = record(deviation(rule, "P-POL", Severity.HIGH));
    assertIntact();

    // A quote changed.
    sql("update deviation_entry set quote = 'Politiker får ringa vem de vill' where seq = ?", b);
    assertBroken(b, "ALTERED");
    sql(
        "update deviation_entry set quote = 'Politiker ska vända sig till förvaltningschefen'"
            + " where seq = ?",
        b);
    assertIntact();

    // A personal field changed.
    sql("update deviation_entry set requester = 'P-KSO' where seq = ?", a);
    assertBroken(a, "PERSONAL_DATA_ALTERED");
    sql("update deviation_entry set requester = 'P-POL' where seq = ?", a);
    assertIntact();

    // A row deleted.
    Map<String, Object> row = row(b);
    sql("delete from deviation_entry where seq = ?", b);
    assertBroken(b, "REMOVED");
    insert(row);
    assertIntact();

    // A forged row, hashed and linked correctly, appended behind the application.
    long head = ((Number) verify().extract().path("headSeq")).longValue();
    String headHash = verify().extract().path("headHash");
    assertThat(head).isGreaterThanOrEqualTo(c);
    DeviationEntry forged =
        DeviationChain.append(
            head + 1,
            deviation(rule, "P-POL", Severity.LOW),
            Instant.now(),
            headHash,
            DeviationChain.newSalt());
    Map<String, Object> forgedRow = new LinkedHashMap<>(row);
    forgedRow.put("seq", forged.seq());
    forgedRow.put("personal_salt", forged.personalSalt());
    forgedRow.put("personal_hash", forged.personalHash());
    forgedRow.put("previous_hash", forged.previousHash());
    forgedRow.put("entry_hash", forged.entryHash());
    forgedRow.put("severity", "LOW");
    forgedRow.put(
        "recorded_at", OffsetDateTime.ofInstant(forged.recordedAt(), java.time.ZoneOffset.UTC));
    insert(forgedRow);
    assertBroken(head + 1, "INSERTED");
    sql("delete from deviation_entry where seq = ?", head + 1);
    assertIntact();
  }

  /**
   * An entry's form and its departments are part of what its hash covers (issue 13, canonical form
   * v2): changing either behind the application is found, and undoing it restores intact.
   */
  @Test
  void an_entry_whose_form_or_departments_were_changed_is_altered() throws SQLException {
    long b = record(deviation(rule(), "P-POL", Severity.MEDIUM));
    record(deviation(rule(), "P-POL", Severity.LOW));
    assertIntact();
    as("kd").get("/api/deviations/" + b).then().body("form", equalTo(2));
    Map<String, String> tampering =
        Map.of(
            // Another department: still readable, but its hash no longer matches.
            "target_department = 'U-SOF'",
            "its content no longer matches its hash",
            "requester_department = 'U-SOF'",
            "its content no longer matches its hash",
            // Read as v1: v1 has no requester's or target's department.
            "form_version = 1",
            "it cannot be read (a samspel-deviation-v1 entry records no requester's or target's"
                + " department)",
            // The target's department moved to v1's column.
            "department = target_department, target_department = null",
            "it cannot be read (a samspel-deviation-v2 entry with a single department)",
            "form_version = 3",
            "it cannot be read (form 3 is not a canonical form the record knows)");
    for (Map.Entry<String, String> tamper : tampering.entrySet()) {
      Map<String, Object> original = row(b);
      sql("update deviation_entry set " + tamper.getKey() + " where seq = ?", b);
      try {
        verify()
            .body("status", equalTo("BROKEN"))
            .body("firstBreak.seq", equalTo((int) b))
            .body("firstBreak.reason", equalTo("ALTERED"))
            .body(
                "firstBreak.detail", equalTo("entry " + b + " was altered: " + tamper.getValue()));
      } finally {
        sql("delete from deviation_entry where seq = ?", b);
        insert(original);
      }
      assertIntact();
    }
  }

  @Test
  void an_entry_whose_kind_was_changed_is_altered_in_verify_and_marked_unreadable_in_the_list()
      throws SQLException {
    String rule = rule();
    long a = record(deviation(rule, "P-POL", Severity.LOW));
    long b = record(deviation(rule, "P-POL", Severity.MEDIUM));
    long c = record(deviation(rule, "P-POL", Severity.HIGH));
    assertIntact();
    // An unknown kind, and a correction that references no entry (corrects stays null).
    Map<String, String> reasons =
        Map.of(
            "FORGED", "kind 'FORGED' is not a kind the record knows",
            "CORRECTION", "a CORRECTION that references no entry");
    for (Map.Entry<String, String> tamper : reasons.entrySet()) {
      sql("update deviation_entry set kind = '" + tamper.getKey() + "' where seq = ?", b);
      try {
        verify()
            .body("status", equalTo("BROKEN"))
            .body("entries", equalTo((int) b - 1))
            .body("headSeq", equalTo((int) b - 1))
            .body("firstBreak.seq", equalTo((int) b))
            .body("firstBreak.reason", equalTo("ALTERED"))
            .body(
                "firstBreak.detail",
                equalTo(
                    "entry " + b + " was altered: it cannot be read (" + tamper.getValue() + ")"));
        as("kd")
            .get("/api/deviations?rule=" + rule)
            .then()
            .statusCode(200)
            .body("total", equalTo(3))
            .body("items.seq", contains((int) c, (int) b, (int) a))
            .body("items.unreadable", contains(false, true, false))
            .body("items[1].unreadableReason", equalTo(tamper.getValue()))
            .body("items[1].kind", nullValue())
            .body("items[1].ruleId", nullValue())
            .body("items[1].entryHash", matchesPattern("[0-9a-f]{64}"))
            .body("items[0].unreadableReason", nullValue())
            .body("items[0].kind", equalTo("REPORTED_CONTACT"));
        as("kso")
            .get("/api/deviations/" + b)
            .then()
            .statusCode(200)
            .body("seq", equalTo((int) b))
            .body("unreadable", equalTo(true))
            .body("unreadableReason", equalTo(tamper.getValue()));
        as("kd")
            .contentType(ContentType.JSON)
            .body("{\"summary\":\"Rättad\",\"reason\":\"Fel regel\"}")
            .post("/api/deviations/" + b + "/corrections")
            .then()
            .statusCode(409)
            .contentType("application/problem+json")
            .body("code", equalTo("deviation-unreadable"));
      } finally {
        sql("update deviation_entry set kind = 'REPORTED_CONTACT' where seq = ?", b);
      }
      assertIntact();
    }
  }

  @Test
  void a_copy_of_the_last_entry_appended_with_its_hashes_is_reported_inserted()
      throws SQLException {
    record(deviation(rule(), "P-POL", Severity.LOW));
    long head = headSeq();
    Map<String, Object> copy = row(head);
    copy.put("seq", head + 1);
    insert(copy);
    try {
      verify()
          .body("status", equalTo("BROKEN"))
          .body("entries", equalTo((int) head))
          .body("firstBreak.seq", equalTo((int) head + 1))
          .body("firstBreak.reason", equalTo("INSERTED"))
          .body(
              "firstBreak.detail",
              equalTo(
                  "entry "
                      + (head + 1)
                      + " was inserted behind the application: it lies past the head, entry "
                      + head));
      // The head's seq moved onto the copy as well (the copy has the head's hash).
      sql("update deviation_head set last_seq = last_seq + 1 where last_seq = ?", head);
      try {
        verify()
            .body("status", equalTo("BROKEN"))
            .body("firstBreak.seq", equalTo((int) head + 1))
            .body("firstBreak.reason", equalTo("INSERTED"))
            .body(
                "firstBreak.detail",
                equalTo(
                    "entry "
                        + (head + 1)
                        + " was inserted: it is a copy of entry "
                        + head
                        + " (it has its entry hash)"));
      } finally {
        sql("update deviation_head set last_seq = last_seq - 1 where last_seq = ?", head + 1);
      }
    } finally {
      sql("delete from deviation_entry where seq = ?", head + 1);
    }
    assertIntact();
  }

  @Test
  void a_forged_entry_with_correct_hashes_inserted_before_shifted_entries_is_reported_inserted()
      throws SQLException {
    String rule = rule();
    record(deviation(rule, "P-POL", Severity.MEDIUM));
    long k = record(deviation(rule, "P-POL", Severity.MEDIUM));
    record(deviation(rule, "P-POL", Severity.HIGH));
    assertIntact();
    Map<String, Object> template = row(k);
    String before = (String) template.get("previous_hash");
    DeviationEntry forged =
        DeviationChain.append(
            k,
            deviation(rule, "P-POL", Severity.LOW),
            Instant.now(),
            before,
            DeviationChain.newSalt());
    // Entries k, k+1 … up by one, their stored hashes as they were; the head's seq moved too.
    shift(k, +1);
    sql("update deviation_head set last_seq = last_seq + 1 where municipality_id = ?", "9901");
    insert(forgedRow(template, forged));
    try {
      verify()
          .body("status", equalTo("BROKEN"))
          .body("entries", equalTo((int) k - 1))
          .body("headSeq", equalTo((int) k - 1))
          .body("headHash", equalTo(before))
          .body("firstBreak.seq", equalTo((int) k))
          .body("firstBreak.reason", equalTo("INSERTED"))
          .body(
              "firstBreak.detail",
              equalTo(
                  "entry "
                      + k
                      + " was inserted: entry "
                      + (k + 1)
                      + " still follows entry "
                      + (k - 1)
                      + ", and is entry "
                      + k
                      + " renumbered"));
      // The forged entry itself reads as any other.
      as("kd").get("/api/deviations/" + k).then().statusCode(200).body("severity", equalTo("LOW"));
    } finally {
      sql("delete from deviation_entry where seq = ?", k);
      shift(k + 1, -1);
      sql("update deviation_head set last_seq = last_seq - 1 where municipality_id = ?", "9901");
    }
    assertIntact();
  }

  @Test
  void a_deleted_head_row_is_reported_broken_not_a_failure() throws SQLException {
    record(deviation(rule(), "P-POL", Severity.MEDIUM));
    long last = headSeq();
    String hash = verify().extract().path("headHash");
    sql("delete from deviation_head where municipality_id = ?", "9901");
    try {
      verify().body("status", equalTo("BROKEN")).body("firstBreak.seq", equalTo(1));
    } finally {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "insert into deviation_head (municipality_id, last_seq, head_hash)"
                      + " values ('9901', ?, ?)")) {
        s.setLong(1, last);
        s.setString(2, hash);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
    }
    assertIntact();
  }

  /** The last seq the head names, as verify reports it on an intact record. */
  private static long headSeq() {
    return ((Number) verify().body("status", equalTo("INTACT")).extract().path("headSeq"))
        .longValue();
  }

  /** Moves every entry from {@code from} on by {@code by} (through negative seqs: seq is a key). */
  private void shift(long from, int by) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement away =
            c.prepareStatement("update deviation_entry set seq = -seq where seq >= ?");
        PreparedStatement back =
            c.prepareStatement("update deviation_entry set seq = ? - seq where seq < 0")) {
      away.setLong(1, from);
      int moved = away.executeUpdate();
      assertThat(moved).isPositive();
      back.setLong(1, by);
      assertThat(back.executeUpdate()).isEqualTo(moved);
    }
  }

  /** A row with the forged entry's seq, hashes and content, the rest as in the template. */
  private static Map<String, Object> forgedRow(
      Map<String, Object> template, DeviationEntry forged) {
    Map<String, Object> row = new LinkedHashMap<>(template);
    row.put("seq", forged.seq());
    row.put("personal_salt", forged.personalSalt());
    row.put("personal_hash", forged.personalHash());
    row.put("previous_hash", forged.previousHash());
    row.put("entry_hash", forged.entryHash());
    row.put("severity", forged.facts().severity().name());
    row.put("recorded_at", OffsetDateTime.ofInstant(forged.recordedAt(), java.time.ZoneOffset.UTC));
    return row;
  }

  private void sql(String statement, String municipality) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      s.setString(1, municipality);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private void sql(String statement, long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      s.setLong(1, seq);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static final java.util.Set<String> TIMES =
      java.util.Set.of("occurred_at", "recorded_at", "redacted_at");

  private Map<String, Object> row(long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select * from deviation_entry where seq = ?")) {
      s.setLong(1, seq);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          String name = rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT);
          row.put(
              name, TIMES.contains(name) ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i));
        }
        return row;
      }
    }
  }

  private void insert(Map<String, Object> row) throws SQLException {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into deviation_entry (" + columns + ") values (" + marks + ")")) {
      int i = 1;
      for (Object value : row.values()) {
        s.setObject(i++, value);
      }
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
