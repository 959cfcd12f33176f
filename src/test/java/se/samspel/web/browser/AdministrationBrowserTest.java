package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.samspel.support.ImportDocuments;
import se.samspel.support.PolicyDocuments;

/**
 * The administration page in Chromium, with its upload script: a rejected organisation file shows
 * its problems (and the result takes the focus), a valid one a preview and, once confirmed, what
 * changed; an Excel CSV is read in the chosen encoding and an import that retires the administrator
 * needs the box ticked; a politician is refused the page. axe-core on every state.
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
    // The previous page's result is still found while the preview loads: an element that goes
    // stale under the check is not the answer yet.
    waitForText("#organisation-preview", "Förhandsgranskning");
    assertThat(browser.text("#organisation-preview"))
        .contains("Förhandsgranskning av malarvik.json", "Du finns kvar");
    browser.assertAccessible().assertFitsPhone().screenshot("administration-forhandsgranskning");

    browser.find("#confirm-import button[type=submit]").click();
    waitForText("#organisation-result", "importerad");
    assertThat(browser.text("#organisation-result"))
        .contains("Organisationen är importerad från malarvik.json.", "Det här ändrades");
    assertThat(browser.driver().findElements(By.cssSelector("#organisation-result .problems")))
        .isEmpty();
    // The trail names who imported by name and login, as the organisation knows them now.
    assertThat(browser.text("#audit-trail"))
        .contains("Organisationen importerad", "Oskar Lundin (admin)");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void an_excel_csv_is_read_in_the_chosen_encoding_and_a_lock_out_needs_the_box_ticked()
      throws Exception {
    Path csv = files.resolve("hr.csv");
    Files.write(
        csv,
        se.samspel.organisation.importing.CsvOrganisationFormat.toCsv(
                ((se.samspel.organisation.importing.ImportValidator.ImportResult.Valid)
                        se.samspel.organisation.importing.ImportValidator.validate(
                            se.samspel.organisation.demo.DemoOrganisation.build()))
                    .organisation())
            .replace(";P-ADMIN;Oskar Lundin;", ";P-ADMIN;Örjan Åström;")
            .replace(";admin;", ";admin2;")
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    try {
      browser.login("admin").go("/administration");
      new Select(browser.find("#organisation-encoding")).selectByValue("windows-1252");
      browser.find("#organisation-file").sendKeys(csv.toString());
      browser.find("form[action='/administration/organisation'] button[type=submit]").click();
      waitForText("#organisation-preview", "Förhandsgranskning");
      assertThat(browser.text("#organisation-preview"))
          .contains("windows-1252", "Örjan Åström", "Importen avvecklar dig.");
      browser.assertAccessible().assertFitsPhone().screenshot("administration-utelasning");

      browser.find("#confirm-import button[type=submit]").click();
      waitForText("#organisation-preview", "genomfördes inte");
      browser.assertAccessible();

      browser.find("#confirm-lock-out").click();
      browser.find("#confirm-import button[type=submit]").click();
      waitForText("#organisation-result", "importerad");
      assertThat(browser.text("#organisation-result")).contains("hr.csv");
    } finally {
      asAdministrator()
          .contentType("application/json")
          .body(ImportDocuments.json(ImportDocuments.demo()))
          .post("/api/organisation/import?confirmLockOut=true")
          .then()
          .statusCode(200);
    }
  }

  private void waitForText(String selector, String text) {
    browser.waitFor(
        d -> {
          try {
            return browser.all(selector).stream().anyMatch(e -> e.getText().contains(text));
          } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
          }
        });
  }

  /**
   * The audit trail's choice of kind: an administrator picks "Ny version av riktlinjen" and sees
   * only policy uploads, the one just made first, named in Swedish (issue 18).
   */
  @Test
  void an_administrator_lists_the_guideline_uploads_of_the_audit_trail() throws Exception {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(PolicyDocuments.alingsasVersion(UUID.randomUUID().toString()))
        .post("/api/policies")
        .then()
        .statusCode(201);
    browser.login("admin").go("/administration");
    new Select(browser.find("#audit-kind")).selectByValue("POLICY_UPLOADED");
    browser.clickThrough("#audit-filter button[type=submit]");

    assertThat(browser.driver().getCurrentUrl()).contains("kind=POLICY_UPLOADED");
    assertThat(browser.all("#audit-trail tbody tr"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getAttribute("data-kind")).isEqualTo("POLICY_UPLOADED"));
    assertThat(browser.all("#audit-trail tbody tr").get(0).getText())
        .contains("Ny version av riktlinjen", "Oskar Lundin (admin)", "Riktlinjen alingsas");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void a_politician_is_refused_the_administration_page() {
    browser.login("politiker").go("/administration");
    assertThat(browser.text("main")).contains("Du har inte behörighet");
    browser.assertAccessible();
  }
}
