package se.samspel.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samspel.support.oidc.KeycloakProvider;
import se.samspel.support.oidc.ProviderTokens;
import se.samspel.support.oidc.WithOidcProvider;

/**
 * The pages' sign-in through the real provider's own login form, in Chromium (issue 14): the
 * authorization code flow with PKCE there and back to the page asked for, the session cookie's
 * flags, a decision taken in that session, the logout that ends the provider's session too
 * (RP-initiated logout), and what happens when the page tokens ({@value
 * KeycloakProvider#PAGE_TOKEN_LIFESPAN_SECONDS} s at the provider) expire: refreshed while the
 * provider's session lives, back to the provider's login once it was ended there.
 */
@QuarkusTest
@TestProfile(WithOidcProvider.class)
class OidcSignInBrowserTest {

  @TestHTTPResource("/")
  URL base;

  Browser browser;
  KeycloakProvider provider;

  /** Requests a test made; withdrawn afterwards so no other test finds them waiting. */
  private final List<String> made = new ArrayList<>();

  @BeforeEach
  void open() {
    provider = KeycloakProvider.get();
    browser = Browser.open(base.toString());
  }

  @AfterEach
  void close() {
    browser.close();
    for (String id : made) {
      given()
          .auth()
          .oauth2(ProviderTokens.forUser("politiker"))
          .contentType(ContentType.JSON)
          .body("{\"note\":\"test done\"}")
          .post("/api/requests/" + id + "/withdraw");
    }
  }

  @Test
  void a_department_head_signs_in_at_the_provider_approves_a_request_and_logs_out_of_both() {
    String subject = "Dialog via inloggning " + UUID.randomUUID().toString().substring(0, 8);
    String id = submitDialogue(subject);

    // Not signed in: the page sends the browser to the provider's own login form.
    browser.go("/arenden/" + id);
    assertAtProvidersLoginForm();

    // Lars Ek signs in there and lands on the page he asked for.
    signInAtProvider("fc-buf");
    awaitPath("/arenden/" + id);
    assertThat(browser.text("h1")).isEqualTo(subject);
    assertThat(browser.text(".lead")).contains("Väntar på beslut");
    assertSessionCookiesAreHttpOnlySecureAndLax();
    browser.assertAccessible().screenshot("oidc-arende");

    // He approves it in that session (the form carries its CSRF token as always).
    browser.clickThrough("form[action$='/godkann'] button[type=submit]");
    awaitPath("/att-besluta?klart=godkant");
    assertThat(browser.text(".notice--success")).contains("Du godkände ”" + subject + "”");
    given()
        .auth()
        .oauth2(ProviderTokens.forUser("fc-buf"))
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("APPROVED"));

    // The pages' session never signs in an API call: the API reads bearer tokens only.
    browser.go("/api/me");
    assertThat(browser.driver().getPageSource())
        .contains("unauthenticated")
        .doesNotContain("P-FC-BUF");
    browser.go("/att-besluta");

    // The logout button ends Samspel's session and the provider's, and says so.
    browser.clickThrough("form[action='/logga-ut'] button");
    awaitPath("/logga-in");
    assertThat(browser.path()).contains("utloggad=true");
    assertThat(browser.pageText()).contains("Du är utloggad");
    assertThat(sessionCookies()).isEmpty();
    browser.assertAccessible().screenshot("oidc-utloggad");

