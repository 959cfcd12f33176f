package se.samspel.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * Expensive operations answer 429 with Retry-After once a caller has used up their limit, and the
 * limit is each caller's own. Runs with limits of two calls an hour.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

  /** Two calls an hour of each kind; the client address may come from X-Forwarded-For. */
  public static class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "samspel.rate-limit.import", "2/1h",
          "samspel.rate-limit.policy-upload", "2/1h",
          "samspel.rate-limit.review", "2/1h",
          "samspel.rate-limit.public-review", "2/1h",
          "quarkus.http.proxy.proxy-address-forwarding", "true",
          "quarkus.http.proxy.allow-x-forwarded", "true");
    }
  }

  /** An organisation that cannot be imported: costs a call, changes nothing. */
  static final String EMPTY_ORGANISATION = "{\"units\":[],\"positions\":[],\"people\":[]}";

  static Response importAs(RequestSpecification who) {
    return who.contentType(ContentType.JSON)
        .body(EMPTY_ORGANISATION)
        .post("/api/organisation/import");
  }

  static void assertTooMany(Response response) {
    response
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(429))
        .body("code", equalTo("too-many-requests"))
        .body("title", equalTo("Too Many Requests"));
    long retryAfter = Long.parseLong(response.header("Retry-After"));
    // Two calls an hour: one is back after half an hour.
    assertThat(retryAfter).isBetween(1L, 1800L);
  }

  @Test
  void the_import_is_limited_per_administrator() {
    RequestSpecification first = given().auth().oauth2(Tokens.administrator("admin"));
    importAs(first).then().statusCode(422);
    importAs(given().auth().oauth2(Tokens.administrator("admin"))).then().statusCode(422);
    assertTooMany(importAs(given().auth().oauth2(Tokens.administrator("admin"))));
    // The CSV import is the same operation, with the same budget.
    assertTooMany(
        given()
            .auth()
            .oauth2(Tokens.administrator("admin"))
            .contentType("text/csv")
            .body("unit_id;position_id;person_id\n")
            .post("/api/organisation/import"));
    // Another administrator has a budget of their own.
    importAs(given().auth().oauth2(Tokens.administrator("it-drift"))).then().statusCode(422);
    // Refused callers are refused first: they spend nothing and learn nothing of the limit.
    importAs(as("kd")).then().statusCode(403);
    importAs(given()).then().statusCode(401);
  }

  @Test
  void the_full_review_is_limited_per_reader() {
    as("kso").get("/api/review").then().statusCode(200);
    as("kso").get("/api/review.csv").then().statusCode(200);
    assertTooMany(as("kso").get("/api/review"));
    as("revisor").get("/api/review.csv").then().statusCode(200);
  }

  @Test
  void the_public_review_is_limited_per_client_address() {
    RequestSpecification one = given().header("X-Forwarded-For", "203.0.113.7");
    one.get("/api/public/review").then().statusCode(200);
    given()
        .header("X-Forwarded-For", "203.0.113.7")
        .get("/api/public/review.csv")
        .then()
        .statusCode(200);
    assertTooMany(given().header("X-Forwarded-For", "203.0.113.7").get("/api/public/review"));
    given()
        .header("X-Forwarded-For", "198.51.100.23")
        .get("/api/public/review")
        .then()
        .statusCode(200);
  }

  @Test
  void a_policy_upload_is_limited_per_administrator() {
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(Tokens.administrator("policy-admin"))
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/policies")
          .then()
          .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)));
    }
    assertTooMany(
        given()
            .auth()
            .oauth2(Tokens.administrator("policy-admin"))
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/api/policies"));
  }

  @Test
  void the_limits_are_in_the_openapi_document() {
    String doc = given().queryParam("format", "json").get("/q/openapi").asString();
    Map<String, Object> paths = io.restassured.path.json.JsonPath.from(doc).getMap("paths");
    for (String[] op :
        new String[][] {
          {"/api/organisation/import", "post"},
          {"/api/policies", "post"},
          {"/api/review", "get"},
          {"/api/review.csv", "get"},
          {"/api/public/review", "get"},
          {"/api/public/review.csv", "get"}
        }) {
      @SuppressWarnings("unchecked")
      Map<String, Object> responses =
          (Map<String, Object>)
              ((Map<String, Object>) ((Map<String, Object>) paths.get(op[0])).get(op[1]))
                  .get("responses");
      assertThat(responses).as(op[1] + " " + op[0]).containsKey("429");
      assertThat(responses.get("429").toString())
          .as(op[1] + " " + op[0])
          .contains("#/components/responses/TooManyRequests");
    }
    // The shared answer is a problem+json body whose schema the document defines.
    io.restassured.path.json.JsonPath json = io.restassured.path.json.JsonPath.from(doc);
    assertThat(
            json.getString(
                "components.responses.TooManyRequests.content.'application/problem+json'"
                    + ".schema.'$ref'"))
        .isEqualTo("#/components/schemas/Problem");
    assertThat(json.getMap("components.schemas.Problem")).isNotEmpty();
  }
}
