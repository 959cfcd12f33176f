package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Logging in and out, the start page, the language switch and the keyboard, in Chromium. */
@QuarkusTest
class FoundationBrowserTest {

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

  @Test
  void a_page_behind_login_leads_to_the_login_page_and_back() {
    browser.go("/riktlinje");
    assertThat(browser.path()).startsWith("/logga-in?next=%2Friktlinje");
    browser.assertAccessible().assertFitsPhone().screenshot("logga-in");

    browser.find("#login").sendKeys("politiker");
    browser.clickThrough("form.form button[type=submit]");
    browser.waitFor(d -> !browser.path().startsWith("/logga-in"));

    assertThat(browser.path()).isEqualTo("/riktlinje");
  }

  @Test
  void the_guideline_is_readable_with_its_rules_quotes_and_sources() {
    browser.login("politiker").go("/riktlinje");
    assertThat(browser.text("h1")).contains("samspel");
    assertThat(browser.all("article.rule")).hasSizeGreaterThan(10);
    assertThat(browser.text("#KUN-POLITICIAN-DIALOGUE"))
        .contains("Förvaltningschef för den som söks", "Källa:");
    browser.assertAccessible().assertFitsPhone().screenshot("riktlinje");
  }

  @Test
  void an_unknown_login_is_announced_next_to_the_field() {
    browser.go("/logga-in");
    browser.find("#login").sendKeys("ingen-sadan");
    browser.clickThrough("form.form button[type=submit]");

    assertThat(browser.find("#login-error").getAttribute("role")).isEqualTo("alert");
    assertThat(browser.find("#login").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#login").getAttribute("aria-describedby")).contains("login-error");
    browser.assertAccessible();
  }

  @Test
  void the_start_page_offers_what_the_reader_may_do_in_swedish_and_in_english() {
    browser.login("kd").go("/");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("sv");
    assertThat(browser.text("nav")).contains("Avvikelser", "Årlig uppföljning", "Riktlinje");
    browser.assertAccessible().assertFitsPhone().screenshot("start-kd");

    browser.clickThrough("a[hreflang=en]");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(browser.text("nav")).contains("Deviations", "Yearly review", "Guideline");
    browser.assertAccessible();
    browser.clickThrough("a[hreflang=sv]");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("sv");
  }

  @Test
  void a_politician_is_not_offered_the_deviation_record() {
    browser.login("politiker").go("/");
    assertThat(browser.text("nav")).contains("Kontakta förvaltningen", "Mina ärenden");
    assertThat(browser.text("nav")).doesNotContain("Avvikelser", "Eskaleringar");
  }

  @Test
  void the_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content() {
    browser.login("politiker").go("/");
    browser.find("body").sendKeys(Keys.TAB);
    assertThat(browser.focused().getText()).isEqualTo("Hoppa till innehållet");
    browser.focused().sendKeys(Keys.ENTER);
    assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void logging_out_ends_the_session() {
    browser.login("politiker").go("/").logout();
    assertThat(browser.pageText()).contains("Du är utloggad.");
    browser.go("/riktlinje");
    assertThat(browser.path()).startsWith("/logga-in");
  }
}
