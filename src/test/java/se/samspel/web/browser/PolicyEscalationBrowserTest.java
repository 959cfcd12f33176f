package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guideline's escalation section in Chromium: a reader finds it by its heading, reads each step
 * in words with its passage, in Swedish and after switching to English, and axe-core finds nothing
 * to fault.
 */
@QuarkusTest
class PolicyEscalationBrowserTest {

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
  void a_member_of_staff_reads_how_their_matters_climb_in_swedish_and_in_english() {
    browser.login("larare").go("/riktlinje");
    assertThat(browser.text("#escalation-heading")).isEqualTo("Eskalering");
    assertThat(browser.all("#eskalering ol.ladder > li")).hasSize(3);
    assertThat(browser.text("#eskalering ol.ladder > li:first-child"))
        .contains("Anställda", "närmaste chef", "Källa: Kommunikation i akuta frågor");
    assertThat(browser.text("#eskalering ol.ladder > li:last-child"))
        .contains(
            "Politiker utom Kommunstyrelsens ordförande", "kommunstyrelsens ordförande (KSO)");
    browser.assertAccessible().assertFitsPhone();

    browser.clickThrough("a[hreflang=en]");
    assertThat(browser.text("#escalation-heading")).isEqualTo("Escalation");
    assertThat(browser.text("#eskalering ol.ladder > li:first-child"))
        .contains("Employees", "nearest manager", "Source: Kommunikation i akuta frågor");
    browser.assertAccessible();
    browser.clickThrough("a[hreflang=sv]");
  }
}
