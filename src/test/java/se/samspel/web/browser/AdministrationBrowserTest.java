package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samspel.support.ImportDocuments;

/**
 * The administration page in Chromium, with its upload script: a rejected organisation file shows
 * its problems (and the result takes the focus), an accepted one what changed; a politician is
 * refused the page. axe-core on every state.
 */
@QuarkusTest
class AdministrationBrowserTest {

  @TestHTTPResource("/")
  URL base;

  Browser browser;
  Path files;

  @BeforeEach
  void open() throws Exception {
    browser = Browser.open(base.toString());
    files = Files.createTempDirectory("samspel-upload");
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
    try (var all = Files.walk(files)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void an_administrator_sees_a_rejected_file_s_problems_and_then_imports_a_valid_one()
      throws Exception {
    browser.login("admin").go("/administration");
    assertThat(browser.text("h1")).isEqualTo("Administration");
    assertThat(browser.text("#organisation-state")).contains("enheter", "befattningar");
    assertThat(browser.find("#organisation-progress").getAttribute("hidden")).isNotNull();
    browser.assertAccessible().assertFitsPhone().screenshot("administration");

    Path broken = files.resolve("organisation.json");
    Files.writeString(
        broken,
        se.samspel.web.admin.AdministrationPageTest.brokenOrganisation(),
        StandardCharsets.UTF_8);
    browser.find("#organisation-file").sendKeys(broken.toString());
    browser.find("form[action='/administration/organisation'] button[type=submit]").click();
    browser.waitFor(d -> !browser.all("#organisation-result").isEmpty());

    assertThat(browser.path()).isEqualTo("/administration");
    assertThat(browser.text("#organisation-result"))
        .contains("Filen organisation.json godtogs inte.", "Ingenting har ändrats.");
    assertThat(browser.text("#organisation-result table.problems"))
        .contains("reportsTo", "POS-FINNS-INTE");
    assertThat(browser.focused().getAttribute("id")).isEqualTo("organisation-result");
    assertThat(browser.driver().getTitle()).startsWith("Fel:");
    browser.assertAccessible().assertFitsPhone().screenshot("administration-avvisad");

    Path valid = files.resolve("malarvik.json");
    Files.writeString(valid, ImportDocuments.json(ImportDocuments.demo()), StandardCharsets.UTF_8);
    browser.find("#organisation-file").sendKeys(valid.toString());
    browser.find("form[action='/administration/organisation'] button[type=submit]").click();
    // The previous page's result is still found while the import's answer loads: an element that
    // goes stale under the check is not the answer yet.
    browser.waitFor(
        d -> {
          try {
            return browser.all("#organisation-result").stream()
                .anyMatch(e -> e.getText().contains("importerad"));
          } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
          }
        });

    assertThat(browser.text("#organisation-result"))
        .contains("Organisationen är importerad från malarvik.json.", "Det här ändrades");
    assertThat(browser.driver().findElements(By.cssSelector("#organisation-result .problems")))
        .isEmpty();
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void a_politician_is_refused_the_administration_page() {
    browser.login("politiker").go("/administration");
    assertThat(browser.text("main")).contains("Du har inte behörighet");
    browser.assertAccessible();
  }
}
