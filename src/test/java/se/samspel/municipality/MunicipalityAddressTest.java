package se.samspel.municipality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * The municipality is part of the address (issue 16): {@code /api/{municipalityId}/…} and {@code
 * /{municipalityId}/…} reach the same resources as the unscoped addresses for a municipality the
 * deployment serves, and a municipality it does not serve is 404 naming it.
 */
@QuarkusTest
class MunicipalityAddressTest {

  @Test
  void the_deployment_lists_its_municipality_with_its_addresses() {
    as("politiker")
        .get("/api/municipalities")
        .then()
        .statusCode(200)
        .body("id", contains("9901"))
        .body("[0].name", equalTo("Mälarviks kommun"))
        .body("[0].fictional", equalTo(true))
        .body("[0].api", equalTo("/api/9901"))
        .body("[0].pages", equalTo("/9901"));
    as("politiker").get("/api/municipalities/9901").then().statusCode(200);
    as("politiker")
        .get("/api/municipalities/1960")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("politiker").get("/api/municipalities/kungsor").then().statusCode(404);
    anonymous().get("/api/municipalities").then().statusCode(401);
  }

  @Test
  void a_scoped_api_address_answers_as_the_unscoped_one() {
    String unscoped =
        as("politiker").get("/api/contact-options").then().statusCode(200).extract().asString();
    String scoped =
        as("politiker")
            .get("/api/9901/contact-options")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(scoped).isEqualTo(unscoped);
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/9901/routes/preview")
        .then()
        .statusCode(200)
        .body("rule.id", equalTo("KUN-POLITICIAN-DIALOGUE"));
    // The query string goes along.
    as("kd").get("/api/9901/escalations?page=0&size=1").then().statusCode(200);
  }

  @Test
  void a_municipality_the_deployment_does_not_serve_is_404_naming_it() {
    as("politiker")
        .get("/api/1960/contact-options")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("not-found"))
        .body("detail", containsString("1960"));
    as("politiker").get("/api/9901/no-such-thing").then().statusCode(404);
    anonymous().get("/api/9901/contact-options").then().statusCode(401);
  }

  @Test
  void the_pages_take_the_municipality_in_the_path_and_say_which_one_they_are_in() {
    String page =
        given()
            .cookie("samspel_token", Tokens.forLogin("politiker"))
            .get("/9901/kontakta")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("id=\"municipality\">Mälarviks kommun</span>");
    given()
        .cookie("samspel_token", Tokens.forLogin("politiker"))
        .redirects()
        .follow(false)
        .get("/1960/kontakta")
        .then()
        .statusCode(404);
  }
}
