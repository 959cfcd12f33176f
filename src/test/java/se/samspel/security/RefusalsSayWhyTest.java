package se.samspel.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTestAccess.retirePolitician;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.OpenWorkFollowsTheOrganisationTestAccess;

/**
 * Refusals read well and say why: a demo login no one has, one an import retired (with the way
 * back), and a 403 on an administrators-only endpoint, which needs the identity provider's group
 * rather than a position.
 */
@QuarkusTest
class RefusalsSayWhyTest {

  @Test
  void a_demo_login_no_one_has_is_404_saying_so_in_plain_words() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("login", "nobody-here"))
        .post("/api/auth/demo-login")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("detail", equalTo("No person in the organisation has the login 'nobody-here'."))
        .body("errors[0].field", equalTo("login"));
  }

  @Test
  void a_demo_login_of_a_person_an_import_retired_says_so_and_points_to_the_recovery() {
    try {
      retirePolitician();
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("login", "politiker"))
          .post("/api/auth/demo-login")
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body(
              "detail",
              allOf(
                  startsWith("No person in the organisation has the login 'politiker'"),
                  containsString("retired the person who had it (P-POL)"),
                  containsString("'If it happens anyway'")));
    } finally {
      OpenWorkFollowsTheOrganisationTestAccess.restoreTheDemo();
    }
  }

  @Test
  void a_403_on_an_administrators_only_endpoint_names_the_administrators_group() {
    as("kd")
        .get("/api/administration/audit")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body(
            "detail", containsString("membership of the identity provider's group 'samspel-admin'"))
        .body("detail", not(containsString("Your positions")));
  }

  @Test
  void a_403_on_an_endpoint_positions_open_still_speaks_of_positions() {
    as("larare")
        .get("/api/deviations")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Your positions in the organisation do not allow this"));
  }
}
