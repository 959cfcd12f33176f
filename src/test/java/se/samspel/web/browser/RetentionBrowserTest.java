package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The page "Gallring" in Chromium: an administrator reaches it from the administration page, sends
 * the form with a period missing (the error at its field), then records the decision and reads it
 * in words; a member reads it without the form. axe-core on every state.
 */
@QuarkusTest
class RetentionBrowserTest {

  @TestHTTPResource("/")
  URL base;

  Browser browser;

  @BeforeEach
  void open() {
    browser = Browser.open(base.toString());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private void type(String css, String value) {
    browser.find(css).clear();
    browser.find(css).sendKeys(value);
  }

  @Test
  void an_administrator_records_the_decision_and_a_member_reads_it() {
    browser.login("admin").go("/administration").clickThrough("#retention-link");
    assertThat(browser.path()).isEqualTo("/gallring");
    assertThat(browser.text("h1")).isEqualTo("Gallring");
    browser.assertAccessible().assertFitsPhone().screenshot("gallring");

    type("#closedRequests", "");
    type("#whistleblowingReports", "2");
    type("#notifications", "6");
    new Select(browser.find("#notificationsUnit")).selectByValue("M");
    type("#deviationPersonalData", "3");
    type("#reference", "Dokumenthanteringsplan för kommunstyrelsen, KS 2025/112");
    // A date field is typed in the browser's locale's order; the value is what the form sends.
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = '2025-03-12';", browser.find("#decidedOn"));
    browser.clickThrough("form[action='/gallring'] button[type=submit]");
    assertThat(browser.text("#closedRequests-error")).contains("Ange en tid på minst en dag");
    assertThat(browser.find("#closedRequests").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.driver().getTitle()).startsWith("Fel:");
    browser.assertAccessible().screenshot("gallring-fel");

    type("#closedRequests", "2");
    browser.clickThrough("form[action='/gallring'] button[type=submit]");
    assertThat(browser.path()).startsWith("/gallring?sparad=");
    assertThat(browser.text("#saved")).contains("Beslutet är registrerat som version");
    assertThat(browser.text("#period-closedRequests")).contains("2 år");
    assertThat(browser.text("#period-notifications")).contains("6 månader");
    assertThat(browser.text("#decision")).contains("KS 2025/112", "12 mars 2025");
    browser.assertAccessible().screenshot("gallring-registrerad");

    browser.logout().login("larare").go("/gallring");
    assertThat(browser.text("#period-deviationPersonalData")).contains("3 år");
    assertThat(browser.all("form[action='/gallring']")).isEmpty();
    browser.assertAccessible();
  }
}
