package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * The pages' login, cookies, CSRF protection and security headers, over real HTTP (the browser
 * tests show the same from a user's side).
 */
@QuarkusTest
class PageSecurityTest {

  private static final String CSRF = "c".repeat(43);

  private static Response loginAs(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("login", login)
        .formParam("next", "/riktlinje")
        .formParam("_csrf", CSRF)
        .post("/logga-in");
  }

  @Test
  void logging_in_sets_an_httponly_secure_samesite_token_cookie_and_returns_to_the_page() {
    Response response = loginAs("politiker");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.header("Location")).endsWith("/riktlinje");
    String cookie = response.header("Set-Cookie");
    assertThat(cookie)
        .startsWith("samspel_token=")
        .contains("HttpOnly", "Secure", "SameSite=Lax", "Path=/");
    String token = response.cookie("samspel_token");

    given().cookie("samspel_token", token).get("/riktlinje").then().statusCode(200);
  }

  @Test
  void a_form_field_with_a_nul_character_is_refused_as_an_error_page() {
    given()
        .redirects()
        .follow(false)
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("login", "kd\u0000")
        .formParam("next", "/riktlinje")
        .formParam("_csrf", CSRF)
        .post("/logga-in")
        .then()
        .statusCode(400)
        .contentType("text/html")
        .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void a_login_form_without_the_csrf_token_is_refused() {
    given()
        .redirects()
        .follow(false)
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("login", "kd")
        .post("/logga-in")
        .then()
        .statusCode(403)
        .contentType("text/html");
    given()
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC)
        .formParam("login", "kd")
        .formParam("_csrf", CSRF)
        .post("/logga-in")
        .then()
        .statusCode(403);
  }

  @Test
  void a_form_posted_from_another_site_is_refused_even_with_a_token() {
    Response response =
        given()
            .redirects()
            .follow(false)
            .cookie("samspel_csrf", CSRF)
            .header("Origin", "https://evil.example")
            .contentType(ContentType.URLENC)
            .formParam("login", "kd")
            .formParam("_csrf", CSRF)
            .post("/logga-in");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().getValues("Set-Cookie"))
        .noneSatisfy(c -> assertThat(c).startsWith("samspel_token=ey"));

    given()
        .redirects()
        .follow(false)
        .cookie("samspel_csrf", CSRF)
        .header("Sec-Fetch-Site", "cross-site")
        .contentType(ContentType.URLENC)
        .formParam("login", "kd")
        .formParam("_csrf", CSRF)
        .post("/logga-in")
        .then()
        .statusCode(403);
  }

  @Test
  void a_page_without_login_sends_to_the_login_page_and_the_api_still_answers_401() {
    Response page = given().redirects().follow(false).get("/riktlinje?x=1");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.header("Location")).endsWith("/logga-in?next=%2Friktlinje%3Fx%3D1");

    given()
        .get("/api/policies/active")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void the_login_page_never_sends_people_to_another_site() {
    for (String next : new String[] {"//evil.example/x", "https://evil.example", "/\\evil"}) {
      Response response = given().get("/logga-in?next=" + next);
      assertThat(response.asString()).contains("name=\"next\" value=\"/\"");
    }
    assertThat(Pages.safeReturnPath("/api/requests")).isEqualTo("/");
    assertThat(Pages.safeReturnPath("/mina-arenden?x=1")).isEqualTo("/mina-arenden?x=1");
  }

  @Test
  void an_expired_token_cookie_shows_public_pages_and_is_removed() {
    Response response =
        given().redirects().follow(false).cookie("samspel_token", Tokens.expired("kd")).get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().getValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("samspel_token=;").contains("Max-Age=0"));
  }

  @Test
  void pages_and_the_api_carry_the_security_headers() {
    for (String path :
        new String[] {"/", "/logga-in", "/api/public/review", "/assets/samspel.css"}) {
      Response response = given().get(path);
      assertThat(response.header("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
    }
    assertThat(given().get("/").header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void a_bearer_token_still_works_for_the_api_next_to_other_cookies() {
    given()
        .auth()
        .oauth2(Tokens.forLogin("kd"))
        .cookie("samspel_lang", "en")
        .get("/api/me")
        .then()
        .statusCode(200);
  }

  @Test
  void an_unknown_address_is_a_404_page_for_browsers_and_a_problem_for_scripts() {
    Response browser = given().accept("text/html,application/xhtml+xml").get("/ingen-sida");
    assertThat(browser.statusCode()).isEqualTo(404);
    assertThat(browser.contentType()).startsWith("text/html");
    assertThat(browser.asString()).contains("Sidan eller ärendet finns inte");

    Response script = given().get("/ingen-sida");
    assertThat(script.statusCode()).isEqualTo(404);
    assertThat(script.contentType()).startsWith("application/problem+json");
  }

  @Test
  void the_html_error_page_names_the_problem_without_java_details() {
    String token = loginAs("politiker").cookie("samspel_token");
    Response response =
        given().cookie("samspel_token", token).get("/riktlinje/kungsor/not-a-number");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(response.asString())
        .contains("Sidan eller ärendet finns inte")
        .doesNotContain("Exception", "java.", "se.samspel");
  }
}
