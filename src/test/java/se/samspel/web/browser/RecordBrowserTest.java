package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The record pages in Chromium, on the real application and database: a politician reports a
 * contact that skipped the guideline's route and reads the verdict; KD finds it in the deviation
 * record with the chain verified and in the yearly review's charts and tables; the anonymised
 * review needs no login; a politician is refused the record. axe-core on every page and state.
 *
 * <p>The reported contacts happen in February 2024, a month no other test writes to, so that the
 * review of that month counts exactly what this test reported.
 */
@QuarkusTest
class RecordBrowserTest {

  /** A day inside the Kungsör guideline's validity that no other test reports on. */
  static final String DAY = "2024-02-14";

  static final String FEBRUARY = "period=custom&from=2024-02-01&to=2024-02-29";

  static final String DIALOGUE_QUOTE =
      "Regeln är att alltid först ha kontakt med förvaltningschefen på den aktuella förvaltningen";

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
  void an_off_route_contact_reaches_the_record_and_the_review_and_the_public_review()
      throws Exception {
    // The politician reports calling a teacher directly.
    browser.login("politiker").go("/rapportera");
    assertThat(browser.text("h1")).isEqualTo("Rapportera kontakt");
    String me = browser.find("input[name=requester]:checked").getAttribute("id");
    assertThat(browser.text("label[for='" + me + "']")).contains("Maria Berg");
    browser.assertAccessible().assertFitsPhone().screenshot("rapportera");

    // Without whom they contacted, the form says so, keeps what was entered and points at the
    // field.
    type("#description", "Ringde läraren direkt om schemat");
    browser.clickThrough("form.form button.button[value=rapportera]");
    assertThat(browser.find(".error-summary").getAttribute("role")).isEqualTo("alert");
    assertThat(browser.text(".error-summary")).contains("Välj vem som kontaktades.");
    assertThat(browser.find("#target").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#target").getAttribute("aria-describedby")).contains("target-error");
    assertThat(browser.find("#description").getAttribute("value"))
        .isEqualTo("Ringde läraren direkt om schemat");
    assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#target");
    browser.assertAccessible().assertFitsPhone();

    long before = entries();
    browser.chooseBySearch("target", "Sara Lind", "pos:POS-LARARE-1");
    setValue("#date", DAY);
    setValue("#time", "10:30");
    new Select(browser.find("#kind")).selectByValue("DIALOGUE");
    browser.clickThrough("form.form button.button[value=rapportera]");
    browser.waitFor(d -> browser.path().matches("/rapportera/\\d+"));

    long seq = Long.parseLong(browser.path().substring("/rapportera/".length()));
    assertThat(seq).isGreaterThan(before);
    String verdict = browser.text("main");
    assertThat(verdict)
        .contains(
            "Avvikelse från riktlinjen",
            "registrerad som nummer " + seq,
            DIALOGUE_QUOTE,
            "Källa: Förtroendevalda",
            "Förvaltningschef – Lars Ek",
            "Medel");
    assertThat(browser.all("ol.route li")).hasSize(2);
    browser.assertAccessible().assertFitsPhone().screenshot("rapportera-bedomning");

    // Reloading the verdict stores nothing more (post/redirect/get).
    browser.go(browser.path());
    assertThat(entries()).isEqualTo(seq);

    // KD reads the record: the chain verifies and the entry is there with its rule and people.
    browser.logout().login("kd").go("/avvikelser");
    assertThat(browser.text("#chain-status")).contains("Kedjan är obruten");
    assertThat(browser.find("#chain-status code.hash").getText()).hasSize(64);
    assertThat(browser.text("table.entries")).contains("#" + seq);
    browser.assertAccessible().assertFitsPhone().screenshot("avvikelser");

    browser.go("/avvikelser?from=" + DAY + "&to=" + DAY + "&rule=KUN-POLITICIAN-DIALOGUE");
    assertThat(browser.text("#entries-count")).contains("av 1 poster");
    assertThat(browser.find("#rule").getAttribute("value")).isEqualTo("KUN-POLITICIAN-DIALOGUE");
    browser.clickThrough("a[href='/avvikelser/" + seq + "']");
    String entry = browser.text("main");
    assertThat(entry)
        .contains(
            "Post nr " + seq,
            DIALOGUE_QUOTE,
            "Maria Berg (P-POL)",
            "Sara Lind (P-LARARE)",
            "Ringde läraren direkt om schemat",
            "Barn- och utbildningsförvaltningen",
            "Posten har inte rättats.");
    browser.assertAccessible().assertFitsPhone();

    // A bad filter is named next to its field, and the rest of the page still works.
    browser.go("/avvikelser?from=" + DAY + "&to=2024-01-01");
    assertThat(browser.text(".error-summary")).contains("Slutdatumet ligger före startdatumet.");
    assertThat(browser.find("#to").getAttribute("aria-invalid")).isEqualTo("true");
    browser.assertAccessible();

    // KD's yearly review of February 2024 counts it, in the charts and in the tables.
    browser.go("/uppfoljning?" + FEBRUARY);
    assertThat(browser.text("h1")).isEqualTo("Årlig uppföljning");
    assertThat(browser.text("#review-total")).isEqualTo("1");
    assertThat(browser.text("#rules-table")).contains("KUN-POLITICIAN-DIALOGUE");
    assertThat(row("#rules-table", "KUN-POLITICIAN-DIALOGUE")).endsWith("1");
    assertThat(row("#departments-table", "Barn- och utbildningsförvaltningen")).endsWith("1");
    assertThat(textContent("#months-table")).contains("februari 2024");
    for (String chart : List.of("chart-months", "chart-rules", "chart-departments")) {
      WebElement svg = browser.find("svg[aria-labelledby^='" + chart + "-title']");
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(textContent("#" + chart + "-title")).startsWith("Stapeldiagram");
    }
    assertThat(browser.all("svg[aria-labelledby^='chart-rules'] rect.bar")).hasSize(1);
    assertThat(
            Integer.parseInt(
                browser.find("svg[aria-labelledby^='chart-rules'] rect.bar").getAttribute("width")))
        .isGreaterThan(100);
    assertThat(browser.text("main")).contains("Frågor för att utvärdera riktlinjen");
    assertThat(browser.find("a[href^='/uppfoljning.csv']").getAttribute("href")).contains(FEBRUARY);
    browser.assertAccessible().assertFitsPhone().screenshot("uppfoljning");
    browser.go("/uppfoljning");
    browser.assertAccessible().assertFitsPhone();

    // Anyone reads the anonymised review without logging in: no names, small counts hidden.
    browser.logout().go("/uppfoljning/offentlig?" + FEBRUARY);
    assertThat(browser.path()).startsWith("/uppfoljning/offentlig");
    assertThat(browser.text("h1")).contains("offentlig version");
    assertThat(browser.text("#review-total")).isEqualTo("<3");
    assertThat(row("#rules-table", "KUN-POLITICIAN-DIALOGUE")).endsWith("<3");
    assertThat(browser.text("main")).doesNotContain("Karin Holm", "Anna Lindqvist", "Maria Berg");
    browser.assertAccessible().assertFitsPhone().screenshot("uppfoljning-offentlig");

    // KD corrects the entry: an empty form names both fields; a filled one appends a correction
    // that the entry then lists, and the chain still verifies.
    browser.login("kd").go("/avvikelser/" + seq);
    browser.clickThrough("form[action$='/rattelse'] button[type=submit]");
    assertThat(browser.text(".error-summary"))
        .contains("Skriv vad som rättas.", "Skriv varför posten rättas.");
    assertThat(browser.find("#summary").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#reason").getAttribute("aria-describedby")).contains("reason-error");
    browser.assertAccessible().assertFitsPhone();
    browser.find("#summary").sendKeys("Kontakten var förankrad hos förvaltningschefen");
    browser.find("#reason").sendKeys("Minnesanteckning från förvaltningschefen den 2 februari");
    browser.clickThrough("form[action$='/rattelse'] button[type=submit]");
    String link = browser.find("#correction-made a").getAttribute("href");
    long correction = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
    assertThat(correction).isGreaterThan(seq);
    assertThat(browser.text("#correction-made"))
        .contains("Rättelsen är registrerad som post nr " + correction);
    assertThat(browser.text("#rattelser")).contains("Post nr " + correction);
    assertThat(browser.text("#chain-status")).contains("Kedjan är obruten");
    browser.assertAccessible().assertFitsPhone().screenshot("avvikelse-rattelse");
    browser.clickThrough("#correction-made a");
    assertThat(browser.text("main"))
        .contains("Kontakten var förankrad hos förvaltningschefen", "#" + seq);
  }

  @Test
  void a_staff_members_contact_with_the_media_is_refused_and_nothing_is_stored() {
    long before = entries();
    browser.login("politiker").go("/rapportera");
    browser.chooseBySearch("requester", "Sara Lind", "pos:POS-LARARE-1");
    browser.find("input[name=target][value='ext:JOURNALIST']").click();
    setValue("#date", DAY);
    setValue("#time", "09:00");
    new Select(browser.find("#kind")).selectByValue("MEDIA_INQUIRY");
    browser.clickThrough("form.form button.button[value=rapportera]");

    assertThat(browser.text("main"))
        .contains(
            "Skyddad av meddelarfriheten",
            "Ingenting om rapporten har sparats",
            "Kommunen har ingen rätt att försöka ta reda på vem som har gett information till"
                + " media.");
    assertThat(entries()).isEqualTo(before);
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void a_contact_the_guideline_leaves_free_is_no_deviation_and_is_not_stored() {
    long before = entries();
    browser.login("politiker").go("/rapportera");
    browser.chooseBySearch("target", "Lars Ek", "pos:POS-FC-BUF");
    setValue("#date", DAY);
    setValue("#time", "11:00");
    new Select(browser.find("#kind")).selectByValue("DIALOGUE");
    browser.clickThrough("form.form button.button[value=rapportera]");

    assertThat(browser.text("main"))
        .contains("Ingen avvikelse", "Riktlinjen lämnar den här kontakten fri.");
    assertThat(browser.path()).isEqualTo("/rapportera");
    assertThat(entries()).isEqualTo(before);
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void a_politician_is_refused_the_record_but_reads_the_public_review() {
    browser.login("politiker").go("/avvikelser");
    assertThat(browser.text("main")).contains("Du har inte behörighet");
    browser.assertAccessible();

    browser.go("/uppfoljning");
    assertThat(browser.text("h1")).contains("offentlig version");
    assertThat(browser.text("main")).contains("Du ser den offentliga, anonymiserade versionen");
    assertThat(browser.all("a[href^='/uppfoljning.csv']")).isEmpty();
    browser.assertAccessible().assertFitsPhone();

    // The same pages in English.
    browser.clickThrough("a[hreflang=en]");
    assertThat(browser.text("h1")).isEqualTo("Yearly review – public version");
    assertThat(browser.text("main")).contains("Deviations per month", "Deviations per rule");
    assertThat(textContent("#chart-months-title")).isEqualTo("Bar chart: deviations per month");
    browser.assertAccessible();
    browser.go("/rapportera");
    assertThat(browser.text("h1")).isEqualTo("Report a contact");
    assertThat(browser.text("main")).contains("Who was contacted?");
    assertThat(browser.text("#target-hint")).startsWith("Search for the person or the post");
    assertThat(browser.text("label[for=target]")).isEqualTo("Search by name, title or unit");
    browser.assertAccessible();
    browser.clickThrough("a[hreflang=sv]");
    assertThat(browser.text("h1")).isEqualTo("Rapportera kontakt");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** How many entries the record holds, as the API verifies it. */
  private static long entries() {
    return ((Number) as("kd").get("/api/deviations/verify").then().extract().path("headSeq"))
        .longValue();
  }

  private void type(String css, String text) {
    WebElement field = browser.find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Date and time inputs take their value as the page would after a picker. */
  private void setValue(String css, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
  }

  /** The text of an element, also when it is inside a closed details element. */
  private String textContent(String css) {
    return browser.find(css).getAttribute("textContent").replaceAll("\\s+", " ").trim();
  }

  /** The text of the table row that mentions {@code key}. */
  private String row(String table, String key) {
    return browser.all(table + " tbody tr").stream()
        .map(WebElement::getText)
        .filter(t -> t.contains(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " not in " + table))
        .trim();
  }
}
