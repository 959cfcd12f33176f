package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;

/**
 * Reports to the whistleblower function follow the whistleblowing act: acknowledged within 7 days,
 * feedback within 3 months of the report; when either passes, the report climbs to the function's
 * superior.
 */
@QuarkusTest
class WhistleblowingDeadlinesTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  @BeforeEach
  void aTuesdayInJanuary() {
    clock.setTo(at(2027, 1, 12, 9, 0));
  }

  @AfterEach
  void reset() {
    clock.reset();
  }

  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SWEDEN).toInstant();
  }

  static String report() {
    return as("larare")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"SUSPECTED_WRONGDOING\",\"subject\":\"Oegentligheter\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String waiting(String id, String field) {
    return as("visselblasare")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("waiting." + field);
  }

  @Test
  void an_unacknowledged_report_climbs_to_the_functions_superior_after_seven_days() {
    String id = report();
    assertThat(Instant.parse(waiting(id, "dueAt"))).isEqualTo(at(2027, 1, 19, 9, 0));
    clock.setTo(at(2027, 1, 19, 8, 59));
    sweeper.sweep();
    assertThat(waiting(id, "position.id")).isEqualTo("POS-VISSELBLASARE");
    clock.setTo(at(2027, 1, 19, 9, 1));
    sweeper.sweep();
    String afterEscalation =
        as("larare").get("/api/requests/" + id).then().extract().path("waiting.position.id");
    assertThat(afterEscalation).isEqualTo("POS-KANSLICHEF");
  }

  @Test
  void an_acknowledged_report_waits_for_feedback_until_three_months_after_it_was_made() {
    String id = report();
    clock.setTo(at(2027, 1, 14, 10, 0));
    as("visselblasare").post("/api/requests/" + id + "/acknowledge").then().statusCode(200);
    assertThat(Instant.parse(waiting(id, "dueAt"))).isEqualTo(at(2027, 4, 12, 9, 0));
    clock.setTo(at(2027, 3, 1, 9, 0));
    sweeper.sweep();
    assertThat(waiting(id, "position.id")).isEqualTo("POS-VISSELBLASARE");
    clock.setTo(at(2027, 4, 12, 9, 1));
    sweeper.sweep();
    String afterEscalation =
        as("larare").get("/api/requests/" + id).then().extract().path("waiting.position.id");
    assertThat(afterEscalation).isEqualTo("POS-KANSLICHEF");
  }

  @Test
  void a_report_stuck_at_the_top_is_never_named_in_the_review() {
    String id = report();
    Instant now = at(2027, 1, 12, 9, 0);
    boolean stuck = false;
    for (int climb = 0; climb < 10 && !stuck; climb++) {
      now = now.plus(java.time.Duration.ofDays(100));
      clock.setTo(now);
      sweeper.sweep();
      stuck = as("larare").get("/api/requests/" + id).then().extract().<Boolean>path("stuckAtTop");
    }
    assertThat(stuck).as("the report climbed to the top of its chain").isTrue();

    String review = as("kd").get("/api/review").then().statusCode(200).extract().asString();
    String csv = as("kd").get("/api/review.csv").then().statusCode(200).extract().asString();
    String page =
        io.restassured.RestAssured.given()
            .cookie("samspel_token", se.samspel.support.Tokens.forLogin("kd"))
            .get("/uppfoljning")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(review).doesNotContain(id);
    assertThat(csv).doesNotContain(id);
    assertThat(page).doesNotContain(id);
  }
}
