package se.samspel.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every failure is answered as application/problem+json, and none gives away the insides. */
@QuarkusTest
class ProblemDetailsTest {

  private static final List<String> INSIDES =
      List.of("Exception", "at se.", "org.hibernate", "java.", "jakarta.", "com.fasterxml", "SQL");

  @Test
  void an_unknown_path_is_404_problem() {
    for (String path : List.of("/api/nothing-here", "/api/units/U-BUF/nothing", "/nothing-here")) {
      as("larare")
          .get(path)
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body("status", equalTo(404));
    }
  }

  /** Issue 11: bodies that are not exactly one well-formed, well-typed JSON value. */
  @Test
  void bodies_samspel_will_not_guess_at_are_refused_naming_what_is_wrong() {
    String[][] cases = {
      // body, code, field named
      {"{\"login\":\"kd\",\"login\":\"kd\"}", "malformed-json", "login"},
      {"{\"login\":\"kd\"} {}", "malformed-json", "body"},
      {"{\"login\":\"kd\"}}}]garbage", "malformed-json", "body"},
      {"{\"login\":1e400}", "invalid-input", "login"},
      {"{\"login\":-0}", "invalid-input", "login"},
      {"{\"login\":true}", "invalid-input", "login"},
      {"{\"login\":\"k\\u0000d\"}", "invalid-input", "login"},
    };
    for (String[] c : cases) {
      given()
          .contentType(ContentType.JSON)
          .body(c[0])
          .post("/api/auth/demo-login")
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("code", equalTo(c[1]))
          .body("errors[0].field", equalTo(c[2]));
    }
  }

  @Test
  void a_field_problem_without_a_line_carries_no_row_at_all() {
    // The schema gives row as an integer: a problem that is not about a line of a file leaves it
    // out rather than sending null (newcomer check of issue 12).
    Map<String, Object> error =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"\"}")
            .post("/api/requests")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getMap("errors[0]");
    assertThat(error).containsKeys("field", "reason").doesNotContainKey("row");
  }

  @Test
  void a_wrong_method_is_405_problem() {
    as("larare")
        .delete("/api/units/tree")
        .then()
        .statusCode(405)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(405))
        .body("code", equalTo("method-not-allowed"));
  }

  @Test
  void an_answer_that_cannot_be_given_in_the_accepted_type_is_406_problem() {
    as("larare")
        .accept("text/csv")
        .get("/api/units/tree")
        .then()
        .statusCode(406)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void no_answer_to_a_bad_request_gives_away_a_class_name_or_a_stack_trace() {
    Map<String, Supplier<Response>> badRequests = new LinkedHashMap<>();
    badRequests.put("unknown path", () -> as("larare").get("/api/nope"));
    badRequests.put("wrong method", () -> as("larare").delete("/api/units/tree"));
    badRequests.put("no token", () -> given().get("/api/me"));
    badRequests.put("garbage token", () -> given().auth().oauth2("x.y.z").get("/api/me"));
    badRequests.put("stranger", () -> as("stranger").get("/api/me"));
    badRequests.put("unknown unit", () -> as("larare").get("/api/units/%00'--"));
    badRequests.put("bad page", () -> as("larare").queryParam("page", "1e99").get("/api/units"));
    badRequests.put("bad kind", () -> as("larare").queryParam("kind", "<b>").get("/api/units"));
    badRequests.put(
        "bad depth", () -> as("larare").queryParam("depth", "-1").get("/api/units/tree"));
    badRequests.put("malformed json", () -> importing("{\"units\": [}"));
    badRequests.put("wrong type", () -> importing("{\"units\": {\"a\": 1}}"));
    badRequests.put("wrong nested type", () -> importing("{\"positions\": [{\"acting\": 7}]}"));
    badRequests.put("unknown field", () -> importing("{\"units\": [{\"colour\": \"red\"}]}"));
    badRequests.put("array as body", () -> importing("[1, 2, 3]"));
    badRequests.put("string as body", () -> importing("\"units\""));
    badRequests.put("null body", () -> importing("null"));
    badRequests.put("invalid import", () -> importing("{\"units\": [{\"id\": \"U-1\"}]}"));
    badRequests.put(
        "xml", () -> asAdministrator().contentType("application/xml").body("<a/>").post("/api/me"));
    badRequests.put(
        "demo login with a number",
        () ->
            given()
                .contentType(ContentType.JSON)
                .body("{\"login\": {\"x\": 1}}")
                .post("/api/auth/demo-login"));
    badRequests.put(
        "demo login without body",
        () -> given().contentType(ContentType.JSON).post("/api/auth/demo-login"));
    badRequests.put(
        "too large",
        () ->
            given()
                .contentType(ContentType.JSON)
                .body("{\"login\":\"" + "k".repeat(1_100_000) + "\"}")
                .post("/api/auth/demo-login"));

    for (Map.Entry<String, Supplier<Response>> request : badRequests.entrySet()) {
      Response answer = request.getValue().get();
      String body = answer.asString();
      assertThat(answer.statusCode()).as(request.getKey()).isBetween(400, 499);
      assertThat(answer.contentType()).as(request.getKey()).startsWith("application/problem+json");
      assertThat(body).as(request.getKey()).doesNotContain(INSIDES);
    }
  }

  private static Response importing(String json) {
    RequestSpecification spec = asAdministrator().contentType(ContentType.JSON).body(json);
    return spec.post("/api/organisation/import");
  }
}
