package se.samspel.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samspel.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.application.RecordVerification;
import se.samspel.support.Metrics;

/**
 * The scheduled verification of the deviation record raises tampering in its own health group and
 * metric, and never in readiness or liveness: a changed row makes {@code /q/health/group/record}
 * DOWN and {@code samspel_record_chain_intact} 0 while the instance stays ready; undoing it makes
 * both whole again at the next verification.
 */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class RecordHealthGroupTest {

  @Inject RecordVerification verification;
  @Inject AgroalDataSource dataSource;

  @Test
  void tampering_turns_the_record_group_down_and_leaves_readiness_up() throws SQLException {
    // A refused request leaves an entry in the record.
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"STEER_INDIVIDUAL_CASE\","
                + "\"subject\":\"x\"}")
        .post("/api/requests")
        .then()
        .statusCode(422);
    verification.verifyAll();
    given().get("/q/health/group/record").then().statusCode(200).body("status", equalTo("UP"));
    assertThat(Metrics.scrape().value("samspel_record_chain_intact", "municipality", "9901"))
        .isEqualTo(1);

    long seq = lastSeq();
    String quote = quote(seq);
    update("update deviation_entry set quote = 'Politiker får styra' where seq = ?", seq);
    try {
      // Nothing is noticed until the next verification: the group reports the last one.
      given().get("/q/health/group/record").then().statusCode(200);
      verification.verifyAll();

      given()
          .get("/q/health/group/record")
          .then()
          .statusCode(503)
          .body("status", equalTo("DOWN"))
          .body("checks.name", hasItem("deviation-record"))
          .body("checks[0].data.9901", containsString("BROKEN"))
          .body("checks[0].data.9901", containsString("entry " + seq + " ALTERED"));
      assertThat(Metrics.scrape().value("samspel_record_chain_intact", "municipality", "9901"))
          .isZero();
      given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
      given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
      given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    } finally {
      updateQuote(seq, quote);
    }
    verification.verifyAll();
    given().get("/q/health/group/record").then().statusCode(200).body("status", equalTo("UP"));
    assertThat(Metrics.scrape().value("samspel_record_chain_intact", "municipality", "9901"))
        .isEqualTo(1);
  }

  @Test
  void readiness_names_the_jobs_that_are_off_here_and_does_not_wait_for_them() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'escalation-sweeper' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'escalation-sweeper' }.data.enabled", equalTo(false))
        .body("checks.find { it.name == 'notification-dispatcher' }.data.enabled", equalTo(false));
  }

  private long lastSeq() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select max(seq) from deviation_entry where municipality_id = '9901'");
        ResultSet rs = s.executeQuery()) {
      assertThat(rs.next()).isTrue();
      long seq = rs.getLong(1);
      assertThat(seq).isPositive();
      return seq;
    }
  }

  private String quote(long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select quote from deviation_entry where municipality_id = '9901' and seq = ?")) {
      s.setLong(1, seq);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private void update(String statement, long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement + " and municipality_id = '9901'")) {
      s.setLong(1, seq);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private void updateQuote(long seq, String quote) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update deviation_entry set quote = ? where seq = ? and municipality_id = '9901'")) {
      s.setString(1, quote);
      s.setLong(2, seq);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
