package se.samspel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;

/**
 * A report of suspected wrongdoing reaches the whistleblower function; the reporter's identity is
 * for the reporter and the function alone, even when the report escalates to the function's
 * superiors.
 */
@QuarkusTest
class WhistleblowerIdentityTest {

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void only_the_reporter_and_the_function_see_who_reported() {
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"SUSPECTED_WRONGDOING\"," + "\"subject\":\"Misstänkt jäv\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath function =
        as("visselblasare").get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(function.getString("requester.id")).isEqualTo("P-LARARE");
    JsonPath reporter =
        as("larare").get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(reporter.getString("requester.id")).isEqualTo("P-LARARE");

    // Unhandled, it climbs past the function's manager to KD, who must act but not learn who.
    for (int level = 0; level < 2; level++) {
      Instant due =
          Instant.parse(
              as("visselblasare")
                  .get("/api/requests/" + id)
                  .then()
                  .extract()
                  .path("waiting.dueAt"));
      clock.setTo(due.plusSeconds(60));
      sweeper.sweep();
    }
    JsonPath kd = as("kd").get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(kd.getString("waiting.position.id")).isEqualTo("POS-KD");
    assertThat(kd.getString("requester")).isNull();
    assertThat(kd.getString("history[0].actor")).isNull();
    assertThat(kd.prettify()).doesNotContain("P-LARARE").doesNotContain("Sara Lind");
    // In KD's inbox too, the report appears without its reporter.
    JsonPath inbox =
        as("kd").get("/api/requests/inbox?size=100").then().statusCode(200).extract().jsonPath();
    assertThat(inbox.getList("requests.items.id")).contains(id);
    assertThat(inbox.getString("requests.items.find { it.id == '" + id + "' }.requester")).isNull();
  }

  static long recordEntries() {
    return ((Number)
            as("kd").get("/api/deviations/verify").then().statusCode(200).extract().path("entries"))
        .longValue();
  }

  @Test
  void nothing_of_a_report_reaches_the_deviation_record() {
    long before = recordEntries();
    // Reported as a contact that happened: refused, pointing to the function; nothing stored.
    as("larare")
        .contentType(ContentType.JSON)
        .body(
            "{\"occurredAt\":\""
                + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(1).withNano(0)
                + "\",\"target\":{\"position\":\"POS-KD\"},\"kind\":\"SUSPECTED_WRONGDOING\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(422)
        .body("code", org.hamcrest.Matchers.equalTo("whistleblowing"))
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("kind"));
    // Someone acting on a report that does not wait on them: refused, and not recorded either
    // (an entry would name the report to KD, the KSO and auditors).
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"SUSPECTED_WRONGDOING\"," + "\"subject\":\"Misstänkta mutor\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("rektor").post("/api/requests/" + id + "/acknowledge").then().statusCode(404);
    as("kd").post("/api/requests/" + id + "/acknowledge").then().statusCode(403);
    assertThat(recordEntries()).isEqualTo(before);
  }
}
