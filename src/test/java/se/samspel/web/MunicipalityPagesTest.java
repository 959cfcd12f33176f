package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.SeveralMunicipalitiesTest;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.notification.application.NotificationDispatcher;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.support.Tokens;

/**
 * The pages of a second municipality (issue 16), over real HTTP as a browser reads them: a person
 * of Vänerstrand (9902) signs in with the demo login at {@code /9902/logga-in}, walks every page
 * the navigation and the pages lead to, and never leaves {@code /9902/}: every link, form action,
 * redirect and address the choosers ask stays there and every page names Vänerstrand. A person of
 * Mälarvik (9901) finds nothing there (404, never 403), and the unscoped addresses stay Mälarvik's.
 * The mails about its requests link to its address, and its deployment's administrator adds a
 * municipality on the page "Kommuner".
 */
@QuarkusTest
@TestProfile(SeveralMunicipalitiesTest.TwoDemoMunicipalities.class)
class MunicipalityPagesTest {

  @Inject NotificationDispatcher dispatcher;
  @Inject MockMailbox mailbox;
  @Inject MunicipalityScope scope;
  @Inject OrganisationDirectory directory;

  private static final String CSRF = "m".repeat(43);
  private static final String VANERSTRAND = "Vänerstrands kommun";

  private static RequestSpecification browser() {
    return given().redirects().follow(false).cookie("samspel_csrf", CSRF);
  }

  private static RequestSpecification signedIn(String token) {
    return browser().cookie("samspel_token", token);
  }

  /** Signs in with the demo login form of Vänerstrand's pages and gives back the token cookie. */
  private static String signInAtVanerstrand(String login) {
    Response form = browser().queryParam("next", "/9902/mina-arenden").get("/9902/logga-in");
    assertThat(form.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(form.asString());
    assertThat(page.select("#municipality").text()).isEqualTo(VANERSTRAND);
    // The demo people offered are Vänerstrand's, and the forms post to its address.
    assertThat(page.select("form.inline input[name=login]").eachAttr("value"))
        .isNotEmpty()
        .allMatch(l -> l.startsWith("v-"));
    assertThat(page.select("form[action*=logga-in]").eachAttr("action"))
        .containsOnly("/9902/logga-in");

    Response signedIn =
        browser()
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("login", login)
            .formParam("next", page.select("input[name=next]").first().val())
            .post("/9902/logga-in");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.header("Location")).endsWith("/9902/mina-arenden");
    String token = signedIn.cookie("samspel_token");
    assertThat(token).isNotBlank();
    return token;
  }

  /** Every local address a page names: links, form actions, buttons' actions, choosers' sources. */
  private static List<String> addressesOf(Document page) {
    List<String> found = new ArrayList<>();
    page.select("a[href]").forEach(a -> found.add(a.attr("href")));
    page.select("form[action]").forEach(f -> found.add(f.attr("action")));
    page.select("[formaction]").forEach(b -> found.add(b.attr("formaction")));
    page.select("[data-chooser]").forEach(c -> found.add(c.attr("data-chooser")));
    return found.stream()
        .filter(a -> a.startsWith("/"))
        .filter(a -> !a.startsWith("/assets/") && !a.startsWith("/q/"))
        .toList();
  }

