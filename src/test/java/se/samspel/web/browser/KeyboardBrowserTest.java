package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Every page by keyboard alone: Tab reaches every control and shows where the focus is. */
@QuarkusTest
class KeyboardBrowserTest {

  /** The main pages, each as someone who may open it. */
  static final Map<String, List<String>> PAGES =
      Map.of(
          "politiker",
          List.of(
              "/", "/kontakta", "/mina-arenden", "/rapportera", "/verksamhetsbesok", "/riktlinje"),
          "fc-buf",
          List.of("/att-besluta"),
          "rektor",
          List.of("/eskaleringar"),
          "kd",
          List.of("/avvikelser", "/uppfoljning"),
          "admin",
          List.of("/administration", "/gallring"));

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
  void tab_reaches_every_control_of_every_page_and_shows_the_focus() {
    browser.go("/logga-in").assertKeyboardReachable();
    browser.go("/uppfoljning/offentlig").assertKeyboardReachable();
    for (Map.Entry<String, List<String>> person : PAGES.entrySet()) {
      browser.login(person.getKey());
      for (String path : person.getValue()) {
        browser.go(path).assertKeyboardReachable();
      }
      browser.logout();
    }
  }

  @Test
  void a_politician_logs_in_and_previews_a_route_with_the_keyboard_alone() {
    browser.go("/logga-in").tabTo("#login").type("politiker", Keys.ENTER);
    browser.waitFor(d -> !browser.path().startsWith("/logga-in"));

    browser.go("/kontakta").tabTo("#target");
    browser.navigate(() -> browser.type("Sara Lind", Keys.ENTER));
    browser.tabTo("input[name=target][value='POS-LARARE-1']").type(Keys.SPACE);
    browser.tabTo("#kind").type("Dialog med en medarbetare");
    browser.tabTo("#subject").type("Läsfrämjande i årskurs 4");
    browser.tabTo("#purpose").type("Underlag inför budgetdialogen.");
    browser.tabTo("button.button[value=visa]").type(Keys.ENTER);
    browser.waitFor(d -> browser.path().endsWith("#vag"));

    assertThat(browser.all("#vag ol.route > li")).hasSize(2);
    assertThat(browser.text("#vag ol.route")).contains("Lars Ek", "godkänner");
  }
}
