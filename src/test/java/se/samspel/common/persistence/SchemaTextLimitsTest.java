package se.samspel.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestEvent;
import se.samspel.substitution.domain.Substitution;
import se.samspel.support.Api;

/**
 * The schema the migrations built holds what the domain's field limits let through: each free-text
 * column is exactly as long as the constant Bean Validation, the pages and the entities use. Read
 * from the database's own metadata, so it checks H2 in the default build and PostgreSQL with {@code
 * -Ppostgresql}. A migration that shortens a column, or a constant raised without one, fails here
 * instead of as an error when a long but valid text is stored.
 */
@QuarkusTest
class SchemaTextLimitsTest {

  @Inject DataSource dataSource;

  @Test
  void each_free_text_column_is_as_long_as_its_domain_limit() throws SQLException {
    assertThat(length("contact_request", "subject")).isEqualTo(ContactRequest.MAX_SUBJECT_LENGTH);
    assertThat(length("contact_request", "purpose")).isEqualTo(ContactRequest.MAX_PURPOSE_LENGTH);
    assertThat(length("contact_request", "redirected_to"))
        .isEqualTo(ContactRequest.MAX_FORUM_LENGTH);
    assertThat(length("request_hop", "note")).isEqualTo(ContactRequest.MAX_NOTE_LENGTH);
    assertThat(length("request_event", "note")).isEqualTo(RequestEvent.MAX_NOTE_LENGTH);
    assertThat(length("substitution", "reason")).isEqualTo(Substitution.MAX_REASON_LENGTH);
    assertThat(length("deviation_entry", "summary")).isEqualTo(NewDeviation.MAX_SUMMARY_LENGTH);
    assertThat(length("deviation_entry", "prescribed_route"))
        .isEqualTo(NewDeviation.MAX_PRESCRIBED_ROUTE_LENGTH);
    assertThat(length("deviation_entry", "description"))
        .isEqualTo(PersonalData.MAX_DESCRIPTION_LENGTH);
  }

  @Test
  void what_a_step_or_a_report_may_carry_fits_where_it_is_kept() {
    // A history entry composes its note from a forum and a reason (or a reason and words around
    // it); the record keeps a reported contact's description and a correction's summary.
    assertThat(RequestEvent.MAX_NOTE_LENGTH)
        .isGreaterThanOrEqualTo(
            "→ ".length()
                + ContactRequest.MAX_FORUM_LENGTH
                + ": ".length()
                + ContactRequest.MAX_NOTE_LENGTH)
        .isGreaterThanOrEqualTo("escalated by hand: ".length() + ContactRequest.MAX_NOTE_LENGTH);
    assertThat(PersonalData.MAX_DESCRIPTION_LENGTH)
        .isGreaterThanOrEqualTo(PersonalData.MAX_REPORTED_DESCRIPTION_LENGTH);
    assertThat(NewDeviation.MAX_SUMMARY_LENGTH)
        .isGreaterThanOrEqualTo(
            "A direct contact where the guideline prescribes the route ".length()
                + NewDeviation.MAX_PRESCRIBED_ROUTE_LENGTH)
        .isGreaterThanOrEqualTo(NewDeviation.MAX_CORRECTION_SUMMARY_LENGTH);
  }

  /**
   * The fix V9 made: before it, a redirect's history entry ("→ " + forum + ": " + reason) did not
   * fit its column when both were as long as allowed, and the valid decision failed to be stored.
   */
  @Test
  void a_redirect_with_the_longest_forum_and_reason_is_stored_whole() {
    String id =
        Api.as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Läsfrämjande arbete\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String forum = "F".repeat(ContactRequest.MAX_FORUM_LENGTH);
    String reason = "R".repeat(ContactRequest.MAX_NOTE_LENGTH);

    Api.as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{\"forum\":\"" + forum + "\",\"reason\":\"" + reason + "\"}")
        .post("/api/requests/" + id + "/redirect")
        .then()
        .statusCode(200)
        .body("status", equalTo("REDIRECTED"));

    String note =
        Api.as("politiker")
            .get("/api/requests/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("history.find { it.event == 'REDIRECTED' }.note");
    assertThat(note).isEqualTo("→ " + forum + ": " + reason);
  }

  @Test
  void widening_kept_the_columns_that_must_have_a_value_not_null() throws SQLException {
    assertThat(nullable("deviation_entry", "summary")).isFalse();
    assertThat(nullable("request_event", "note")).isTrue();
    // Since V16 (retention) a culled request has no subject; one that is not culled must have it.
    assertThat(nullable("contact_request", "subject")).isTrue();
    try (Connection connection = dataSource.getConnection();
        java.sql.Statement s = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "insert into contact_request (municipality_id, id, requester_person, kind,"
                          + " context, flags, subject, policy_key, policy_version, rule_id,"
                          + " status, created_at, updated_at, version) values ('9901',"
                          + " 'no-subject', 'P-LARARE', 'STAFF_PROBLEM', 'ON_DUTY', '', null,"
                          + " 'kungsor', 1, 'R', 'WITHDRAWN', current_timestamp,"
                          + " current_timestamp, 0)"))
          .as("a request that is not culled keeps its subject (ck_request_culled_only)")
          .isInstanceOf(SQLException.class);
    }
  }

  private int length(String table, String column) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet row = column(connection.getMetaData(), table, column)) {
      return row.getInt("COLUMN_SIZE");
    }
  }

  private boolean nullable(String table, String column) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet row = column(connection.getMetaData(), table, column)) {
      return row.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
    }
  }

  /** The metadata row of a column, positioned on it; the tables are in the connection's schema. */
  private static ResultSet column(DatabaseMetaData meta, String table, String column)
      throws SQLException {
    ResultSet rows = meta.getColumns(null, null, table, column);
    if (!rows.next()) {
      rows.close();
      rows = meta.getColumns(null, null, table.toUpperCase(), column.toUpperCase());
      assertThat(rows.next()).as("column %s.%s exists", table, column).isTrue();
    }
    return rows;
  }
}
