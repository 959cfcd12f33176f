package se.samspel.request;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A refused submission is an outcome of the use case, turned into its problem in one place: the
 * cases {@code ContactRequestLifecycleTest} does not already pin.
 */
@QuarkusTest
class SubmitRefusalApiTest {

  @Test
  void a_route_the_organisation_cannot_follow_is_422_route_unresolvable_naming_what_is_missing() {
    // KD has no nearest manager, so the staff problem's route has nowhere to begin.
    as("kd")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterPosition\":\"POS-KD\","
                + "\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Arbetsmiljön\"}")
        .post("/api/requests")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("route-unresolvable"))
        .body(
            "detail",
            startsWith(
                "The route cannot be followed in this organisation: no position answers to"
                    + " NEAREST_MANAGER_OF_REQUESTER for this contact (KUN-STAFF-PROBLEM, "))
        .body("errors[0].field", equalTo("kind"));
  }
}
