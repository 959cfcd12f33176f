package se.samspel.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.application.ReadDeviations;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.policy.domain.Severity;

@QuarkusTest
class ReviewApiTest {

  static final String YEAR_2020 = "?from=2020-01-01&to=2020-12-31";

  @Inject DeviationRecorder recorder;
  @Inject ReadDeviations record;

  /** Entries of 2020 in the real deviation record, written once per test run. */
  private static boolean recorded;

  @BeforeEach
  void fixture() {
    if (recorded) {
      return;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              record("2020-01-10T10:00:00Z", "R1", "ELECTED_MEMBER", "STAFF_MEMBER", "U-BUF");
              record("2020-01-20T10:00:00Z", "R1", "ELECTED_MEMBER", "STAFF_MEMBER", "U-BUF");
              record("2020-03-10T10:00:00Z", "R1", "ELECTED_MEMBER", "STAFF_MEMBER", "U-BUF");
              record("2020-03-11T10:00:00Z", "R1", "ELECTED_MEMBER", "STAFF_MEMBER", "U-BUF");
              record("2020-05-05T10:00:00Z", "R2", "KSO", "MANAGER", "U-SOF");
              // Outside the period: not counted.
              record("2021-01-01T10:00:00Z", "R2", "KSO", "MANAGER", "U-SOF");
            });
    recorded = true;
  }

  private void record(String at, String rule, String requester, String target, String unit) {
    recorder.record(
        new NewDeviation(
            DeviationKind.REPORTED_CONTACT,
            Instant.parse(at),
            "kungsor",
            1,
            rule,
            rule + " title",
            "Förtroendevalda",
            "En mening.",
            Severity.MEDIUM,
            "",
            requester,
            target,
            Optional.of(unit),
            Optional.empty(),
            Optional.empty(),
            "A test deviation",
            PersonalData.none()));
  }

  @Test
  void the_full_review_is_for_kd_the_kso_and_auditors_only() {
    anonymous().get("/api/review").then().statusCode(401);
    as("politiker").get("/api/review").then().statusCode(403);
    as("larare").get("/api/review.csv").then().statusCode(403);
    as("admin").get("/api/review").then().statusCode(403);
    as("kd").get("/api/review").then().statusCode(200);
    as("kso").get("/api/review").then().statusCode(200);
    as("revisor").get("/api/review.csv").then().statusCode(200);
    anonymous().get("/api/public/review").then().statusCode(200);
    anonymous().get("/api/public/review.csv").then().statusCode(200);
  }

  @Test
  void the_full_review_counts_the_deviations_of_the_period_and_names_owners_and_questions() {
    as("kd")
        .get("/api/review" + YEAR_2020)
        .then()
        .statusCode(200)
        .body("period.from", equalTo("2020-01-01"))
        .body("period.to", equalTo("2021-01-01"))
        .body("period.lastDay", equalTo("2020-12-31"))
        .body("deviations.total", equalTo(5))
        .body("deviations.byRule.ruleId", contains("R1", "R2"))
        .body("deviations.byRule.count", contains(4, 1))
        .body("deviations.byDepartment.unitId", contains("U-BUF", "U-SOF"))
        .body(
            "deviations.byDepartment.name",
            contains("Barn- och utbildningsförvaltningen", "Socialförvaltningen"))
        .body("deviations.byRoles[0].requesterRole", equalTo("ELECTED_MEMBER"))
        .body("deviations.byRoles[0].targetRole", equalTo("STAFF_MEMBER"))
        .body("deviations.perMonth", hasSize(12))
        .body("deviations.perMonth.count", contains(2, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0))
        .body("owners.role", contains("KD", "KSO"))
        .body("owners[0].holder", notNullValue())
        .body("attached.section", equalTo("Uppföljning"))
        .body("attached.evaluationQuestions", hasSize(4))
        .body("recordHeadHash", equalTo(record.verify().headHash()))
        .body("approvalLeadTimes.count", equalTo(0))
        .body("approvalLeadTimes.median", nullValue());
  }

  @Test
  void the_public_review_names_no_one_and_hides_small_counts() {
    String kd = as("kd").get("/api/review").then().extract().path("owners[0].holder");
    String body =
        anonymous()
            .get("/api/public/review" + YEAR_2020)
            .then()
            .statusCode(200)
            .body("suppressedBelow", equalTo("<3"))
            .body("deviations.total", equalTo("5"))
            .body("deviations.byRule.count", contains("4", "<3"))
            .body(
                "deviations.byDepartment.name",
                contains("Barn- och utbildningsförvaltningen", "Socialförvaltningen"))
            .body("deviations.byDepartment.count", contains("4", "<3"))
            .body("deviations.byRoles.count", contains("4", "<3"))
            .body("deviations.perMonth[0].count", equalTo("<3"))
            .body("stuckAtTop", equalTo(shown(stuckNow())))
            .body("approvalLeadTimes.median", nullValue())
            .body("owners[0]", notNullValue())
            .extract()
            .asString();
    assertThat(body).doesNotContain("U-BUF").doesNotContain("unitId").doesNotContain(kd);
    assertThat(body).doesNotContain("requestId");
  }

  /**
   * How many open requests are stuck at the top now. Other tests' escalations leave some, and the
   * section counts them whatever the period.
   */
  static int stuckNow() {
    return as("kd").get("/api/review").then().extract().path("stuckAtTop.count");
  }

  /** A count as the public review shows it. */
  static String shown(int count) {
    return count < 3 ? "<3" : Integer.toString(count);
  }

  @Test
  void both_reviews_export_csv_one_table_per_section() {
    String csv =
        as("kd")
            .get("/api/review.csv" + YEAR_2020)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<String> tables = Arrays.asList(csv.split("\r\n\r\n"));
    assertThat(tables)
        .extracting(t -> t.split("\r\n")[0])
        .contains(
            "table,rule_id,title,count",
            "table,unit_id,department,count",
            "table,requester_role,target_role,count",
            "table,month,count",
            "table,level,hops",
            "table,measure,count,median_iso,median_hours,p90_iso,p90_hours",
            "table,kind,count,share",
            "table,request_id,since,waiting_on",
            "table,number,question")
        .allMatch(h -> h.startsWith("table,"));
    assertThat(csv)
        .contains("deviations_by_rule,R1,R1 title,4\r\n")
        .contains("deviations_by_department,U-BUF,Barn- och utbildningsförvaltningen,4\r\n")
        .contains("deviations_per_month,2020-02,0\r\n")
        .contains("period,2020-01-01,2021-01-01,2020-12-31,custom,");
    // Every row of a table names that table in its first cell.
    for (String table : tables) {
      String[] lines = table.split("\r\n");
      for (int i = 2; i < lines.length; i++) {
        assertThat(lines[i]).startsWith(lines[1].substring(0, lines[1].indexOf(',') + 1));
      }
    }

    as("kd")
        .get("/api/review" + YEAR_2020 + "&format=csv")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"));

    String open =
        anonymous()
            .get("/api/public/review" + YEAR_2020 + "&format=csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    assertThat(open)
        .contains("table,department,count\r\n")
        .contains("deviations_by_department,Socialförvaltningen,<3\r\n")
        .contains("table,count\r\nstuck_at_top," + shown(stuckNow()) + "\r\n")
        .doesNotContain("U-BUF");
  }

  @Test
  void approvals_of_requests_made_through_the_api_are_counted() {
    int before = as("kd").get("/api/review").then().extract().path("approvalLeadTimes.count");
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Granskning av läxhjälpen\",\"purpose\":\"Uppföljning\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{\"responsibleManager\":\"POS-REKTOR-1\"}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);
    as("kd")
        .get("/api/review")
        .then()
        .statusCode(200)
        .body("approvalLeadTimes.count", equalTo(before + 1))
        .body("approvalLeadTimes.median.iso", startsWith("PT"))
        .body("approvalLeadTimes.median.hours", notNullValue());
  }

  @Test
  void bad_parameters_are_refused_naming_the_parameter() {
    bad("/api/review?from=2020-02-30", "from");
    bad("/api/review?to=soon", "to");
    bad("/api/review?from=2020-05-01&to=2020-04-01", "to");
    bad("/api/review?term=next", "term");
    bad("/api/review?term=current&from=2020-01-01", "term");
    bad("/api/review?format=xml", "format");
    bad("/api/review?from=1990-01-01&to=2020-01-01", "from");
    anonymous()
        .get("/api/public/review.csv?term=soon")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("term"));
  }

  @Test
  void terms_run_from_15_october_of_an_election_year() {
    as("kd")
        .get("/api/review?term=previous")
        .then()
        .statusCode(200)
        .body("period.from", startsWith("20"))
        .body("period.from", org.hamcrest.Matchers.endsWith("-10-15"))
        .body("period.lastDay", org.hamcrest.Matchers.endsWith("-10-14"));
  }

  private static void bad(String path, String field) {
    as("kd")
        .get(path)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo(field));
  }
}
