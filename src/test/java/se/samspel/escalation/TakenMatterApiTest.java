package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.MovableClock;

/**
 * Taking the matter ({@code POST /api/requests/{id}/acknowledge}) shows in the request for everyone
 * who may read it: who took it, when, and the new deadline of the waiting step.
 */
@QuarkusTest
class TakenMatterApiTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject MovableClock clock;

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(LocalDateTime.of(2026, 11, 24, 9, 0).atZone(SWEDEN).toInstant());
  }

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  private static String teachersProblem() {
    return as("larare")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"STAFF_PROBLEM\"," + "\"subject\":\"Ljudnivån i matsalen\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonPath read(String login, String id) {
    return as(login).get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void an_untaken_step_says_so_and_names_no_one() {
    String id = teachersProblem();

    JsonPath waiting = read("larare", id);

    assertThat(waiting.getBoolean("waiting.acknowledged")).isFalse();
    assertThat(waiting.getString("waiting.acknowledgedBy")).isNull();
    assertThat(waiting.getString("waiting.acknowledgedAt")).isNull();
  }

  @Test
  void who_took_the_matter_when_and_the_new_deadline_show_for_everyone_who_reads_the_request() {
    String id = teachersProblem();
    Instant firstDue = Instant.parse(read("larare", id).getString("waiting.dueAt"));
    Instant taken = LocalDateTime.of(2026, 11, 25, 9, 0).atZone(SWEDEN).toInstant();
    clock.setTo(taken);

    as("rektor").post("/api/requests/" + id + "/acknowledge").then().statusCode(200);

    // Five working days from Wednesday 25 November 09:00: Wednesday 2 December 09:00.
    Instant nextDue = LocalDateTime.of(2026, 12, 2, 9, 0).atZone(SWEDEN).toInstant();
    assertThat(nextDue).isAfter(firstDue);
    // The requester, the principal who took it and the manager above who oversees it.
    for (String reader : List.of("larare", "rektor", "verksamhetschef")) {
      JsonPath request = read(reader, id);
      assertThat(request.getBoolean("waiting.acknowledged")).as(reader).isTrue();
      assertThat(request.getString("waiting.acknowledgedBy.id")).as(reader).isEqualTo("P-REKTOR");
      assertThat(request.getString("waiting.acknowledgedBy.name"))
          .as(reader)
          .isEqualTo("Eva Sjöberg");
      assertThat(Instant.parse(request.getString("waiting.acknowledgedAt")))
          .as(reader)
          .isEqualTo(taken);
      assertThat(Instant.parse(request.getString("waiting.dueAt"))).as(reader).isEqualTo(nextDue);
      // The step itself says the same.
      assertThat(request.getString("hops[0].acknowledgedBy.id")).as(reader).isEqualTo("P-REKTOR");
      assertThat(request.getList("history.event")).as(reader).contains("ACKNOWLEDGED");
    }
  }

  @Test
  void only_the_holder_takes_the_matter_and_a_refusal_changes_nothing() {
    String id = teachersProblem();
    long version = read("larare", id).getLong("version");

    // The requester and the manager above may read it, but the step is not theirs.
    as("larare").post("/api/requests/" + id + "/acknowledge").then().statusCode(403);
    as("verksamhetschef").post("/api/requests/" + id + "/acknowledge").then().statusCode(403);
    // Someone outside the request does not learn that it exists.
    as("enhetschef").post("/api/requests/" + id + "/acknowledge").then().statusCode(404);

    JsonPath after = read("larare", id);
    assertThat(after.getBoolean("waiting.acknowledged")).isFalse();
    assertThat(after.getString("waiting.acknowledgedBy")).isNull();
    assertThat(after.getLong("version")).isEqualTo(version);

    clock.advance(Duration.ofHours(1));
    as("rektor").post("/api/requests/" + id + "/acknowledge").then().statusCode(200);
    as("rektor").post("/api/requests/" + id + "/acknowledge").then().statusCode(409);
  }
}
