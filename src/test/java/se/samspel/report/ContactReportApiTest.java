package se.samspel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactReportApiTest {

  static String yesterday() {
    return OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
  }

  static long entries() {
    return ((Number)
            as("kd").get("/api/deviations/verify").then().statusCode(200).extract().path("entries"))
        .longValue();
  }

  @Test
  void
      a_direct_contact_that_skipped_the_department_head_is_recorded_with_rule_quote_route_and_severity() {
    long seq =
        ((Number)
                as("larare")
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                            + "\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                            + yesterday()
                            + "\",\"description\":\"Ringde mig direkt om schemat\"}")
                    .post("/api/contact-reports")
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("DEVIATION"))
                    .body("rule.id", equalTo("KUN-POLITICIAN-DIALOGUE"))
                    .body("rule.quote", startsWith("Regeln är att alltid först"))
                    .body(
                        "prescribedRoute", equalTo("POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)"))
                    .body("severity", equalTo("MEDIUM"))
                    .extract()
                    .path("recordedAs"))
            .longValue();
    as("kd")
        .get("/api/deviations/" + seq)
        .then()
        .statusCode(200)
        .body("kind", equalTo("REPORTED_CONTACT"))
        .body("ruleId", equalTo("KUN-POLITICIAN-DIALOGUE"))
        .body("requesterRole", equalTo("ELECTED_MEMBER"))
        .body("targetRole", equalTo("STAFF_MEMBER"))
        // A politician has no department: the entry names the target's (issue 13).
        .body("form", equalTo(2))
        .body("department", nullValue())
        .body("requesterDepartment", nullValue())
        .body("targetDepartment.unitId", equalTo("U-BUF"))
        .body("personal.reporter", equalTo("P-LARARE"))
        .body("personal.requester", equalTo("P-POL"))
        .body("personal.description", equalTo("Ringde mig direkt om schemat"));
    as("kd").get("/api/deviations/verify").then().body("status", equalTo("INTACT"));
  }

  @Test
  void a_contact_the_guideline_allows_is_no_deviation_and_names_the_rule_that_allows_it() {
    long before = entries();
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"DIALOGUE\",\"context\":\"OFF_DUTY\",\"occurredAt\":\""
                + yesterday()
                + "\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(200)
        .body("verdict", equalTo("NO_DEVIATION"))
        .body("rule.id", equalTo("KUN-POLITICIAN-OFF-DUTY"))
        .body("recordedAs", nullValue());
    assertThat(entries()).isEqualTo(before);
  }

  @Test
  void a_promise_made_off_duty_is_a_deviation() {
    as("larare")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"DIALOGUE\",\"context\":\"OFF_DUTY\",\"promiseOfAction\":true,\"occurredAt\":\""
                + yesterday()
                + "\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(200)
        .body("verdict", equalTo("DEVIATION"))
        .body("rule.id", equalTo("KUN-POLITICIAN-OFF-DUTY-PROMISE"));
  }

  @Test
  void a_staff_members_contact_with_the_media_is_refused_and_nothing_is_stored() {
    long before = entries();
    as("kommunikator")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-LARARE-1\",\"target\":{\"external\":\"JOURNALIST\"},"
                + "\"kind\":\"MEDIA_INQUIRY\",\"occurredAt\":\""
                + yesterday()
                + "\",\"description\":\"Läraren pratade med Mälarbladet\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("meddelarfrihet"))
        .body("detail", containsString("Alla anställda har en meddelarfrihet"))
        .body("detail", containsString("Nothing about it has been stored"));
    assertThat(entries()).isEqualTo(before);
    // The other direction too: a journalist's call to a staff member.
    as("kommunikator")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"JOURNALIST\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"MEDIA_INQUIRY\",\"question\":\"WHAT\",\"occurredAt\":\""
                + yesterday()
                + "\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(422)
        .body("code", equalTo("meddelarfrihet"));
    assertThat(entries()).isEqualTo(before);
  }

  @Test
  void bad_reports_are_problems_naming_the_field() {
    as("larare")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                + OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0)
                + "\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("occurredAt"));
    as("larare")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                + yesterday()
                + "\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("requesterPosition"));
    as("larare")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\"igår\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("occurredAt"));
    as("larare")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"DIALOGUE\",\"occurredAt\":\"2019-05-01T10:00:00Z\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(422)
        .body("code", equalTo("no-policy-then"));
    anonymous()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/contact-reports")
        .then()
        .statusCode(401);
  }

  @Test
  void a_route_the_organisation_cannot_follow_is_no_deviation_and_the_answer_says_why() {
    long before = entries();
    as("kd")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-KD\",\"target\":{\"position\":\"POS-KSO\"},"
                + "\"kind\":\"STAFF_PROBLEM\",\"occurredAt\":\""
                + yesterday()
                + "\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(200)
        .body("verdict", equalTo("NO_DEVIATION"))
        .body("rule.id", equalTo("KUN-STAFF-PROBLEM"))
        .body(
            "explanation",
            equalTo(
                "The rule's route cannot be followed in this organisation (no position answers to"
                    + " NEAREST_MANAGER_OF_REQUESTER for this contact), so the contact cannot be"
                    + " judged to depart from it."))
        .body("recordedAs", nullValue());
    assertThat(entries()).isEqualTo(before);
  }

  @Test
  void a_forbidden_request_and_acting_on_a_step_one_does_not_hold_are_recorded_automatically() {
    long before = entries();
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"STEER_INDIVIDUAL_CASE\",\"subject\":\"Betyget\"}")
        .post("/api/requests")
        .then()
        .statusCode(422);
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Besök\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("rektor")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(403);
    assertThat(entries()).isEqualTo(before + 2);
    as("kd")
        .get("/api/deviations/" + (before + 1))
        .then()
        .body("kind", equalTo("ACTION_OUTSIDE_ROUTE"))
        .body("ruleId", equalTo("KUN-STEER-INDIVIDUAL-CASE"))
        .body("personal.requester", equalTo("P-POL"));
    as("kd")
        .get("/api/deviations/" + (before + 2))
        .then()
        .body("kind", equalTo("ACTION_OUTSIDE_ROUTE"))
        .body("requestId", equalTo(id))
        .body("summary", startsWith("Tried to approve a step that waits on POS-FC-BUF"))
        .body("personal.requester", equalTo("P-REKTOR"));
  }
}