    // The provider's session ended too: the page asks for the password again.
    browser.go("/att-besluta");
    assertAtProvidersLoginForm();
  }

  @Test
  void a_session_ended_at_the_provider_goes_back_to_the_login_once_the_tokens_expire() {
    browser.go("/mina-arenden");
    signInAtProvider("verksamhetschef");
    awaitPath("/mina-arenden");
    assertThat(browser.text("h1")).isEqualTo("Mina ärenden");

    ProviderTokens.endSessions("verksamhetschef");
    waitPastThePageTokensLifespan();

    browser.go("/mina-arenden");
    assertAtProvidersLoginForm();
  }

  @Test
  void a_live_session_outlasts_its_tokens_because_they_are_refreshed() {
    browser.go("/mina-arenden");
    signInAtProvider("rektor");
    awaitPath("/mina-arenden");

    waitPastThePageTokensLifespan();

    browser.go("/mina-arenden");
    assertThat(browser.path()).isEqualTo("/mina-arenden");
    assertThat(browser.text("h1")).isEqualTo("Mina ärenden");
    assertThat(browser.pageText()).contains("Eva Sjöberg");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private void assertAtProvidersLoginForm() {
    await("the provider's login form", () -> !browser.all("#kc-login").isEmpty());
    assertThat(browser.driver().getCurrentUrl()).startsWith(provider.issuer() + "/");
    assertThat(browser.all("#username")).hasSize(1);
    assertThat(browser.all("#password")).hasSize(1);
  }

  /** Waits until the browser shows a page of Samspel whose path (and query) starts so. */
  private void awaitPath(String start) {
    await("a page at " + start, () -> browser.path().startsWith(start));
  }

  /**
   * Waits up to 15 s; a timeout names what was awaited and shows where the browser is instead
   * (address and the start of the text), with a screenshot and the page's source under
   * target/screenshots.
   */
  private void await(String what, java.util.function.BooleanSupplier condition) {
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .ignoring(WebDriverException.class)
          .until(d -> condition.getAsBoolean());
    } catch (TimeoutException e) {
      String name = "oidc-timeout-" + System.currentTimeMillis();
      browser.screenshot(name);
      try {
        java.nio.file.Files.writeString(
            Browser.SCREENSHOTS.resolve(name + ".html"), browser.driver().getPageSource());
      } catch (java.io.IOException ignored) {
        // The message below says enough.
      }
      String text = browser.pageText();
      throw new AssertionError(
          "Waited 15 s for "
              + what
              + "; the browser shows "
              + browser.driver().getCurrentUrl()
              + ": "
              + text.substring(0, Math.min(600, text.length())),
          e);
    }
  }

  /** Types the person's username and password into Keycloak's form and submits it. */
  private void signInAtProvider(String username) {
    assertAtProvidersLoginForm();
    browser.find("#username").sendKeys(username);
    browser.find("#password").sendKeys(KeycloakProvider.PASSWORD);
    browser.clickThrough("#kc-login");
    await(
        "the way back to Samspel",
        () -> browser.driver().getCurrentUrl().startsWith(base.toString()));
  }

  /** The cookies of Samspel's OIDC session ({@code q_session}, and its chunks if it is split). */
  private List<Cookie> sessionCookies() {
    Set<Cookie> all = browser.driver().manage().getCookies();
    return all.stream().filter(c -> c.getName().startsWith("q_session")).toList();
  }

  private void assertSessionCookiesAreHttpOnlySecureAndLax() {
    List<Cookie> session = sessionCookies();
    assertThat(session).extracting(Cookie::getName).anyMatch(n -> n.startsWith("q_session"));
    for (Cookie cookie : session) {
      assertThat(cookie.isHttpOnly()).as("%s HttpOnly", cookie.getName()).isTrue();
      assertThat(cookie.isSecure()).as("%s Secure", cookie.getName()).isTrue();
      assertThat(cookie.getSameSite()).as("%s SameSite", cookie.getName()).isEqualTo("Lax");
    }
  }

  /** Past the page tokens' lifespan and any grace the application allows for clock skew. */
  private static void waitPastThePageTokensLifespan() {
    long grace =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.oidc.token.lifespan-grace", Long.class)
            .orElse(0L);
    try {
      Thread.sleep(
          Duration.ofSeconds(KeycloakProvider.PAGE_TOKEN_LIFESPAN_SECONDS + grace + 3).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A politician asks, with a token from the provider, for a dialogue the department head decides.
   */
  private String submitDialogue(String subject) {
    String id =
        given()
            .auth()
            .oauth2(ProviderTokens.forUser("politiker"))
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\""
                    + subject
                    + "\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    made.add(id);
    return id;
  }
}
