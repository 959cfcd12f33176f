package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Choosing whom a contact is with, or the unit a politician visited, among all of the organisation
 * (issue 15), in real Chromium: with JavaScript off, search, choose on the next step and send; with
 * it on, the WAI-ARIA combobox by keyboard alone. Each page that chooses so, checked by axe.
 */
@QuarkusTest
class ChooserBrowserTest {

  @TestHTTPResource("/")
  URL base;

  Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  // ---- without JavaScript ---------------------------------------------------------------------

  @Test
  void without_javascript_a_politician_searches_chooses_on_the_next_step_and_previews() {
    browser = Browser.openWithoutJavaScript(base.toString());
    browser.login("politiker").go("/kontakta");
    assertThat(browser.find("#target").getAttribute("role")).isNull();

    browser.find("#subject").sendKeys("Skolans budget");
    // Enter in the search box, nothing chosen yet: the form comes back with the matches.
    browser.find("#target").sendKeys("lars ek");
    browser.navigate(() -> browser.find("#target").sendKeys(Keys.ENTER));
    assertThat(browser.text("#target-status")).contains("lars ek");
    assertThat(browser.find("#subject").getAttribute("value")).isEqualTo("Skolans budget");
    browser.assertAccessible().screenshot("kontakta-sok-utan-js");

    browser.find("input[name=target][value='POS-FC-BUF']").click();
    new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByValue("DIALOGUE");
    browser.clickThrough("button.button[value=visa]");

    assertThat(browser.text("#vag")).contains("Fri kontakt");
    assertThat(browser.find("input[name=target]:checked").getAttribute("value"))
        .isEqualTo("POS-FC-BUF");
    browser.assertAccessible();
  }

  @Test
  void without_javascript_a_contact_is_reported_with_whom_it_was_chosen_by_search() {
    browser = Browser.openWithoutJavaScript(base.toString());
    browser.login("politiker").go("/rapportera");
    browser.find("#description").sendKeys("Ett samtal om schemat");

    browser.chooseBySearch("target", "lars ek förvaltningschef", "pos:POS-FC-BUF");
    assertThat(browser.find("#description").getAttribute("value"))
        .isEqualTo("Ett samtal om schemat");
    browser.assertAccessible().screenshot("rapportera-sok-utan-js");
    new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByValue("DIALOGUE");
    browser.clickThrough("button.button[value=rapportera]");

    assertThat(browser.text("main")).contains("Ingen avvikelse", "Lars Ek");
    browser.assertAccessible();
  }

  @Test
  void without_javascript_a_politician_finds_the_visited_unit_by_search_and_registers_the_visit() {
    browser = Browser.openWithoutJavaScript(base.toString());
    browser.login("politiker").go("/verksamhetsbesok");
    assertThat(browser.all("select#unit")).isEmpty();
    browser.find("#note").sendKeys("Tittade in på förskolan");

    browser.chooseBySearch("unit", "förskolan", "U-FSK-1");
    assertThat(browser.text("#unit-status")).contains("förskolan");
    assertThat(browser.find("#note").getAttribute("value")).isEqualTo("Tittade in på förskolan");
    browser.assertAccessible().screenshot("verksamhetsbesok-sok-utan-js");
    browser.clickThrough("button.button[value=registrera]");

    assertThat(browser.path()).startsWith("/verksamhetsbesok?besok=");
    assertThat(browser.text("main")).contains("Besöket är registrerat.", "Förskolan Solrosen");
    browser.assertAccessible();
  }

  // ---- with JavaScript: the combobox by keyboard alone ----------------------------------------

  /** Types in the focused combobox and waits until its list shows suggestions. */
  private WebElement suggest(String words) {
    return suggest("target", words);
  }

  /** Types in the focused combobox of {@code field} and waits until its list shows suggestions. */
  private WebElement suggest(String field, String words) {
    browser.type(words);
    browser.waitFor(d -> "true".equals(browser.find("#" + field).getAttribute("aria-expanded")));
    WebElement box = browser.find("#" + field);
    WebElement list = browser.find("#" + box.getAttribute("aria-controls"));
    assertThat(box.getAttribute("role")).isEqualTo("combobox");
    assertThat(box.getAttribute("aria-autocomplete")).isEqualTo("list");
    assertThat(list.getAttribute("role")).isEqualTo("listbox");
    assertThat(list.findElements(org.openqa.selenium.By.cssSelector("[role=option]"))).isNotEmpty();
    browser.waitFor(d -> browser.text("#" + field + "-status").contains("förslag"));
    return list;
  }

