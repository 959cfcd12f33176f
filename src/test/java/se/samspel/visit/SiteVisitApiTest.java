package se.samspel.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.support.MovableClock;

/**
 * Site visits registered afterwards, under the guideline the tests run with (Kungsör). Each test
 * sets the clock in a month of 2025 of its own, so the review of that month holds its visits only.
 */
@QuarkusTest
class SiteVisitApiTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Alingsås, Kommunikation: the passage the review's site-visit figures answer. */
  static final String MAJORITY =
      "Det kan finnas anledningar till att göra spontana verksamhetsbesök, men majoriteten av"
          + " verksamhetsbesöken ska samordnas med aktuell nämnd/styrelse och förvaltningsledning.";

  /** Kungsör, Förtroendevalda: the rule that routes every site visit. */
  static final String KUNGSOR_ENTRY =
      "Förvaltningschefen ska alltid vara ingången till förvaltningens chefer och medarbetare samt"
          + " verksamhet.";

  @Inject MovableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private void today(LocalDate day) {
    clock.setTo(day.atTime(15, 0).atZone(SWEDEN).toInstant());
  }

  static ValidatableResponse register(String login, String body) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/site-visits")
        .then()
        .log()
        .ifValidationFails();
  }

  static String visit(String unit, LocalDate on, String note) {
    return "{\"unit\":\""
        + unit
        + "\",\"visitedOn\":\""
        + on
        + "\""
        + (note == null ? "" : ",\"note\":\"" + note + "\"")
        + "}";
  }

  static void coordinatedRequest(String login, String unit) {
    as(login)
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"unit\":\""
                + unit
                + "\"},\"kind\":\"SITE_VISIT_COORDINATED\",\"subject\":\"Besök på skolan\"}")
        .post("/api/requests")
        .then()
        .statusCode(201);
  }

  static ValidatableResponse review(String month) {
    LocalDate first = LocalDate.parse(month + "-01");
    return as("kd")
        .get("/api/review?from=" + first + "&to=" + first.plusMonths(1).minusDays(1))
        .then()
        .statusCode(200);
  }

  @Test
  @DisplayName(
      "KUN-POLITICIAN-SITE-VISIT: \"Förvaltningschefen ska alltid vara ingången till"
          + " förvaltningens chefer och medarbetare samt verksamhet.\" A spontaneous visit"
          + " registered under Kungsör is a deviation in the record, and counted")
  void under_kungsor_a_registered_spontaneous_visit_is_a_deviation_recorded_and_counted() {
    today(LocalDate.of(2025, 5, 20));
    var answer =
        register("politiker", visit("U-SKOLA-1", LocalDate.of(2025, 5, 19), "Tittade in"))
            .statusCode(201)
            .header("Location", org.hamcrest.Matchers.containsString("/api/site-visits/"))
            .body("visitor.id", equalTo("P-POL"))
            .body("visitorPosition.id", equalTo("POS-BUN-LED-POL"))
            .body("unit.id", equalTo("U-SKOLA-1"))
            .body("department.id", equalTo("U-BUF"))
            .body("visitedOn", equalTo("2025-05-19"))
            .body("note", equalTo("Tittade in"))
            .body("judgement.verdict", equalTo("DEVIATION"))
            .body("judgement.rule.id", equalTo("KUN-POLITICIAN-SITE-VISIT"))
            .body("judgement.rule.quote", equalTo(KUNGSOR_ENTRY))
            .body("judgement.recordedAs", notNullValue())
            .body("judgement.explanation", startsWith("The guideline in force on the day routes"))
            .extract();
    long seq = ((Number) answer.path("judgement.recordedAs")).longValue();
    String location = answer.header("Location");

    as("kd")
        .get("/api/deviations/" + seq)
        .then()
        .statusCode(200)
        .body("kind", equalTo("REPORTED_CONTACT"))
        .body("ruleId", equalTo("KUN-POLITICIAN-SITE-VISIT"))
        .body("requesterRole", equalTo("ELECTED_MEMBER"))
        .body("personal.reporter", equalTo("P-POL"))
        .body("personal.description", equalTo("Tittade in"));
    as("politiker")
        .get(location)
        .then()
        .statusCode(200)
        .body("judgement.recordedAs", equalTo((int) seq));

    review("2025-05")
        .body("siteVisits.spontaneous", equalTo(1))
        .body("siteVisits.registered", equalTo(1))
        .body("siteVisits.coordinated", equalTo(0))
        .body("siteVisits.majorityCoordinated", equalTo(false))
        .body("deviations.byRule.ruleId", hasItem("KUN-POLITICIAN-SITE-VISIT"));
  }

  @Test
  @DisplayName(
      "Alingsås, Kommunikation: \""
          + MAJORITY
          + "\" The review shows the coordinated share and"
          + " whether the majority was coordinated, citing the rule in force for coordinated visits")
  void the_review_shows_the_coordinated_share_and_whether_the_majority_was_coordinated() {
    today(LocalDate.of(2025, 6, 18));
    register("politiker", visit("U-SKOLA-2", LocalDate.of(2025, 6, 2), null)).statusCode(201);
    coordinatedRequest("politiker", "U-SKOLA-1");
    coordinatedRequest("politiker", "U-SKOLA-3");

    review("2025-06")
        .body("siteVisits.spontaneous", equalTo(1))
        .body("siteVisits.registered", equalTo(1))
        .body("siteVisits.coordinated", equalTo(2))
        .body("siteVisits.coordinatedShare", equalTo(0.667f))
        .body("siteVisits.majorityCoordinated", equalTo(true))
        .body("siteVisits.rule.id", equalTo("KUN-POLITICIAN-SITE-VISIT"))
        .body("siteVisits.rule.section", equalTo("Förtroendevalda"))
        .body("siteVisits.rule.quote", equalTo(KUNGSOR_ENTRY));

    String csv =
        as("kd")
            .get("/api/review.csv?from=2025-06-01&to=2025-06-30")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv)
        .contains("site_visits,SITE_VISIT_SPONTANEOUS,1,0.333\r\n")
        .contains("site_visits,SITE_VISIT_COORDINATED,2,0.667\r\n")
        .contains(
            "table,registered,majority_coordinated,rule_id,section,quote\r\n"
                + "site_visits_guideline,1,true,KUN-POLITICIAN-SITE-VISIT,Förtroendevalda,");

    // The public review hides the small counts, and with them the shares and the majority.
    anonymous()
        .get("/api/public/review?from=2025-06-01&to=2025-06-30")
        .then()
        .statusCode(200)
        .body("siteVisits.spontaneous", equalTo("<3"))
        .body("siteVisits.registered", equalTo("<3"))
        .body("siteVisits.majorityCoordinated", nullValue())
        .body("siteVisits.rule.id", equalTo("KUN-POLITICIAN-SITE-VISIT"))
        .body(not(org.hamcrest.Matchers.containsString("P-POL")));
  }

  @Test
  @DisplayName(
      "\"majoriteten av verksamhetsbesöken ska samordnas\": one coordinated visit against one"
          + " spontaneous is half, not the majority")
  void half_of_the_visits_coordinated_is_not_the_majority() {
    today(LocalDate.of(2025, 7, 16));
    register("politiker", visit("U-FSK-1", LocalDate.of(2025, 7, 1), null)).statusCode(201);
    coordinatedRequest("politiker", "U-FSK-2");
    review("2025-07")
        .body("siteVisits.spontaneous", equalTo(1))
        .body("siteVisits.coordinated", equalTo(1))
        .body("siteVisits.coordinatedShare", equalTo(0.5f))
        .body("siteVisits.majorityCoordinated", equalTo(false));
  }

  @Test
  void only_a_person_holding_a_political_position_registers_a_visit() {
    today(LocalDate.of(2025, 8, 20));
    register("larare", visit("U-SKOLA-1", LocalDate.of(2025, 8, 19), null))
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("forbidden"));
    register("fc-buf", visit("U-SKOLA-1", LocalDate.of(2025, 8, 19), null)).statusCode(403);
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(visit("U-SKOLA-1", LocalDate.of(2025, 8, 19), null))
        .post("/api/site-visits")
        .then()
        .statusCode(403);
    anonymous()
        .contentType(ContentType.JSON)
        .body(visit("U-SKOLA-1", LocalDate.of(2025, 8, 19), null))
        .post("/api/site-visits")
        .then()
        .statusCode(401);
    review("2025-08").body("siteVisits.registered", equalTo(0));
  }

  @Test
  void a_visit_is_read_by_its_visitor_the_department_head_kd_the_kso_and_administrators_only() {
    today(LocalDate.of(2025, 9, 10));
    String location =
        register(
                "bun-ordforande",
                visit(
                    "U-SKOLA-1",
                    LocalDate.of(2025, 9, 9),
                    "Samtal med rektor " + System.nanoTime()))
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    for (String login : new String[] {"bun-ordforande", "fc-buf", "kd", "kso"}) {
      as(login).get(location).then().statusCode(200).body("id", equalTo(id));
      as(login)
          .get("/api/site-visits?size=100")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(id));
    }
    asAdministrator().get(location).then().statusCode(200);
    for (String login : new String[] {"politiker", "fc-sbf", "larare", "rektor", "revisor"}) {
      as(login)
          .get(location)
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body(not(org.hamcrest.Matchers.containsString("Samtal med rektor")));
      as(login)
          .get("/api/site-visits?size=100")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(id)));
    }
    as("kd").get("/api/site-visits/not-an-id").then().statusCode(404);
  }

  @Test
  void bad_input_is_refused_422_naming_the_field_and_nothing_is_stored() {
    today(LocalDate.of(2025, 10, 15));
    register("politiker", visit("U-SKOLA-1", LocalDate.of(2025, 10, 16), null))
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("site-visit-invalid"))
        .body("errors.field", containsInAnyOrder("visitedOn"));
    register("politiker", visit("U-NOWHERE", LocalDate.of(2025, 10, 14), null))
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("unit"));
    // A political body is no unit of the administration: a visit is to a unit of a department.
    register("politiker", visit("U-BUN", LocalDate.of(2025, 10, 14), null))
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("unit"));
    register("politiker", "{}")
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("unit", "visitedOn"));
    register(
            "politiker",
            "{\"unit\":\"U-SKOLA-1\",\"position\":\"POS-REKTOR-1\",\"visitedOn\":\"2025-10-14\"}")
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("unit"));
    register("politiker", visit("U-SKOLA-1", LocalDate.of(2020, 1, 2), null))
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("visitedOn"));
    register(
            "politiker",
            "{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\"2025-10-14\",\"requesterPosition\":\"POS-KSO\"}")
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("requesterPosition"));
    register("politiker", "{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\"2025-13-45\"}")
        .statusCode(400)
        .body("errors.field", hasItem("visitedOn"));
    review("2025-10").body("siteVisits.registered", equalTo(0));
  }

  @Test
  void a_visited_post_and_a_chosen_political_position_are_kept() {
    today(LocalDate.of(2025, 11, 12));
    register(
            "politiker",
            "{\"position\":\"POS-REKTOR-1\",\"visitedOn\":\"2025-11-11\","
                + "\"requesterPosition\":\"POS-KF-LED-POL\"}")
        .statusCode(201)
        .body("unit", nullValue())
        .body("position.id", equalTo("POS-REKTOR-1"))
        .body("department.id", equalTo("U-BUF"))
        .body("visitorPosition.id", equalTo("POS-KF-LED-POL"));
  }
}
