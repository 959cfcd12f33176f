package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import se.samspel.municipality.SeveralMunicipalitiesTest;

/**
 * A person of the second demo municipality, Vänerstrand (9902), in Chromium (issue 16): signing in
 * at its address, every item of the navigation, the language switch and logging out keep the reader
 * under {@code /9902/}, and the header names Vänerstrand throughout.
 */
@QuarkusTest
@TestProfile(SeveralMunicipalitiesTest.TwoDemoMunicipalities.class)
class MunicipalityBrowserTest {

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
  void a_vanerstrand_person_signs_in_and_navigates_without_leaving_its_address() {
    browser.go("/9902/mina-arenden");
    assertThat(browser.path()).startsWith("/9902/logga-in?next=%2F9902%2Fmina-arenden");
    assertThat(browser.text("#municipality")).isEqualTo("Vänerstrands kommun");

    browser.find("#login").sendKeys("v-politiker");
    browser.clickThrough("form.form button[type=submit]");
    assertThat(browser.path()).isEqualTo("/9902/mina-arenden");
    browser.assertAccessible().screenshot("kommun-9902-mina-arenden");

    List<String> items =
        browser.all("nav.site-nav a").stream().map(a -> a.getAttribute("href")).toList();
    assertThat(items).isNotEmpty();
    for (String item : items) {
      assertThat(item).startsWith(base.toString() + "9902/");
      String path = item.substring(base.toString().length() - 1);
      browser.clickThrough("nav.site-nav a[href='" + path + "']");
      assertThat(browser.path()).as(path).startsWith("/9902/");
      assertThat(browser.text("#municipality")).as(path).isEqualTo("Vänerstrands kommun");
      WebElement current = browser.find("nav.site-nav a[aria-current=page]");
      assertThat(current.getAttribute("href")).as(path).isEqualTo(item);
    }

    browser.clickThrough("a[hreflang=en]");
    assertThat(browser.path()).startsWith("/9902/");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");

    browser.clickThrough("form[action='/9902/logga-ut'] button");
    assertThat(browser.path()).startsWith("/9902/logga-in");
    assertThat(browser.text("#municipality")).isEqualTo("Vänerstrands kommun");
  }
}
