package se.samspel.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.policy.format.PolicyDocument;
import se.samspel.policy.format.PolicyValidator;
import se.samspel.support.OpenApiDocument;

/**
 * The request-body examples of the live OpenAPI document are bodies the API accepts: each is taken
 * from {@code /q/openapi} as it stands, sent to its endpoint as the caller its summary names, and
 * must be answered 2xx. An example the API refuses would teach a client developer the wrong thing.
 *
 * <p>Two are checked without being stored, since storing them would change what every other test of
 * the run reads: the organisation import as a dry run (the endpoint's own way to check a document
 * without writing it), and the policy through the validator an upload runs (an upload of it would
 * become the guideline in force). The redaction example is not sent: it would blank a demo person's
 * data in the record other tests read.
 */
@QuarkusTest
class RequestBodyExamplesAcceptedTest {

  @Inject ObjectMapper json;

  private Map<String, Object> paths;

  @BeforeEach
  void fetch() {
    paths = OpenApiDocument.paths();
  }

  @Test
  void the_submit_approve_arrange_and_complete_examples_take_a_request_to_completed() {
    String id = submitted();
    step("fc-buf", id, "approve").then().statusCode(200);
    step("rektor", id, "arrange").then().statusCode(200);
    step("politiker", id, "complete").then().statusCode(200);
    assertThat(status("politiker", id)).isEqualTo("COMPLETED");
  }

  @Test
  void the_decline_example_declines_a_submitted_request() {
    String id = submitted();
    step("fc-buf", id, "decline").then().statusCode(200);
    assertThat(status("politiker", id)).isEqualTo("DECLINED");
  }

  @Test
  void the_redirect_example_redirects_a_submitted_request() {
    String id = submitted();
    step("fc-buf", id, "redirect").then().statusCode(200);
    assertThat(status("politiker", id)).isEqualTo("REDIRECTED");
  }

  @Test
  void the_withdraw_example_withdraws_a_submitted_request() {
    String id = submitted();
    step("politiker", id, "withdraw").then().statusCode(200);
    assertThat(status("politiker", id)).isEqualTo("WITHDRAWN");
  }

  @Test
  void the_resolve_and_escalate_examples_act_on_a_staff_problem() {
    String resolved = staffMatter("larare", "STAFF_PROBLEM");
    step("rektor", resolved, "resolve").then().statusCode(200);
    assertThat(status("larare", resolved)).isEqualTo("COMPLETED");

    String escalated = staffMatter("larare", "STAFF_PROBLEM");
    step("rektor", escalated, "escalate").then().statusCode(200);
  }

  @Test
  void the_quick_decision_example_settles_an_acute_matter() {
    String id = staffMatter("medarbetare", "ACUTE_MATTER");
    step("enhetschef", id, "quick-decision").then().statusCode(200);
    assertThat(status("medarbetare", id)).isEqualTo("COMPLETED");
  }

  @Test
  void the_route_preview_example_gives_a_route() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body(example("/api/routes/preview", "application/json"))
        .post("/api/routes/preview")
        .then()
        .statusCode(200);
  }

  @Test
  void the_contact_report_example_is_judged_and_the_correction_example_corrects_its_entry() {
    Integer seq =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(example("/api/contact-reports", "application/json"))
            .post("/api/contact-reports")
            .then()
            .statusCode(200)
            .extract()
            .path("recordedAs");
    // A politician calling a teacher directly departs from the Kungsör dialogue rule: recorded.
    assertThat(seq).isNotNull();
    as("kd")
        .contentType(ContentType.JSON)
        .body(example("/api/deviations/{seq}/corrections", "application/json"))
        .post("/api/deviations/" + seq + "/corrections")
        .then()
        .statusCode(201);
  }

  @Test
  void both_organisation_import_examples_pass_the_import_as_a_dry_run() {
    for (String mediaType : new String[] {"application/json", "text/csv"}) {
      Response response =
          asAdministrator()
              .contentType(mediaType + "; charset=UTF-8")
              .body(example("/api/organisation/import", mediaType))
              .queryParam("dryRun", "true")
              .queryParam("confirmLockOut", "true")
              .post("/api/organisation/import");
      assertThat(response.statusCode()).as(mediaType + ": " + response.asString()).isEqualTo(200);
    }
  }

  @Test
  void the_policy_example_is_a_valid_policy_document() throws JsonProcessingException {
    PolicyDocument document =
        json.readValue(example("/api/policies", "application/json"), PolicyDocument.class);
    assertThat(PolicyValidator.validate(document)).isInstanceOf(PolicyValidator.Result.Valid.class);
  }

  // ---- Sending the examples ----

  /** The dialogue example submitted by the politician it is written for; the request's id. */
  private String submitted() {
    return as("politiker")
        .contentType(ContentType.JSON)
        .body(example("/api/requests", "application/json"))
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A matter of this kind that waits on the requester's nearest manager (no example needed). */
  private static String staffMatter(String login, String kind) {
    return as(login)
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"" + kind + "\",\"subject\":\"Vattenläcka i personalrummet\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private Response step(String login, String id, String step) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(example("/api/requests/{id}/" + step, "application/json"))
        .post("/api/requests/" + id + "/" + step);
  }

  /** The request's status, as its requester reads it. */
  private static String status(String requester, String id) {
    return as(requester).get("/api/requests/" + id).then().statusCode(200).extract().path("status");
  }

  /**
   * The first example of the operation's request body in this media type, as the text to send: a
   * JSON example written out as JSON, a text one (CSV) as it is.
   */
  @SuppressWarnings("unchecked")
  private String example(String path, String mediaType) {
    Map<String, Object> post =
        (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get("post");
    Map<String, Object> media =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) post.get("requestBody")).get("content"))
                .get(mediaType);
    assertThat(media).as(path + " " + mediaType).isNotNull();
    Object value = media.get("example");
    if (value == null) {
      Map<String, Object> examples = (Map<String, Object>) media.get("examples");
      assertThat(examples).as(path + " " + mediaType + " examples").isNotEmpty();
      value = ((Map<String, Object>) examples.values().iterator().next()).get("value");
    }
    assertThat(value).as(path + " " + mediaType + " example").isNotNull();
    if (value instanceof String text) {
      return text;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
