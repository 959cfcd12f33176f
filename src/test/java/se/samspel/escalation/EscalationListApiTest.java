package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;
import se.samspel.support.SubmittedRequests;

/**
 * GET /api/escalations: managers see the open requests that reached them or the people below them,
 * and those that climbed away from there; no one else does.
 */
@QuarkusTest
public class EscalationListApiTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(LocalDateTime.of(2026, 11, 24, 9, 0).atZone(SWEDEN).toInstant());
  }

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  static String submit(String login, String body) {
    return SubmittedRequests.submitted(login, body);
  }

  static String teachersProblem(String subject) {
    return submit("larare", "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"" + subject + "\"}");
  }

  /** The whole list of a reader, every page, in order. */
  public static List<Map<String, Object>> escalationsOf(String login) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonPath answer =
          as(login)
              .queryParam("page", page)
              .queryParam("size", 100)
              .get("/api/escalations")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = answer.getList("items");
      all.addAll(items);
      if (items.size() < 100) {
        assertThat(answer.getLong("total")).isEqualTo(all.size());
        return all;
      }
    }
  }

  static List<String> idsOf(String login) {
    return escalationsOf(login).stream().map(i -> (String) i.get("id")).toList();
  }

  public static Map<String, Object> itemOf(String login, String id) {
    return escalationsOf(login).stream()
        .filter(i -> id.equals(i.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not in the list of " + login));
  }

  static Instant dueOf(String id) {
    return Instant.parse(
        as("larare")
            .get("/api/requests/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("waiting.dueAt"));
  }

  @Test
  void an_overdue_problem_appears_for_the_chain_above_it_overdue_first_and_for_no_one_else() {
    // A: submitted Tuesday; B: submitted Wednesday.
    String climbed = teachersProblem("Schemat håller inte");
    clock.advance(Duration.ofDays(1));
    String overdue = teachersProblem("Ventilationen i sal 12");
    // A's deadline passes: the sweep moves it up to the head of primary schools.
    clock.setTo(dueOf(climbed).plusSeconds(60));
    sweeper.sweep();
    assertThat(
            as("larare")
                .get("/api/requests/" + climbed)
                .then()
                .extract()
                .<String>path("waiting.position.id"))
        .isEqualTo("POS-BUF-GR-CH");
    // B's deadline passes a day later, with no sweep: it is overdue, still with the principal.
    Instant dueB = dueOf(overdue);
    clock.setTo(dueB.plus(Duration.ofHours(2)));

    // The principal: B waits on them (overdue), A climbed away from them.
    for (String manager : List.of("rektor", "verksamhetschef", "fc-buf", "kd")) {
      List<String> ids = idsOf(manager);
      assertThat(ids).as(manager).contains(climbed, overdue);
      assertThat(ids.indexOf(overdue))
          .as(manager + ": overdue first")
          .isLessThan(ids.indexOf(climbed));
    }

    Map<String, Object> b = itemOf("verksamhetschef", overdue);
    assertThat(b.get("overdue")).isEqualTo(true);
    assertThat(b.get("level")).isEqualTo(0);
    assertThat(b.get("escalations")).isEqualTo(0);
    assertThat(b.get("kind")).isEqualTo("STAFF_PROBLEM");
    assertThat(b.get("subject")).isEqualTo("Ventilationen i sal 12");
    assertThat(b.get("status")).isEqualTo("AWAITING_ACTION");
    assertThat(((Map<?, ?>) ((Map<?, ?>) b.get("waitingOn")).get("position")).get("id"))
        .isEqualTo("POS-REKTOR-1");
    assertThat(
            ((Map<?, ?>)
                    ((Map<?, ?>) ((Map<?, ?>) b.get("waitingOn")).get("position")).get("holder"))
                .get("id"))
        .isEqualTo("P-REKTOR");
    assertThat(Duration.parse((String) b.get("timeLeft"))).isEqualTo(Duration.ofHours(-2));
    assertThat(b).doesNotContainKey("requester");

    Map<String, Object> a = itemOf("rektor", climbed);
    assertThat(a.get("overdue")).isEqualTo(false);
    assertThat(a.get("level")).isEqualTo(1);
    assertThat(a.get("escalations")).isEqualTo(1);
    assertThat(((Map<?, ?>) a.get("escalatedFrom")).get("id")).isEqualTo("POS-REKTOR-1");
    assertThat(((Map<?, ?>) ((Map<?, ?>) a.get("waitingOn")).get("position")).get("id"))
        .isEqualTo("POS-BUF-GR-CH");
    assertThat(Instant.parse((String) a.get("dueAt"))).isAfter(clock.instant());
    assertThat(Duration.parse((String) a.get("timeLeft"))).isPositive();

    // Unrelated managers in other departments, politicians and the teacher herself: neither.
    for (String other :
        List.of("enhetschef", "fc-sbf", "tf-fc-sof", "politiker", "kso", "larare")) {
      assertThat(idsOf(other)).as(other).doesNotContain(climbed, overdue);
    }

    // What the list shows, the manager may read; an unrelated manager still gets 404.
    as("verksamhetschef").get("/api/requests/" + overdue).then().statusCode(200);
    as("rektor").get("/api/requests/" + climbed).then().statusCode(200);
    as("fc-buf").get("/api/requests/" + overdue).then().statusCode(200);
    as("enhetschef").get("/api/requests/" + overdue).then().statusCode(404);
    as("politiker").get("/api/requests/" + climbed).then().statusCode(404);
    // Reading is not acting: the head of primary schools cannot take the principal's step.
    as("verksamhetschef").post("/api/requests/" + overdue + "/acknowledge").then().statusCode(403);

    // Once resolved, it leaves the list.
    as("verksamhetschef")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + climbed + "/resolve")
        .then()
        .statusCode(200);
    assertThat(idsOf("rektor")).doesNotContain(climbed).contains(overdue);
    // The principal took part in it and still reads it; the head of the department only oversaw
    // it while it was open.
    as("rektor").get("/api/requests/" + climbed).then().statusCode(200);
    as("fc-buf").get("/api/requests/" + climbed).then().statusCode(404);
  }

  @Test
  void a_whistleblowing_report_appears_only_in_the_functions_chain_and_never_names_anyone() {
    String report =
        submit(
            "larare",
            "{\"kind\":\"SUSPECTED_WRONGDOING\","
                + "\"subject\":\"Misstänkt jäv vid upphandling\"}");
    // The reporter's own chain never learns of it.
    for (String chain : List.of("rektor", "verksamhetschef", "fc-buf")) {
      assertThat(idsOf(chain)).as(chain).doesNotContain(report);
      as(chain).get("/api/requests/" + report).then().statusCode(404);
    }
    // KD is above the function: the report is listed, but neither its subject nor the reporter.
    Map<String, Object> atKd = itemOf("kd", report);
    assertThat(atKd.get("subject")).isNull();
    assertThat(atKd.toString()).doesNotContain("P-LARARE").doesNotContain("Sara Lind");
    JsonPath read =
        as("kd").get("/api/requests/" + report).then().statusCode(200).extract().jsonPath();
    assertThat(read.getString("requester")).isNull();
    assertThat(read.prettify()).doesNotContain("P-LARARE").doesNotContain("Sara Lind");
    // The function sees its own report with the subject.
    assertThat(itemOf("visselblasare", report).get("subject"))
        .isEqualTo("Misstänkt jäv vid upphandling");
  }

  @Test
  void the_list_needs_a_login_and_names_a_bad_page_size() {
    RestAssured.given()
        .get("/api/escalations")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
    as("kd")
        .queryParam("size", 101)
        .get("/api/escalations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
  }
}
