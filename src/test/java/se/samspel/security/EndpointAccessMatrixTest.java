package se.samspel.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * Every endpoint the OpenAPI document lists, called without a token, as a person the organisation
 * does not know, as people without the role, and as someone with it. The table below is the access
 * rule of each endpoint (the README's table says the same in words); an endpoint without a rule
 * here fails the test, so no endpoint is added without deciding who may call it.
 */
@QuarkusTest
class EndpointAccessMatrixTest {

  /** Who may call an endpoint. */
  enum Rule {
    /** Anyone, without a token. */
    PUBLIC,
    /** Any person of the organisation. */
    MEMBER,
    /** Administrators (the identity provider's group). */
    ADMINISTRATOR,
    /** KD, the KSO and auditors. */
    REVIEWERS,
    /** KD and auditors. */
    CORRECTORS,
    /** Intranet systems (integration group) and administrators. */
    INTEGRATION,
    /**
     * People holding a political position today (the KSO and elected auditors among them): who
     * registers a site visit.
     */
    POLITICIANS
  }

  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put("POST /api/auth/demo-login", Rule.PUBLIC);
    RULES.put("GET /api/public/review", Rule.PUBLIC);
    RULES.put("GET /api/public/review.csv", Rule.PUBLIC);
    RULES.put("GET /api/me", Rule.MEMBER);
    RULES.put("GET /api/municipalities", Rule.MEMBER);
    RULES.put("GET /api/municipalities/{id}", Rule.MEMBER);
    // The deployment's administrators (the group itself): the tests' administrator token.
    RULES.put("POST /api/municipalities", Rule.ADMINISTRATOR);
    RULES.put("GET /api/units", Rule.MEMBER);
    RULES.put("GET /api/units/tree", Rule.MEMBER);
    RULES.put("GET /api/units/{id}", Rule.MEMBER);
    RULES.put("GET /api/positions", Rule.MEMBER);
    RULES.put("GET /api/positions/{id}", Rule.MEMBER);
    RULES.put("GET /api/people", Rule.MEMBER);
    RULES.put("GET /api/people/{id}", Rule.MEMBER);
    RULES.put("POST /api/organisation/import", Rule.ADMINISTRATOR);
    RULES.put("GET /api/administration/audit", Rule.ADMINISTRATOR);
    RULES.put("GET /api/administration/people/{id}/export", Rule.ADMINISTRATOR);
    RULES.put("GET /api/organisation/search", Rule.MEMBER);
    RULES.put("GET /api/policies", Rule.MEMBER);
    RULES.put("GET /api/policies/active", Rule.MEMBER);
    RULES.put("GET /api/policies/{key}/versions/{version}", Rule.MEMBER);
    RULES.put("POST /api/policies", Rule.ADMINISTRATOR);
    RULES.put("POST /api/routes/preview", Rule.MEMBER);
    RULES.put("GET /api/contact-options", Rule.MEMBER);
    RULES.put("POST /api/requests", Rule.MEMBER);
    RULES.put("GET /api/requests/mine", Rule.MEMBER);
    RULES.put("GET /api/requests/inbox", Rule.MEMBER);
    RULES.put("GET /api/requests/{id}", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/approve", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/decline", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/redirect", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/arrange", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/resolve", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/complete", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/withdraw", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/acknowledge", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/escalate", Rule.MEMBER);
    RULES.put("POST /api/requests/{id}/quick-decision", Rule.MEMBER);
    RULES.put("GET /api/escalations", Rule.MEMBER);
    RULES.put("POST /api/contact-reports", Rule.MEMBER);
    RULES.put("POST /api/substitutions", Rule.MEMBER);
    RULES.put("GET /api/substitutions/mine", Rule.MEMBER);
    RULES.put("GET /api/substitutions/chain", Rule.MEMBER);
    RULES.put("GET /api/substitutions/{id}", Rule.MEMBER);
    RULES.put("POST /api/substitutions/{id}/end", Rule.MEMBER);
    RULES.put("GET /api/events", Rule.INTEGRATION);
    RULES.put("GET /api/deviations", Rule.REVIEWERS);
    RULES.put("GET /api/deviations/verify", Rule.REVIEWERS);
    RULES.put("GET /api/deviations/{seq}", Rule.REVIEWERS);
    RULES.put("POST /api/deviations/{seq}/corrections", Rule.CORRECTORS);
    RULES.put("POST /api/deviations/redactions", Rule.ADMINISTRATOR);
    RULES.put("GET /api/retention", Rule.MEMBER);
    RULES.put("POST /api/retention", Rule.ADMINISTRATOR);
    RULES.put("GET /api/review", Rule.REVIEWERS);
    RULES.put("GET /api/review.csv", Rule.REVIEWERS);
    RULES.put("POST /api/site-visits", Rule.POLITICIANS);
    RULES.put("GET /api/site-visits", Rule.MEMBER);
    RULES.put("GET /api/site-visits/{id}", Rule.MEMBER);
  }

  /** Every operation of the OpenAPI document under /api, as "METHOD path". */
  @SuppressWarnings("unchecked")
  static Set<String> operations() {
    Map<String, Map<String, Object>> paths =
        given()
            .accept(ContentType.JSON)
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path("paths");
    Set<String> operations = new TreeSet<>();
    paths.forEach(
        (path, methods) -> {
          if (path.startsWith("/api")) {
            methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path));
          }
        });
    return operations;
  }

  @Test
  void every_endpoint_has_an_access_rule_and_every_rule_an_endpoint() {
    Set<String> operations = operations();
    assertThat(operations)
        .as("endpoints without an access rule in this table: decide who may call them")
        .isSubsetOf(RULES.keySet());
    assertThat(RULES.keySet())
        .as("rules for endpoints that no longer exist")
        .isSubsetOf(operations);
  }

  @Test
  void every_endpoint_answers_as_its_rule_says() {
    assertThat(answersAgainstTheirRule("/api"))
        .as("endpoints that answered against their rule")
        .isEmpty();
  }

  /**
   * The municipality-scoped form of every address ({@code /api/9901/…}, the deployment's one
   * municipality here) answers as the unscoped one. Callers of another municipality at a scoped
   * address are {@code ObjectAccessAcrossMunicipalitiesTest}'s: they get 404 everywhere.
   */
  @Test
  void every_endpoint_answers_as_its_rule_says_at_its_scoped_address() {
    assertThat(answersAgainstTheirRule("/api/9901"))
        .as("scoped endpoints that answered against their rule")
        .isEmpty();
  }

  private static List<String> answersAgainstTheirRule(String prefix) {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
      String method = entry.getKey().split(" ")[0];
      String path = prefix + concrete(entry.getKey().split(" ")[1]).substring("/api".length());
      Rule rule = entry.getValue();

      int anonymous = call(given(), method, path).statusCode();
      if (rule == Rule.PUBLIC) {
        check(wrong, entry.getKey(), "without a token", anonymous, true);
        continue;
      }
      expect(wrong, entry.getKey(), "without a token", anonymous, 401);

      // A valid token for someone the organisation does not know is refused everywhere but the
      // integration feed, which belongs to systems, not people.
      int stranger =
          call(given().auth().oauth2(Tokens.forLogin("stranger")), method, path).statusCode();
      expect(wrong, entry.getKey(), "as a stranger", stranger, 403);

      for (String login : List.of("larare", "politiker", "fc-buf", "kd", "kso", "revisor")) {
        int status = call(given().auth().oauth2(Tokens.forLogin(login)), method, path).statusCode();
        check(wrong, entry.getKey(), "as " + login, status, allows(rule, login));
      }
      int admin =
          call(given().auth().oauth2(Tokens.administrator("admin")), method, path).statusCode();
      check(
          wrong,
          entry.getKey(),
          "as administrator",
          admin,
          rule == Rule.MEMBER || rule == Rule.ADMINISTRATOR || rule == Rule.INTEGRATION);
    }
    return wrong;
  }

  /**
   * Adding a municipality, through the API and through its page ("Kommuner", hidden from the
   * document), is for the deployment's administrators only: a municipality's own administrator
   * ({@code samspel-admin-9901}) administers that municipality and is refused, and nothing is
   * added.
   */
  @Test
  void adding_a_municipality_refuses_a_municipalitys_own_administrator() {
    String own = Tokens.administratorOf("admin", "9901");
    given()
        .auth()
        .oauth2(own)
        .contentType(ContentType.JSON)
        .body("{\"id\":\"9966\",\"name\":\"Nekade kommunen\",\"policyKey\":\"kungsor\"}")
        .post("/api/municipalities")
        .then()
        .statusCode(403);
    String csrf = "a".repeat(43);
    RequestSpecification page =
        given()
            .redirects()
            .follow(false)
            .accept("text/html")
            .cookie("samspel_token", own)
            .cookie("samspel_csrf", csrf);
    assertThat(page.get("/kommuner").statusCode()).isEqualTo(403);
    assertThat(
            page.contentType(ContentType.URLENC)
                .formParam("_csrf", csrf)
                .formParam("id", "9966")
                .formParam("name", "Nekade kommunen")
                .formParam("policyKey", "kungsor")
                .post("/kommuner")
                .statusCode())
        .isEqualTo(403);
    given()
        .auth()
        .oauth2(Tokens.forLogin("larare"))
        .get("/api/municipalities/9966")
        .then()
        .statusCode(404);
  }

  private static boolean allows(Rule rule, String login) {
    return switch (rule) {
      case PUBLIC, MEMBER -> true;
      case ADMINISTRATOR, INTEGRATION -> false;
      case REVIEWERS -> Set.of("kd", "kso", "revisor").contains(login);
      case CORRECTORS -> Set.of("kd", "revisor").contains(login);
      case POLITICIANS -> Set.of("politiker", "kso", "revisor").contains(login);
    };
  }

  /** Allowed: anything but 401 and 403. Refused: 403, or 404 where 403 would reveal something. */
  private static void check(
      List<String> wrong, String endpoint, String who, int status, boolean allowed) {
    boolean refused = status == 401 || status == 403;
    if (allowed && refused) {
      wrong.add(endpoint + " " + who + ": " + status + " but allowed");
    }
    if (!allowed && !(status == 403 || status == 404)) {
      wrong.add(endpoint + " " + who + ": " + status + " but should be refused");
    }
    if (status >= 500) {
      wrong.add(endpoint + " " + who + ": " + status);
    }
  }

  private static void expect(
      List<String> wrong, String endpoint, String who, int status, int expected) {
    if (status != expected) {
      wrong.add(endpoint + " " + who + ": " + status + " instead of " + expected);
    }
  }

  private static String concrete(String path) {
    return path.replace("{id}", "00000000-0000-0000-0000-000000000000")
        .replace("{seq}", "1")
        .replace("{key}", "kungsor")
        .replace("{version}", "1");
  }

  private static Response call(RequestSpecification spec, String method, String path) {
    if (method.equals("GET")) {
      return spec.get(path);
    }
    return spec.contentType(ContentType.JSON).body("{}").post(path);
  }
}
