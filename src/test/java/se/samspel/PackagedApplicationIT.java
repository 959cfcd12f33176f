package se.samspel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.support.PackagedApplicationDatabase;

/** The packaged application (target/quarkus-app), started as operators start it. */
@QuarkusIntegrationTest
@WithTestResource(PackagedApplicationDatabase.class)
class PackagedApplicationIT {

  @Test
  void the_packaged_application_is_ready() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
  }

  @Test
  void the_openapi_document_lists_the_organisation_api() {
    Map<String, Object> paths =
        given()
            .accept(ContentType.JSON)
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    assertThat(paths)
        .containsKeys(
            "/api/units",
            "/api/units/tree",
            "/api/units/{id}",
            "/api/positions",
            "/api/positions/{id}",
            "/api/people",
            "/api/people/{id}",
            "/api/organisation/import",
            "/api/auth/demo-login",
            "/api/me");
  }

  @Test
  void the_demo_login_gives_a_token_that_reads_the_unit_tree() {
    String token =
        given()
            .contentType(ContentType.JSON)
            .body("{\"login\":\"kd\"}")
            .post("/api/auth/demo-login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    given()
        .auth()
        .oauth2(token)
        .get("/api/units/tree")
        .then()
        .statusCode(200)
        .body("id", equalTo("U-KOMMUN"))
        .body("children.id", hasItem("U-BUF"));
    given().get("/api/units/tree").then().statusCode(401);
  }
}
