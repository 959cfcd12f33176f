package se.samspel.security.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.Roles;
import se.samspel.support.oidc.KeycloakProvider;
import se.samspel.support.oidc.ProviderTokens;
import se.samspel.support.oidc.WithOidcProvider;

/**
 * One identity provider per municipality (issue 16): 9902 signs in with its own provider (realm
 * {@value KeycloakProvider#OWN_REALM}: another issuer with its own keys and clients), 9901 with the
 * deployment's default one (realm {@value KeycloakProvider#REALM}). The tenant follows the address,
 * so a token is only ever checked by the provider of the municipality it is sent to: a token of the
 * other municipality's provider is 401, however valid it is where it came from.
 */
@QuarkusTest
@TestProfile(WithOidcProvider.OwnProviderFor9902.class)
class MunicipalityOwnProviderTest {

  @Test
  void a_person_of_9902_signs_in_at_9902_with_9902s_own_provider() {
    me("/api/9902/me", ProviderTokens.ownProviderOf9902("v-kd"))
        .statusCode(200)
        .body("personId", equalTo("P-KD"))
        .body("roles", hasItem("kd"))
        .body("roles", not(hasItem(Roles.ADMINISTRATOR)));
  }

  @Test
  void the_default_provider_still_signs_in_9901_at_its_own_and_the_unscoped_addresses() {
    me("/api/9901/me", ProviderTokens.forUser("kd"))
        .statusCode(200)
        .body("personId", equalTo("P-KD"))
        .body("name", equalTo("Karin Holm"));
    me("/api/me", ProviderTokens.forUser("kd")).statusCode(200).body("name", equalTo("Karin Holm"));
  }

  @Test
  void a_token_of_9902s_provider_is_401_at_9901_and_the_unscoped_addresses() {
    String token = ProviderTokens.ownProviderOf9902("v-kd");
    refused("/api/9901/me", token);
    refused("/api/me", token);
    // Also a username that is a login of 9901: 9902's provider does not speak for 9901's people.
    refused("/api/9901/me", ProviderTokens.ownProviderOf9902("kd"));
  }

  @Test
  void a_token_of_the_default_provider_is_401_at_9902_even_the_deployment_administrators() {
    refused("/api/9902/me", ProviderTokens.forUser("kd"));
    refused("/api/9902/me", ProviderTokens.forUser("admin"));
  }

  @Test
  void the_administrator_group_of_9902s_provider_administers_9902_and_nothing_more() {
    me("/api/9902/me", ProviderTokens.ownProviderOf9902("v-admin"))
        .statusCode(200)
        .body("roles", hasItem(Roles.ADMINISTRATOR))
        .body("roles", not(hasItem(Roles.DEPLOYMENT_ADMINISTRATOR)));
    // Adding municipalities is the deployment's, whose provider is the default one.
    given()
        .auth()
        .oauth2(ProviderTokens.ownProviderOf9902("v-admin"))
        .contentType("application/json")
        .body("{\"id\":\"9903\",\"name\":\"Nya kommunen\"}")
        .post("/api/9902/municipalities")
        .then()
        .statusCode(403);
  }

  @Test
  void a_page_of_9902_signs_in_with_9902s_provider_and_returns_to_the_page() throws Exception {
    Browser browser = new Browser();
    String app = "http://localhost:" + RestAssured.port;

    HttpResponse<String> page = browser.get(app + "/9902/mina-arenden");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(location(page)).isEqualTo("/9902/inloggning?next=%2F9902%2Fmina-arenden");

    HttpResponse<String> signIn = browser.get(app + location(page));
    assertThat(signIn.statusCode()).isEqualTo(302);
    URI authorization = URI.create(location(signIn));
    String ownIssuer = KeycloakProvider.get().issuer(KeycloakProvider.OWN_REALM);
    assertThat(authorization.toString()).startsWith(ownIssuer + "/protocol/openid-connect/auth?");
    Map<String, String> query = query(authorization);
    assertThat(query)
        .containsEntry("redirect_uri", app + "/9902/inloggning")
        .containsEntry("client_id", KeycloakProvider.CLIENT_ID)
        .containsEntry("code_challenge_method", "S256");

    HttpResponse<String> form = browser.get(authorization.toString());
    assertThat(form.statusCode()).isEqualTo(200);
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.body());
    assertThat(action.find()).as(form.body()).isTrue();
    HttpResponse<String> afterLogin =
        browser.post(
            authorization.resolve(action.group(1).replace("&amp;", "&")).toString(),
            "username=v-fc-buf&password=" + KeycloakProvider.PASSWORD);

    // The provider returns to /9902/inloggning, which sends the reader on to the page asked for.
    HttpResponse<String> landed = browser.follow(afterLogin);
    assertThat(landed.uri().toString()).isEqualTo(app + "/9902/mina-arenden");
    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(browser.cookiesOf(landed.uri())).containsKey("q_session_web-9902");