  private void assertActive(WebElement list, int index) {
    assertActive("target", list, index);
  }

  private void assertActive(String field, WebElement list, int index) {
    WebElement box = browser.find("#" + field);
    var options = list.findElements(org.openqa.selenium.By.cssSelector("[role=option]"));
    assertThat(box.getAttribute("aria-activedescendant"))
        .isEqualTo(options.get(index).getAttribute("id"));
    assertThat(options.get(index).getAttribute("aria-selected")).isEqualTo("true");
  }

  @Test
  void the_combobox_on_the_contact_page_works_by_keyboard_alone() {
    browser = Browser.open(base.toString());
    browser.login("politiker").go("/kontakta").tabTo("#target");

    WebElement list = suggest("lars ek");
    browser.assertAccessible();
    int count = list.findElements(org.openqa.selenium.By.cssSelector("[role=option]")).size();
    browser.type(Keys.ARROW_DOWN);
    assertActive(list, 0);
    browser.type(Keys.END);
    assertActive(list, count - 1);
    browser.type(Keys.HOME);
    assertActive(list, 0);
    browser.type(Keys.ESCAPE);
    assertThat(browser.find("#target").getAttribute("aria-expanded")).isEqualTo("false");
    browser.type(Keys.ARROW_DOWN);
    assertActive(list, 0);
    assertThat(list.getText()).contains("Lars Ek", "Förvaltningschef");
    browser.type(Keys.ENTER);

    assertThat(browser.path()).isEqualTo("/kontakta");
    assertThat(browser.find("#target").getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(browser.find("input[name=target]:checked").getAttribute("value"))
        .isEqualTo("POS-FC-BUF");
    assertThat(browser.text("#target-status")).contains("Vald: Lars Ek");
    browser.assertAccessible().screenshot("kontakta-combobox");

    browser.tabTo("#kind").type("Dialog med en medarbetare");
    browser.tabTo("#subject").type("Skolans budget");
    browser.tabTo("button.button[value=visa]");
    browser.navigate(() -> browser.type(Keys.ENTER));
    assertThat(browser.text("#vag")).contains("Fri kontakt");
  }

  @Test
  void the_combobox_on_the_report_page_works_by_keyboard_alone() {
    browser = Browser.open(base.toString());
    browser.login("politiker").go("/rapportera").tabTo("#target");

    WebElement list = suggest("lars ek");
    browser.type(Keys.ARROW_DOWN);
    assertActive(list, 0);
    browser.type(Keys.ENTER);

    assertThat(browser.find("input[name=target]:checked").getAttribute("value"))
        .isEqualTo("pos:POS-FC-BUF");
    browser.assertAccessible().screenshot("rapportera-combobox");
    browser.tabTo("#kind").type("Dialog med en medarbetare");
    browser.tabTo("button.button[value=rapportera]");
    browser.navigate(() -> browser.type(Keys.ENTER));
    assertThat(browser.text("main")).contains("Ingen avvikelse", "Lars Ek");
  }

  @Test
  void the_combobox_on_the_site_visit_page_works_by_keyboard_alone() {
    browser = Browser.open(base.toString());
    browser.login("politiker").go("/verksamhetsbesok").tabTo("#unit");

    WebElement list = suggest("unit", "ekbacken");
    assertThat(list.getText()).contains("Ekbackens skola");
    browser.type(Keys.ARROW_DOWN);
    assertActive("unit", list, 0);
    browser.type(Keys.ENTER);

    assertThat(browser.path()).isEqualTo("/verksamhetsbesok");
    assertThat(browser.find("input[name=unit]:checked").getAttribute("value"))
        .isEqualTo("U-SKOLA-1");
    assertThat(browser.text("#unit-status")).contains("Vald: Ekbackens skola");
    browser.assertAccessible().screenshot("verksamhetsbesok-combobox");
    browser.tabTo("button.button[value=registrera]");
    browser.navigate(() -> browser.type(Keys.ENTER));
    assertThat(browser.text("main")).contains("Besöket är registrerat.", "Ekbackens skola");
  }
}
