package se.samspel.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

@QuarkusTest
class AuthenticationTest {

  @Test
  void a_request_without_a_token_is_401_problem_asking_for_a_bearer_token() {
    anonymous()
        .get("/api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(401))
        .body("code", equalTo("unauthenticated"));
  }

  @Test
  void an_expired_token_is_refused() {
    assertRefused(Tokens.expired("kd"));
  }

  @Test
  void a_token_from_a_foreign_issuer_is_refused() {
    assertRefused(Tokens.foreignIssuer("kd"));
  }

  @Test
  void a_token_signed_with_another_key_is_refused() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair stranger = generator.generateKeyPair();
    String forged =
        Jwt.issuer(Tokens.ISSUER)
            .subject("kd")
            .preferredUserName("kd")
            .groups("samspel-admin")
            .expiresIn(3600)
            .sign(stranger.getPrivate());
    assertRefused(forged);
  }

  @Test
  void a_garbage_token_is_refused() {
    assertRefused("not-a-jwt");
    assertRefused("eyJhbGciOiJub25lIn0.eyJzdWIiOiJrZCJ9.");
  }

  @Test
  void the_same_request_with_a_valid_token_passes_so_the_refusals_are_about_the_token() {
    given().auth().oauth2(Tokens.forLogin("kd")).get("/api/me").then().statusCode(200);
  }

  @Test
  void a_valid_token_for_a_login_not_in_the_organisation_is_403_problem() {
    as("stranger")
        .get("/api/me")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(403));
  }

  @Test
  void roles_a_token_claims_for_itself_are_not_given() {
    String claiming = Tokens.claimingRoles("larare");
    given()
        .auth()
        .oauth2(claiming)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-LARARE"))
        .body("roles", hasItem("staff"))
        .body("roles", not(hasItem("kd")))
        .body("roles", not(hasItem("administrator")));
    given()
        .auth()
        .oauth2(claiming)
        .contentType(ContentType.JSON)
        .body("{\"units\":[],\"positions\":[],\"people\":[]}")
        .post("/api/organisation/import")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void a_token_claiming_roles_for_a_stranger_gets_no_membership_either() {
    given()
        .auth()
        .oauth2(Tokens.claimingRoles("stranger"))
        .get("/api/units/tree")
        .then()
        .statusCode(403);
  }

  @Test
  void the_demo_login_issues_a_token_that_works_on_me() {
    String token =
        anonymous()
            .contentType(ContentType.JSON)
            .body(Map.of("login", "kd"))
            .post("/api/auth/demo-login")
            .then()
            .statusCode(200)
            .body("personId", equalTo("P-KD"))
            .body("administrator", equalTo(false))
            .body("expiresAt", notNullValue())
            .extract()
            .path("token");
    given()
        .auth()
        .oauth2(token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-KD"))
        .body("roles", hasItem("kd"));
  }

  @Test
  void the_demo_login_of_the_administrator_gives_the_administrator_role() {
    String token =
        anonymous()
            .contentType(ContentType.JSON)
            .body(Map.of("login", "admin"))
            .post("/api/auth/demo-login")
            .then()
            .statusCode(200)
            .body("administrator", equalTo(true))
            .extract()
            .path("token");
    given().auth().oauth2(token).get("/api/me").then().body("roles", hasItem("administrator"));
  }

  @Test
  void the_demo_login_of_an_unknown_login_is_404_problem() {
    anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("login", "nobody-here"))
        .post("/api/auth/demo-login")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("not-found"));
  }

  @Test
  void the_demo_login_without_a_login_is_400_problem_naming_login() {
    anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("login", "  "))
        .post("/api/auth/demo-login")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("login"));
  }

  @Test
  void kd_is_both_municipal_director_and_department_head() {
    as("kd")
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("positions.kind", hasItem("MUNICIPAL_DIRECTOR"))
        .body("roles", hasItems("kd", "department-head", "manager", "staff", "member"))
        .body("roles", not(hasItem("politician")));
  }

  @Test
  void an_acting_department_head_has_the_department_head_role() {
    as("tf-fc-sof")
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("positions.find { it.id == 'POS-FC-SOF' }.acting", equalTo(true))
        .body("roles", hasItem("department-head"));
  }

  @Test
  void a_politician_is_a_politician_and_not_staff() {
    as("politiker")
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("roles", hasItem("politician"))
        .body("roles", not(hasItem("staff")))
        .body("roles", not(hasItem("department-head")));
  }

  @Test
  void a_teacher_is_staff_and_not_a_department_head() {
    as("larare")
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("roles", hasItem("staff"))
        .body("roles", not(hasItem("department-head")))
        .body("roles", not(hasItem("politician")));
  }

  private static void assertRefused(String token) {
    given()
        .auth()
        .oauth2(token)
        .get("/api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("unauthenticated"));
  }
}
