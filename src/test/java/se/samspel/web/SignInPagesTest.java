package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * The pages' sign-in without an identity provider (the embedded default): where a reader without a
 * session goes, what a login that names no one sees, and that the demo cookie is the pages' only.
 * The same with the real provider: security.oidc and the browser test OidcSignInBrowserTest.
 */
@QuarkusTest
class SignInPagesTest {

  private static final String CSRF = "c".repeat(43);

  @Test
  void a_page_that_needs_a_login_leads_to_the_demo_login_returning_to_it() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get("/mina-arenden?sida=2")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/logga-in?next=%2Fmina-arenden%3Fsida%3D2"));
  }

  @Test
  void the_sign_in_address_without_a_provider_leads_to_the_demo_login_and_with_a_session_onward() {
    given()
        .redirects()
        .follow(false)
        .get("/inloggning?next=/riktlinje")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/logga-in?next=%2Friktlinje"));
    given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin("kd"))
        .get("/inloggning?next=/riktlinje")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/riktlinje"));
    // Never to another site.
    given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin("kd"))
        .get("/inloggning?next=//evil.example/")
        .then()
        .statusCode(303)
        .header("Location", endsWith(":" + io.restassured.RestAssured.port + "/"));
  }

  @Test
  void a_login_no_person_has_gets_a_page_that_says_so_in_swedish_and_english() {
    String swedish =
        given()
            .cookie("samspel_token", Tokens.forLogin("okand.person@ekelunda.example"))
            .accept("text/html")
            .get("/mina-arenden")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(swedish)
        .contains("Du är inloggad som okand.person@ekelunda.example")
        .contains("ingen person i kommunens organisation i Samspel har den inloggningen")
        // and a way out: log out to sign in with another account
        .contains("action=\"/logga-ut\"");
    String english =
        given()
            .cookie("samspel_token", Tokens.forLogin("okand.person@ekelunda.example"))
            .cookie("samspel_lang", "en")
            .accept("text/html")
            .get("/mina-arenden")
            .then()
            .statusCode(403)
            .extract()
            .asString();
    assertThat(english)
        .contains("You are logged in as okand.person@ekelunda.example")
        .contains("no person of the municipality&#39;s organisation in Samspel has that login");
  }

  @Test
  void a_person_of_the_organisation_is_not_told_they_are_missing_when_refused() {
    String page =
        given()
            .cookie("samspel_token", Tokens.forLogin("larare"))
            .accept("text/html")
            .get("/avvikelser")
            .then()
            .statusCode(403)
            .extract()
            .asString();
    assertThat(page).doesNotContain("har den inloggningen").contains("behörighet");
  }

  @Test
  void the_api_reads_a_bearer_token_only_never_the_pages_cookie() {
    given()
        .cookie("samspel_token", Tokens.forLogin("kd"))
        .get("/api/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().auth().oauth2(Tokens.forLogin("kd")).get("/api/me").then().statusCode(200);
  }

  @Test
  void logging_out_without_a_provider_clears_the_cookie_and_says_so() {
    Response response =
        given()
            .redirects()
            .follow(false)
            .cookie("samspel_token", Tokens.forLogin("kd"))
            .cookie("samspel_csrf", CSRF)
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .post("/logga-ut");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.header("Location")).endsWith("/logga-in?utloggad=true");
    assertThat(response.headers().getValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("samspel_token=;").contains("Max-Age=0"));
    given()
        .get("/logga-in?utloggad=true")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("Du är utloggad"));
  }
}
