package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Contact requests in Chromium: a politician asks for a dialogue with a teacher, sees the route the
 * guideline prescribes and sends it; the department head approves it from "Att besluta"; the
 * politician sees it approved. Also the refusals people meet: a missing reason, a free contact, a
 * form with errors, a stranger's look at someone else's request.
 */
@QuarkusTest
class RequestFlowBrowserTest {

  private static final String DIALOGUE_QUOTE =
      "Regeln är att alltid först ha kontakt med förvaltningschefen";

  @TestHTTPResource("/")
  URL base;

  Browser browser;

  @BeforeEach
  void open() {
    browser = Browser.open(base.toString());
  }

  /** The requests a test made; withdrawn afterwards so no other test finds them waiting. */
  private final List<String> made = new ArrayList<>();

  @AfterEach
  void close() {
    browser.close();
    for (String id : made) {
      as("politiker")
          .contentType(ContentType.JSON)
          .body("{\"note\":\"test done\"}")
          .post("/api/requests/" + id + "/withdraw");
    }
  }

  @Test
  void a_politician_asks_the_department_head_approves_and_the_politician_sees_it_approved() {
    String subject = "Dialog om läsfrämjande " + UUID.randomUUID().toString().substring(0, 8);

    // Maria Berg opens "Kontakta förvaltningen" and finds the teacher by searching.
    browser.login("politiker").go("/");
    submit(".site-nav a[href='/kontakta']");
    assertThat(browser.text("h1")).isEqualTo("Kontakta förvaltningen");
    browser.assertAccessible().assertFitsPhone().screenshot("kontakta");

    browser.chooseBySearch("target", "Sara Lind", "POS-LARARE-1");
    WebElement teacher = browser.find("input[name=target]:checked");
    assertThat(teacher.getAttribute("value")).isEqualTo("POS-LARARE-1");
    assertThat(browser.text("label[for='" + teacher.getAttribute("id") + "']"))
        .contains("Lärare", "Sara Lind");

    new Select(browser.find("#kind")).selectByValue("DIALOGUE");
    browser.find("#subject").sendKeys(subject);
    browser.find("#purpose").sendKeys("Underlag inför nämndens budgetdialog.");
    submit("button.button[value=visa]");

    // The route: the department head approves first, then the responsible manager arranges.
    assertThat(browser.path()).endsWith("#vag");
    List<WebElement> hops = browser.all("#vag ol.route > li");
    assertThat(hops).hasSize(2);
    assertThat(hops.get(0).getText()).contains("Förvaltningschef", "Lars Ek", "godkänner");
    assertThat(hops.get(1).getText()).contains("Rektor", "Eva Sjöberg", "ordnar kontakten");
    assertThat(browser.text("#vag blockquote.quote"))
        .contains(DIALOGUE_QUOTE, "Källa: avsnittet ”Förtroendevalda”", "Riktlinje för samspel");
    // Values typed are kept.
    assertThat(browser.find("#subject").getAttribute("value")).isEqualTo(subject);
    browser.assertAccessible().assertFitsPhone().screenshot("kontakta-vag");

    // She sends it and lands on its page, told who decides and by when.
    submit("button[value=skicka]");
    browser.waitFor(d -> browser.path().startsWith("/arenden/"));
    String id = browser.path().substring("/arenden/".length()).replaceAll("[?#].*", "");
    made.add(id);
    assertThat(browser.text(".notice--success"))
        .contains("”" + subject + "” är skickat", "Lars Ek", "beslutar om ärendet", "Senast");
    assertThat(browser.text("h1")).isEqualTo(subject);
    assertThat(browser.text(".lead")).contains("Väntar på beslut");
    assertThat(browser.find("ol.timeline time").getAttribute("datetime")).matches("\\d{4}-.*");
    browser.assertAccessible().assertFitsPhone().screenshot("arende");

    browser.go("/mina-arenden");
    assertThat(rowOf(subject).getText()).contains("Väntar på beslut", "Förvaltningschef");
    browser.assertAccessible().assertFitsPhone().screenshot("mina-arenden");
    browser.logout();

    // Lars Ek, the head of the education department, sees the count in the navigation.
    browser.login("fc-buf").go("/");
    long waiting =
        ((Number) as("fc-buf").get("/api/requests/inbox").then().extract().path("requests.total"))
            .longValue();
    assertThat(waiting).isPositive();
    assertThat(browser.text(".site-nav a[href='/att-besluta']"))
        .isEqualTo("Att besluta " + waiting + " väntar");
    submit(".site-nav a[href='/att-besluta']");
    assertThat(browser.text("h1")).isEqualTo("Att besluta");
    assertThat(browser.text(".counts")).contains("Väntar på beslut");
    browser.assertAccessible().assertFitsPhone().screenshot("att-besluta");

    // He opens the request from the inbox (paging on if older ones come first) …
    openFromInbox(id);
    assertThat(browser.text("#decide-title")).isEqualTo("Ditt beslut");
    browser.assertAccessible().assertFitsPhone().screenshot("arende-besluta");

    // … and approves, naming the head of primary schools instead of the principal.
    Select manager = new Select(browser.find("#approve-manager"));
    assertThat(manager.getFirstSelectedOption().getAttribute("value")).isEqualTo("POS-REKTOR-1");
    manager.selectByValue("POS-BUF-GR-CH");
    browser.find("#approve-note").sendKeys("Magnus ordnar ett möte med arbetslaget.");
    submit("form[action$='/godkann'] button[type=submit]");
    browser.waitFor(d -> browser.path().startsWith("/att-besluta?klart=godkant"));
    assertThat(browser.text(".notice--success"))
        .contains("Du godkände ”" + subject + "”", "Magnus Forsberg", "ordnar kontakten");
    browser.assertAccessible();
    as("fc-buf")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("APPROVED"))
        .body("responsibleManager.id", org.hamcrest.Matchers.equalTo("POS-BUF-GR-CH"));
    browser.logout();

