package se.samspel.visit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.samspel.support.Api.as;
import static se.samspel.visit.SiteVisitApiTest.MAJORITY;
import static se.samspel.visit.SiteVisitApiTest.SWEDEN;
import static se.samspel.visit.SiteVisitApiTest.coordinatedRequest;
import static se.samspel.visit.SiteVisitApiTest.register;
import static se.samspel.visit.SiteVisitApiTest.review;
import static se.samspel.visit.SiteVisitApiTest.visit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.support.AlingsasGuideline;
import se.samspel.support.MovableClock;

/** Site visits under the Alingsås guideline, where a spontaneous visit is free. */
@QuarkusTest
@TestProfile(AlingsasGuideline.class)
class SiteVisitUnderAlingsasTest {

  @Inject MovableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static long entries() {
    return ((Number)
            as("kd").get("/api/deviations/verify").then().statusCode(200).extract().path("entries"))
        .longValue();
  }

  @Test
  @DisplayName(
      "ALI-SITE-VISIT-SPONTANEOUS: \""
          + MAJORITY
          + "\" A registered spontaneous visit is no"
          + " deviation, is counted, and the review cites ALI-SITE-VISIT-COORDINATED")
  void under_alingsas_a_registered_spontaneous_visit_is_no_deviation_and_is_counted() {
    clock.setTo(LocalDate.of(2025, 3, 19).atTime(15, 0).atZone(SWEDEN).toInstant());
    long before = entries();
    register("politiker", visit("U-SKOLA-1", LocalDate.of(2025, 3, 18), "Spontant besök"))
        .statusCode(201)
        .body("judgement.verdict", equalTo("NO_DEVIATION"))
        .body("judgement.policy.key", equalTo("alingsas"))
        .body("judgement.rule.id", equalTo("ALI-SITE-VISIT-SPONTANEOUS"))
        .body("judgement.rule.outcome", equalTo("FREE"))
        .body("judgement.rule.quote", equalTo(MAJORITY))
        .body("judgement.reason", equalTo("FREE_BY_GUIDELINE"))
        .body("judgement.recordedAs", nullValue())
        .body(
            "judgement.explanation",
            equalTo(
                "Not a deviation: the guideline leaves a spontaneous site visit free. It is"
                    + " counted among the spontaneous visits of the review."));
    as("kd").get("/api/deviations/verify").then().body("entries", equalTo((int) before));

    // A coordinated visit is asked for as a request, and counted as coordinated.
    coordinatedRequest("politiker", "U-SKOLA-2");
    coordinatedRequest("politiker", "U-SKOLA-3");

    review("2025-03")
        .body("policy", equalTo("alingsas v1"))
        .body("siteVisits.spontaneous", equalTo(1))
        .body("siteVisits.registered", equalTo(1))
        .body("siteVisits.coordinated", equalTo(2))
        .body("siteVisits.majorityCoordinated", equalTo(true))
        .body("siteVisits.rule.id", equalTo("ALI-SITE-VISIT-COORDINATED"))
        .body("siteVisits.rule.section", equalTo("Kommunikation"))
        .body("siteVisits.rule.quote", equalTo(MAJORITY));
  }

  @Test
  @DisplayName(
      "ALI-SITE-VISIT-SPONTANEOUS: a spontaneous visit asked for as a request is refused as free;"
          + " it is registered afterwards instead")
  void a_spontaneous_visit_asked_for_as_a_request_is_free_and_not_stored() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"unit\":\"U-SKOLA-1\"},"
                + "\"kind\":\"SITE_VISIT_SPONTANEOUS\",\"subject\":\"Besök\"}")
        .post("/api/requests")
        .then()
        .statusCode(422)
        .body("code", equalTo("contact-free"))
        .body("detail", containsString("POST /api/site-visits"));
  }
}
