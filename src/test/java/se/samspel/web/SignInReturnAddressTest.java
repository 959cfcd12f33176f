package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * After signing in the reader returns to the page they asked for, and only ever to a page of this
 * site: a return address that a browser would read as another host (an open redirect, which would
 * let a mailed link lead to a look-alike login page) is replaced by the home page. Browsers drop
 * tabs and line breaks from an address and read a backslash as a slash (WHATWG URL Standard, "basic
 * URL parser"), so those count as other hosts too.
 */
@QuarkusTest
class SignInReturnAddressTest {

  private static final String CSRF = "c".repeat(43);

  /** Addresses a browser would leave this site for. */
  private static final List<String> ELSEWHERE =
      List.of(
          "//evil.example",
          "//evil.example/arenden/1",
          "https://evil.example",
          "https://evil.example/arenden/1",
          "/\\evil.example",
          "\\\\evil.example",
          "/\t/evil.example",
          "/\n/evil.example",
          "/ /evil.example",
          "javascript:alert(1)",
          "evil.example",
          "");

  private static Response signIn(String next) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("login", "fc-buf")
        .formParam("next", next)
        .formParam("_csrf", CSRF)
        .post("/logga-in");
  }

  private static String pathOf(String location) {
    URI uri = URI.create(location);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  @Test
  void signing_in_returns_to_the_local_page_asked_for_with_its_query() {
    Response response = signIn("/arenden/5f0c7b1e-0000-4000-8000-000000000001?klart=godkant");
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(pathOf(response.header("Location")))
        .isEqualTo("/arenden/5f0c7b1e-0000-4000-8000-000000000001?klart=godkant");
  }

  @Test
  void signing_in_never_returns_to_another_site() {
    for (String next : ELSEWHERE) {
      Response response = signIn(next);
      assertThat(response.statusCode()).as("status for %s", next).isEqualTo(303);
      URI location = URI.create(response.header("Location"));
      assertThat(location.getHost()).as("host for %s", next).isEqualTo("localhost");
      assertThat(location.getRawPath()).as("path for %s", next).isEqualTo("/");
    }
  }

  @Test
  void the_login_page_keeps_no_return_address_that_leaves_the_site() {
    for (String next : ELSEWHERE) {
      String page =
          given()
              .queryParam("next", next)
              .get("/logga-in")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(page).as("form for %s", next).contains("name=\"next\" value=\"/\"");
    }
  }

  @Test
  void the_providers_sign_in_address_never_returns_to_another_site() {
    for (String next : ELSEWHERE) {
      Response response =
          given()
              .redirects()
              .follow(false)
              .cookie("samspel_token", Tokens.forLogin("kd"))
              .queryParam("next", next)
              .get("/inloggning");
      assertThat(response.statusCode()).as("status for %s", next).isEqualTo(303);
      URI location = URI.create(response.header("Location"));
      assertThat(location.getHost()).as("host for %s", next).isEqualTo("localhost");
      assertThat(location.getRawPath()).as("path for %s", next).isEqualTo("/");
    }
  }

  @Test
  void the_return_address_is_a_path_of_this_site_and_never_the_sign_in_itself() {
    for (String next : ELSEWHERE) {
      assertThat(Pages.safeReturnPath(next)).as(next).isEqualTo("/");
    }
    assertThat(Pages.safeReturnPath(null)).isEqualTo("/");
    assertThat(Pages.safeReturnPath("/api/requests/1")).isEqualTo("/");
    assertThat(Pages.safeReturnPath("/logga-ut")).isEqualTo("/");
    assertThat(Pages.safeReturnPath("/inloggning?next=/x")).isEqualTo("/");
    assertThat(Pages.safeReturnPath("/arenden/1")).isEqualTo("/arenden/1");
    assertThat(Pages.safeReturnPath("/mina-arenden?sida=2")).isEqualTo("/mina-arenden?sida=2");
  }
}