    // Maria Berg sees it approved, with who did what when.
    browser.login("politiker").go("/mina-arenden");
    assertThat(rowOf(subject).getText()).contains("Godkänt");
    navigate(() -> rowOf(subject).findElement(org.openqa.selenium.By.cssSelector("a")).click());
    assertThat(browser.text(".lead")).contains("Godkänt");
    assertThat(browser.text("ol.timeline")).contains("Skickat", "Maria Berg", "Godkänt", "Lars Ek");
    List<WebElement> route = browser.all("ol.route > li");
    assertThat(route.get(0).getText()).contains("Förvaltningschef", "Klart", "Lars Ek");
    assertThat(route.get(1).getText()).contains("Verksamhetschef grundskola", "Väntar");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void declining_without_a_reason_is_refused_and_announced_and_nothing_changes() {
    String id = submitDialogue("Avslag utan motivering");
    browser.login("fc-buf").go("/arenden/" + id);
    submit("form[action$='/avsla'] button[type=submit]");

    WebElement summary = browser.find(".error-summary");
    assertThat(summary.getAttribute("role")).isEqualTo("alert");
    assertThat(summary.getText()).contains("Skriv varför du avslår");
    assertThat(summary.findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href"))
        .endsWith("#decline-reason");
    WebElement reason = browser.find("#decline-reason");
    assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(reason.getAttribute("aria-describedby")).contains("decline-reason-error");
    assertThat(browser.text("#decline-reason-error")).contains("Skriv varför du avslår");
    assertThat(browser.find("title").getAttribute("textContent")).startsWith("Fel:");
    browser.assertAccessible().assertFitsPhone().screenshot("arende-fel");
    assertThat(statusOf(id)).isEqualTo("AWAITING_DECISION");

    browser.find("#decline-reason").sendKeys("Frågan hör till nämndens budgetberedning.");
    submit("form[action$='/avsla'] button[type=submit]");
    browser.waitFor(d -> browser.path().startsWith("/att-besluta?klart=avslaget"));
    assertThat(browser.text(".notice--success")).contains("Du avslog", "motivering");
    assertThat(statusOf(id)).isEqualTo("DECLINED");
  }

  @Test
  void a_stranger_gets_the_not_found_page_for_someone_elses_request() {
    String id = submitDialogue("Inte din sak");
    browser.login("medarbetare").go("/arenden/" + id);
    assertThat(browser.text("h1")).isEqualTo("Något blev fel");
    assertThat(browser.pageText())
        .contains("Sidan eller ärendet finns inte", "Felkod 404")
        .doesNotContain("Inte din sak");
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void the_form_names_every_missing_field_keeps_what_was_typed_and_a_free_contact_is_explained() {
    browser.login("politiker").go("/kontakta");
    browser.find("#subject").sendKeys("Något jag undrar");
    submit("button.button[value=visa]");

    WebElement summary = browser.find(".error-summary");
    assertThat(summary.getAttribute("role")).isEqualTo("alert");
    assertThat(summary.getText()).contains("Välj den person", "Välj typ av kontakt");
    for (String field : new String[] {"target", "kind"}) {
      assertThat(browser.find("#" + field).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("#" + field).getAttribute("aria-describedby"))
          .contains(field + "-error");
    }
    assertThat(browser.find("#subject").getAttribute("value")).isEqualTo("Något jag undrar");
    browser.assertAccessible().assertFitsPhone().screenshot("kontakta-fel");

    // Talking to the department head directly is free: nothing to send, and the rule says why.
    browser.chooseBySearch("target", "Lars Ek", "POS-FC-BUF");
    new Select(browser.find("#kind")).selectByValue("DIALOGUE");
    submit("button.button[value=visa]");
    assertThat(browser.text("#vag")).contains("Fri kontakt", "ingången till förvaltningens chefer");
    assertThat(browser.all("button[value=skicka]")).isEmpty();
    browser.assertAccessible();

    // Steering a teacher in an individual case is not permitted, quoted.
    browser.chooseBySearch("target", "Sara Lind", "POS-LARARE-1");
    new Select(browser.find("#kind")).selectByValue("STEER_INDIVIDUAL_CASE");
    submit("button.button[value=visa]");
    assertThat(browser.text("#vag")).contains("inte tillåten", "detaljstyra");
    browser.assertAccessible();

    // The same in English.
    submit("a[hreflang=en]");
    assertThat(browser.text("h1")).isEqualTo("Contact the administration");
    submit("button.button[value=visa]");
    assertThat(browser.text(".error-summary"))
        .contains("Choose the person or position", "Choose a kind of contact.");
    browser.assertAccessible();
    submit("a[hreflang=sv]");
  }

  @Test
  void a_requester_withdraws_an_open_request_after_confirming() {
    String id = submitDialogue("Återkallas");
    browser.login("politiker").go("/arenden/" + id);
    submit("form[action$='/aterkalla'] button[type=submit]");
    assertThat(browser.text(".error-summary")).contains("Kryssa i rutan");
    assertThat(browser.find("#withdraw-confirm").getAttribute("aria-invalid")).isEqualTo("true");
    browser.assertAccessible();
    assertThat(statusOf(id)).isEqualTo("AWAITING_DECISION");

    browser.find("#withdraw-confirm").click();
    submit("form[action$='/aterkalla'] button[type=submit]");
    browser.waitFor(d -> browser.path().contains("klart=aterkallat"));
    assertThat(browser.text(".notice--success")).contains("Du återkallade");
    assertThat(browser.text(".lead")).contains("Återkallat");
    assertThat(browser.all("form[action$='/aterkalla']")).isEmpty();
    assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** Clicks a button or link and waits until the next page has replaced this one. */
  private void submit(String css) {
    navigate(() -> browser.find(css).click());
  }

  private void navigate(Runnable action) {
    browser.navigate(action);
  }

  private WebElement rowOf(String subject) {
    return browser.all("table tbody tr").stream()
        .filter(tr -> tr.getText().contains(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + subject + " in " + browser.path()));
  }

  /** Follows the inbox's pages until the request's link shows, and opens it. */
  private void openFromInbox(String id) {
    for (int guard = 0; guard < 50; guard++) {
      List<WebElement> links = browser.all("table a[href='/arenden/" + id + "']");
      if (!links.isEmpty()) {
        navigate(() -> links.get(0).click());
        return;
      }
      List<WebElement> next = browser.all(".pager a[rel=next]");
      assertThat(next).as("request %s in the inbox", id).isNotEmpty();
      navigate(() -> next.get(0).click());
    }
    throw new AssertionError("request " + id + " not found in the inbox");
  }

  private String submitDialogue(String subject) {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\""
                    + subject
                    + "\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    made.add(id);
    return id;
  }

  private static String statusOf(String id) {
    return as("politiker").get("/api/requests/" + id).then().extract().path("status");
  }
}
