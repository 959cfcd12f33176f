package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Kontakta förvaltningen asks only what the chosen kind needs (issue 15), in real Chromium: a staff
 * member's problem goes to their nearest manager whoever it concerns (Kungsör, <i>Medarbetare</i>),
 * so choosing it hides whom to reach and the circumstances of other kinds; without JavaScript the
 * hint says so and the page rendered for the kind leaves them out.
 */
@QuarkusTest
class ContactFormBrowserTest {

  @TestHTTPResource("/")
  URL base;

  Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void choosing_a_problem_hides_whom_to_reach_and_the_route_goes_to_the_nearest_manager() {
    browser = Browser.open(base.toString());
    browser.login("medarbetare").go("/kontakta");
    assertThat(browser.find("#target").isDisplayed()).isTrue();

    assertThat(browser.find("#target-skipped").isDisplayed()).isFalse();
    new Select(browser.find("#kind")).selectByValue("STAFF_PROBLEM");
    assertThat(browser.find("#target").isDisplayed()).isFalse();
    assertThat(browser.find("#target-skipped").isDisplayed()).isTrue();
    assertThat(browser.find("#concernsNearestManager").isDisplayed()).isTrue();
    assertThat(browser.find("#strategic").isDisplayed()).isFalse();
    browser.assertAccessible();

    browser.find("#subject").sendKeys("Schemat går inte ihop");
    browser.clickThrough("button.button[value=visa]");
    assertThat(browser.text("#vag")).contains("Mats Eklund");
    assertThat(browser.find("#target").isDisplayed()).isFalse();

    // Another kind chosen again asks whom it is for.
    new Select(browser.find("#kind")).selectByValue("");
    assertThat(browser.find("#target").isDisplayed()).isTrue();
    browser.assertAccessible().screenshot("kontakta-problem-utan-mottagare");
  }

  @Test
  void without_javascript_the_hint_says_a_problem_needs_no_target_and_it_is_sent_without_one() {
    browser = Browser.openWithoutJavaScript(base.toString());
    browser.login("medarbetare").go("/kontakta");
    // The search box's own hint names the kinds that need no one, as a screen reader reads it.
    assertThat(browser.find("#target").getAttribute("aria-describedby")).contains("target-hint");
    assertThat(browser.text("#target-hint")).contains("problem i arbetet");
    new Select(browser.find("#kind")).selectByValue("STAFF_PROBLEM");
    browser.find("#subject").sendKeys("Arbetsmiljön i köket");
    browser.clickThrough("button.button[value=visa]");
    assertThat(browser.text("#vag")).contains("Mats Eklund");
    // Where the choice of whom was, the page now says why it is not asked.
    assertThat(browser.find("#target").isDisplayed()).isFalse();
    assertThat(browser.text("#target-skipped")).contains("Du behöver inte välja vem du vill nå");
    browser.clickThrough("button.button[value=skicka]");
    assertThat(browser.path()).startsWith("/arenden/");
    assertThat(browser.pageText()).contains("Arbetsmiljön i köket", "Mats Eklund");
    browser.assertAccessible();
    // Leave no open work on the demo's unit manager for other tests.
    String id = browser.path().replaceFirst("^/arenden/([^/?#]+).*$", "$1");
    as("medarbetare")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/withdraw")
        .then()
        .statusCode(200);
  }
}