    // The session is 9902's, and its cookie goes to 9902's addresses only: at 9901 (the default
    // provider's) the same reader is asked to sign in there.
    assertThat(browser.setCookieHeaders())
        .anyMatch(
            header -> header.startsWith("q_session_web-9902=") && header.contains("Path=/9902"));
    HttpResponse<String> elsewhere = browser.get(app + "/9901/mina-arenden");
    assertThat(elsewhere.statusCode()).isEqualTo(303);
    assertThat(location(elsewhere)).startsWith("/inloggning?next=");
    // Sent there all the same, 9901's tenant does not take it.
    HttpResponse<String> forced =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app + "/9901/mina-arenden"))
                    .header("Accept", "text/html")
                    .header(
                        "Cookie",
                        "q_session_web-9902="
                            + browser.cookiesOf(landed.uri()).get("q_session_web-9902"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(forced.statusCode()).isIn(303, 401);

    // Logging out at 9902 ends the session with 9902's provider (RP-initiated logout).
    browser.setCookie(URI.create(app), "samspel_csrf", "csrf-own-provider");
    int before = browser.setCookieHeaders().size();
    HttpResponse<String> logout = browser.post(app + "/9902/logga-ut", "_csrf=csrf-own-provider");
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
    assertThat(logout.body().replace("&amp;", "&"))
        .contains(ownIssuer + "/protocol/openid-connect/logout?")
        .contains("client_id=" + KeycloakProvider.CLIENT_ID)
        .contains("id_token_hint=");
    assertThat(browser.setCookieHeaders().subList(before, browser.setCookieHeaders().size()))
        .anyMatch(
            header -> header.startsWith("q_session_web-9902=;") && header.contains("Path=/9902"));
    HttpResponse<String> again = browser.get(app + "/9902/mina-arenden");
    assertThat(again.statusCode()).isEqualTo(303);
    assertThat(location(again)).startsWith("/9902/inloggning?next=");
  }

  private static ValidatableResponse me(String path, String token) {
    return given().auth().oauth2(token).get(path).then();
  }

  private static void refused(String path, String token) {
    given()
        .auth()
        .oauth2(token)
        .get(path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private static Map<String, String> query(URI uri) {
    return java.util.Arrays.stream(uri.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> decode(pair[0]),
                pair -> pair.length > 1 ? decode(pair[1]) : "",
                (a, b) -> a));
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /**
   * A browser as far as the sign-in needs one: cookies per host and port (sent back whatever their
   * {@code Secure} flag, as browsers do for {@code http://localhost}), redirects followed on
   * request.
   */
  private static final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Map<String, String>> jar = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final java.util.List<String> setCookies = new java.util.ArrayList<>();

    java.util.List<String> setCookieHeaders() {
      return setCookies;
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
      return send(request(url).GET().build());
    }

    HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
      return send(
          request(url)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build());
    }

    HttpResponse<String> follow(HttpResponse<String> response)
        throws IOException, InterruptedException {
      for (int hops = 0; response.statusCode() / 100 == 3 && hops < 10; hops++) {
        response = get(response.uri().resolve(location(response)).toString());
      }
      return response;
    }

    void setCookie(URI uri, String name, String value) {
      jar.computeIfAbsent(uri.getAuthority(), host -> new HashMap<>()).put(name, value);
      paths.put(uri.getAuthority() + " " + name, "/");
    }

    Map<String, String> cookiesOf(URI uri) {
      return jar.getOrDefault(uri.getAuthority(), Map.of());
    }

    private HttpRequest.Builder request(String url) {
      URI uri = URI.create(url);
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(20));
      String cookies =
          cookiesOf(uri).entrySet().stream()
              .filter(c -> pathMatches(uri, paths.get(uri.getAuthority() + " " + c.getKey())))
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      if (!cookies.isEmpty()) {
        builder.header("Cookie", cookies);
      }
      return builder;
    }

    /** RFC 6265 §5.1.4: a cookie path matches itself and the paths below it. */
    private static boolean pathMatches(URI uri, String cookiePath) {
      String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      return cookiePath == null
          || path.equals(cookiePath)
          || (path.startsWith(cookiePath)
              && (cookiePath.endsWith("/") || path.charAt(cookiePath.length()) == '/'));
    }

    private HttpResponse<String> send(HttpRequest request)
        throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Map<String, String> cookies =
          jar.computeIfAbsent(request.uri().getAuthority(), host -> new HashMap<>());
      for (String header : response.headers().allValues("Set-Cookie")) {
        setCookies.add(header);
        String[] nameValue = header.split(";", 2)[0].split("=", 2);
        Matcher path = Pattern.compile("(?i);\\s*Path=([^;]*)").matcher(header);
        paths.put(
            request.uri().getAuthority() + " " + nameValue[0].trim(),
            path.find() ? path.group(1).trim() : "/");
        boolean expired =
            header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")
                || nameValue[1].isEmpty();
        if (expired) {
          cookies.remove(nameValue[0].trim());
        } else {
          cookies.put(nameValue[0].trim(), nameValue[1]);
        }
      }
      return response;
    }
  }
}