  @Test
  void a_vanerstrand_person_walks_its_pages_and_every_link_and_form_stays_at_its_address() {
    String token = signInAtVanerstrand("v-politiker");

    Deque<String> toVisit = new ArrayDeque<>(List.of("/9902/", "/9902/kontakta?kind=DIALOGUE"));
    Set<String> visited = new LinkedHashSet<>();
    while (!toVisit.isEmpty() && visited.size() < 40) {
      String address = toVisit.poll();
      if (!visited.add(address)) {
        continue;
      }
      Response response = signedIn(token).get(address);
      assertThat(response.statusCode()).as(address).isEqualTo(200);
      if (!response.contentType().startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(response.asString());
      assertThat(page.select("#municipality").text()).as(address).isEqualTo(VANERSTRAND);
      for (String named : addressesOf(page)) {
        assertThat(named).as("on " + address).startsWith("/9902/");
      }
      for (String link : page.select("a[href^=/]").eachAttr("href")) {
        String withoutFragment = link.replaceFirst("#.*$", "");
        // Pages only: the CSV downloads and the language switch (which sets a cookie) are not.
        if (withoutFragment.startsWith("/9902/")
            && !withoutFragment.contains(".csv")
            && !withoutFragment.startsWith("/9902/sprak/")) {
          toVisit.add(withoutFragment);
        }
      }
    }
    assertThat(visited)
        .contains(
            "/9902/",
            "/9902/kontakta",
            "/9902/mina-arenden",
            "/9902/rapportera",
            "/9902/uppfoljning",
            "/9902/riktlinje",
            "/9902/verksamhetsbesok");
    // The navigation marks the current page at a municipality's address too.
    Document mine = Jsoup.parse(signedIn(token).get("/9902/mina-arenden").asString());
    assertThat(mine.select("nav.site-nav a[aria-current=page]").attr("href"))
        .isEqualTo("/9902/mina-arenden");
    // The address the contact form's chooser asks answers with Vänerstrand's posts.
    Document contact = Jsoup.parse(signedIn(token).get("/9902/kontakta").asString());
    String source = contact.select("[data-chooser]").attr("data-chooser");
    assertThat(source).isEqualTo("/9902/sok/positioner");
    Response suggestions = signedIn(token).queryParam("q", "rektor").get(source);
    assertThat(suggestions.statusCode()).isEqualTo(200);
    assertThat(suggestions.asString()).contains("POS-REKTOR");
    // Vänerstrand's guideline (Alingsås), not Mälarvik's.
    assertThat(signedIn(token).get("/9902/riktlinje").asString()).contains("Alingsås");
  }

  @Test
  void a_form_posted_at_a_municipalitys_address_redirects_back_to_it() {
    String token = Tokens.forLogin("v-larare");
    Response sent =
        signedIn(token)
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("action", "skicka")
            .formParam("kind", "STAFF_PROBLEM")
            .formParam("subject", "Arbetsmiljön i klassrummet")
            .post("/9902/kontakta");
    assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
    String location = sent.header("Location");
    assertThat(location).contains("/9902/arenden/");
    String path = location.substring(location.indexOf("/9902/"));
    Response request = signedIn(token).get(path);
    assertThat(request.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(request.asString());
    assertThat(page.select("#municipality").text()).isEqualTo(VANERSTRAND);
    assertThat(addressesOf(page)).allMatch(a -> a.startsWith("/9902/"));
    // Withdrawn through the page, which leads back to the request at Vänerstrand's address.
    Response withdrawn =
        signedIn(token)
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("reason", "Test klart")
            .formParam("confirm", "ja")
            .formParam("version", page.select("form[action$=aterkalla] input[name=version]").val())
            .post(page.select("form[action$=aterkalla]").attr("action"));
    assertThat(withdrawn.statusCode()).as(withdrawn.asString()).isEqualTo(303);
    assertThat(withdrawn.header("Location")).contains("/9902/arenden/");
  }

  @Test
  void a_page_behind_login_at_a_municipalitys_address_signs_in_there_and_comes_back() {
    Response page = browser().queryParam("sida", "2").get("/9902/mina-arenden");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.header("Location"))
        .endsWith("/9902/logga-in?next=%2F9902%2Fmina-arenden%3Fsida%3D2");
  }

  @Test
  void a_malarvik_person_finds_nothing_at_vanerstrands_pages_never_a_refusal() {
    String id =
        as("v-larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Arbetsmiljön i klassrummet\"}")
            .post("/api/9902/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String malarvik = Tokens.forLogin("larare");
    for (String path :
        List.of(
            "/9902/mina-arenden",
            "/9902/kontakta",
            "/9902/riktlinje",
            "/9902/rapportera",
            "/9902/arenden/" + id,
            "/arenden/" + id)) {
      Response response = signedIn(malarvik).accept("text/html").get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
    }
    Response post =
        signedIn(malarvik)
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("note", "inte min")
            .post("/9902/arenden/" + id + "/aterkalla");
    assertThat(post.statusCode()).isEqualTo(404);
    as("v-larare").get("/api/9902/requests/" + id).then().statusCode(200);
  }

  @Test
  void the_unscoped_pages_stay_the_first_municipalitys() {
    Response home = signedIn(Tokens.forLogin("larare")).get("/mina-arenden");
    assertThat(home.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(home.asString());
    assertThat(page.select("#municipality").text()).isEqualTo("Mälarviks kommun");
    for (Element link : page.select("nav.site-nav a[href]")) {
      assertThat(link.attr("href")).doesNotStartWith("/99");
    }
  }

  @Test
  void the_deployments_administrator_adds_a_municipality_on_its_page_and_finds_its_pages() {
    String admin = Tokens.administrator("admin");
    Response form = signedIn(admin).get("/kommuner");
    assertThat(form.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(form.asString());
    assertThat(page.select("#municipalities td").eachText())
        .contains("9901", "Mälarviks kommun", "9902", VANERSTRAND);
    assertThat(page.select("#policyKey option").eachAttr("value"))
        .containsExactly("kungsor", "alingsas");

    Response added = addMunicipality(admin, "9904", "Sjöviks kommun", "alingsas");
    assertThat(added.statusCode()).as(added.asString()).isEqualTo(303);
    assertThat(added.header("Location")).endsWith("/kommuner?tillagd=9904");
    Document shown = Jsoup.parse(signedIn(admin).get("/kommuner?tillagd=9904").asString());
    assertThat(shown.select("#added").text()).contains("Sjöviks kommun (9904)");
    assertThat(shown.select("#added a").attr("href")).isEqualTo("/9904/administration");
    // Its pages are there at once, named after it.
    Document home = Jsoup.parse(signedIn(admin).get("/9904/").asString());
    assertThat(home.select("#municipality").text()).isEqualTo("Sjöviks kommun");

    // The same code again: 409, said at the top of the form, which keeps what was typed.
    Response again = addMunicipality(admin, "9904", "Sjöviks kommun igen", "kungsor");
    assertThat(again.statusCode()).isEqualTo(409);
    Document conflict = Jsoup.parse(again.asString());
    assertThat(conflict.select("#exists").text()).contains("redan en kommun med den koden");
    assertThat(conflict.select("#name").val()).isEqualTo("Sjöviks kommun igen");
    as("larare")
        .get("/api/municipalities/9904")
        .then()
        .statusCode(200)
        .body("name", org.hamcrest.Matchers.equalTo("Sjöviks kommun"));
  }

  @Test
  void the_page_for_adding_municipalities_refuses_everyone_but_the_deployments_administrator() {
    for (String token :
        List.of(
            Tokens.administratorOf("admin", "9902"),
            Tokens.forLogin("v-kso"),
            Tokens.forLogin("kd"))) {
      assertThat(signedIn(token).accept("text/html").get("/9902/kommuner").statusCode())
          .isIn(403, 404);
      Response refused = addMunicipality(token, "9905", "Nekade kommunen", "kungsor");
      assertThat(refused.statusCode()).isIn(403, 404);
    }
    as("larare").get("/api/municipalities/9905").then().statusCode(404);
  }

  private static Response addMunicipality(String token, String id, String name, String policyKey) {
    return signedIn(token)
        .contentType(ContentType.URLENC)
        .formParam("_csrf", CSRF)
        .formParam("id", id)
        .formParam("name", name)
        .formParam("policyKey", policyKey)
        .post("/kommuner");
  }

  @Test
  void a_mail_about_a_second_municipalitys_request_links_to_its_page_at_that_municipality() {
    String id =
        as("v-larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Skolgårdens belysning\"}")
            .post("/api/9902/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // Whoever the step waits on: every address of Vänerstrand's people is looked at.
    List<String> addresses =
        scope.within(
            new MunicipalityId("9902"),
            () ->
                directory.current().organisation().people().stream()
                    .flatMap(p -> p.email().stream())
                    .toList());
    List<io.quarkus.mailer.Mail> about = List.of();
    // Other tests may have left notifications pending: one run sends one batch per municipality.
    for (int i = 0; i < 20 && about.isEmpty(); i++) {
      dispatcher.dispatchPending();
      about =
          addresses.stream()
              .flatMap(a -> java.util.Optional.ofNullable(mailbox.getMailsSentTo(a)).stream())
              .flatMap(List::stream)
              .filter(m -> m.getText().contains(id))
              .toList();
    }
    assertThat(about).as("mails about %s", id).isNotEmpty();
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("Öppna ärendet: (\\S+)").matcher(about.get(0).getText());
    assertThat(link.find()).as(about.get(0).getText()).isTrue();
    assertThat(link.group(1))
        .isEqualTo("http://localhost:" + io.restassured.RestAssured.port + "/9902/arenden/" + id);

    // The requester follows it to the request's page, in Vänerstrand.
    Response page = signedIn(Tokens.forLogin("v-larare")).get("/9902/arenden/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.asString()).select("#municipality").text()).isEqualTo(VANERSTRAND);
  }
}
