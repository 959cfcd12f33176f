package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * Choosing whom to reach, who took a contact, and the unit a politician visited, by search (issue
 * 15): without JavaScript the form comes back with the best matches as radio buttons and everything
 * typed kept; the combobox's page-side suggestions answer only a signed-in member.
 */
@QuarkusTest
class ChooserPagesTest {

  private static final String CSRF = "c".repeat(43);

  private static RequestSpecification as(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF);
  }

  private static Page html(Response response) {
    return new Page(response.asString());
  }

  /** The few things these tests read of a page, found in the markup the templates write. */
  record Page(String html) {

    List<String> radios(String name) {
      return all("<input type=\"radio\" id=\"[^\"]*\" name=\"" + name + "\" value=\"([^\"]*)\"");
    }

    List<String> checked(String name) {
      return all(
          "<input type=\"radio\" id=\"[^\"]*\" name=\"" + name + "\" value=\"([^\"]*)\" checked");
    }

    String value(String id) {
      return first("<input [^>]*id=\"" + id + "\"[^>]*value=\"([^\"]*)\"");
    }

    String textarea(String id) {
      return first("<textarea id=\"" + id + "\"[^>]*>([^<]*)</textarea>");
    }

    String selected(String id) {
      String select = first("(?s)(<select id=\"" + id + "\".*?</select>)");
      Matcher m = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select);
      return m.find() ? m.group(1) : null;
    }

    String text(String regex) {
      return first("(?s)" + regex).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    String status(String field) {
      return text(
          "<p class=\"chooser__status\" id=\"" + field + "-status\" role=\"status\">(.*?)</p>");
    }

    boolean has(String fragment) {
      return html.contains(fragment);
    }

    private String first(String regex) {
      Matcher m = Pattern.compile(regex).matcher(html);
      return m.find() ? m.group(1) : "";
    }

    private List<String> all(String regex) {
      Matcher m = Pattern.compile(regex).matcher(html);
      List<String> found = new ArrayList<>();
      while (m.find()) {
        found.add(m.group(1));
      }
      return found;
    }
  }

  @Test
  void a_search_on_the_contact_page_shows_the_matches_as_radio_buttons_and_keeps_what_was_typed() {
    Response answer =
        as("politiker")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("action", "sok-target")
            .formParam("targetSok", "lars ek")
            .formParam("kind", "DIALOGUE")
            .formParam("subject", "Läsfrämjande i årskurs 4")
            .formParam("purpose", "Underlag inför budgetdialogen.")
            .post("/kontakta");

    assertThat(answer.statusCode()).isEqualTo(200);
    Page page = html(answer);
    assertThat(page.has("error-summary")).isFalse();
    assertThat(page.radios("target")).startsWith("POS-FC-BUF");
    assertThat(page.text("<label for=\"target-0\">(.*?)</label>"))
        .contains("Lars Ek", "Förvaltningschef", "Barn- och utbildningsförvaltningen");
    assertThat(page.value("target")).isEqualTo("lars ek");
    assertThat(page.value("subject")).isEqualTo("Läsfrämjande i årskurs 4");
    assertThat(page.textarea("purpose")).isEqualTo("Underlag inför budgetdialogen.");
    assertThat(page.selected("kind")).isEqualTo("DIALOGUE");
    assertThat(page.status("target")).contains("lars ek");
  }

  @Test
  void the_chosen_post_is_kept_and_a_search_that_finds_one_post_chooses_it() {
    Page chosen = html(as("politiker").get("/kontakta?till=POS-LARARE-1"));
    assertThat(chosen.checked("target")).containsExactly("POS-LARARE-1");

    Page one = html(as("politiker").get("/kontakta?sok=Lars+Ek+förvaltningschef+barn"));
    assertThat(one.radios("target")).containsExactly("POS-FC-BUF");
    assertThat(one.checked("target")).containsExactly("POS-FC-BUF");
  }

  @Test
  void a_search_too_short_or_without_a_match_says_so_and_chooses_nothing() {
    Page tooShort = html(as("politiker").get("/kontakta?sok=e"));
    assertThat(tooShort.status("target")).contains("minst två");
    assertThat(tooShort.radios("target")).isEmpty();

    Page none = html(as("politiker").get("/kontakta?sok=zebulon"));
    assertThat(none.status("target")).contains("Ingen träff", "zebulon");
  }

  @Test
  void the_readers_own_posts_are_not_offered_as_whom_to_reach() {
    Page page = html(as("larare").get("/kontakta?sok=lärare+ekbackens"));
    assertThat(page.radios("target")).isNotEmpty().doesNotContain("POS-LARARE-1");
  }

  @Test
  void each_circumstance_the_form_asks_is_explained_under_its_checkbox() {
    Page page = html(as("medarbetare").get("/kontakta"));
    assertThat(page.has("aria-describedby=\"concernsNearestManager-hint\"")).isTrue();
    assertThat(
            page.text(
                "<p class=\"hint choice__hint\" id=\"concernsNearestManager-hint\">(.*?)</p>"))
        .contains("närmaste chef själv", "chefens chef");
  }

  @Test
  void the_report_page_searches_each_chooser_and_keeps_the_choices_and_the_description() {
    Response answer =
        as("larare")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("action", "sok-target")
            .formParam("requester", "pos:POS-LARARE-1")
            .formParam("targetSok", "förvaltningschef barn")
            .formParam("concernsUnitSok", "ekbacken")
            .formParam("date", "2026-11-20")
            .formParam("time", "10:00")
            .formParam("description", "Vi talades vid i korridoren.")
            .post("/rapportera");

    assertThat(answer.statusCode()).isEqualTo(200);
    Page page = html(answer);
    assertThat(page.checked("requester")).containsExactly("pos:POS-LARARE-1");
    assertThat(page.radios("requester")).contains("ext:JOURNALIST");
    assertThat(page.radios("target")).contains("pos:POS-FC-BUF");
    assertThat(page.radios("concernsUnit")).contains("U-SKOLA-1");
    assertThat(page.textarea("description")).isEqualTo("Vi talades vid i korridoren.");
    assertThat(page.value("date")).isEqualTo("2026-11-20");
  }

  @Test
  void a_reported_contact_chosen_by_search_is_judged() {
    Response answer =
        as("larare")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("requester", "pos:POS-LARARE-1")
            .formParam("target", "pos:POS-FC-BUF")
            .formParam("date", "2026-11-20")
            .formParam("time", "10:00")
            .formParam("kind", "DIALOGUE")
            .post("/rapportera");
    assertThat(answer.statusCode()).isIn(200, 303);
  }

  /** A site visit's form as "politiker" posts it: the day before today, the note, no office. */
  private static Response visitForm(String action, String unitSok, String unit) {
    return as("politiker")
        .contentType(ContentType.URLENC)
        .formParam("_csrf", CSRF)
        .formParam("action", action)
        .formParam("unitSok", unitSok)
        .formParam("unit", unit)
        .formParam("visitedOn", LocalDate.now().minusDays(1).toString())
        .formParam("requesterPosition", "")
        .formParam("note", "Tittade in på förskolan")
        .post("/verksamhetsbesok");
  }

  @Test
  void the_site_visit_page_finds_the_unit_by_search_and_registers_the_one_chosen() {
    Page empty = html(as("politiker").get("/verksamhetsbesok"));
    assertThat(empty.has("<select id=\"unit\"")).isFalse();
    assertThat(empty.has("data-chooser=\"/sok/enheter\"")).isTrue();
    assertThat(empty.radios("unit")).isEmpty();

    Response searched = visitForm("sok-unit", "förskolan", "");
    assertThat(searched.statusCode()).isEqualTo(200);
    Page matches = html(searched);
    assertThat(matches.has("error-summary")).isFalse();
    assertThat(matches.radios("unit")).contains("U-FSK-1", "U-FSK-2");
    assertThat(matches.checked("unit")).isEmpty();
    assertThat(matches.text("<label for=\"unit-1\">(.*?)</label>"))
        .contains("Förskolan", "Barn- och utbildningsförvaltningen");
    assertThat(matches.value("unit")).isEqualTo("förskolan");
    assertThat(matches.status("unit")).contains("förskolan");
    assertThat(matches.value("visitedOn")).isEqualTo(LocalDate.now().minusDays(1).toString());
    assertThat(matches.textarea("note")).isEqualTo("Tittade in på förskolan");

    // The reader chooses one of the matches and registers: the search words go along unused.
    Response registered = visitForm("registrera", "förskolan", "U-FSK-2");
    assertThat(registered.statusCode()).isEqualTo(303);
    String page = as("politiker").get(registered.header("Location")).asString();
    assertThat(page).contains("Besöket är registrerat.", "Förskolan Blåklinten");
  }

  @Test
  void words_typed_without_a_unit_chosen_search_and_a_search_finding_one_unit_chooses_it() {
    // Enter in the search box without JavaScript presses the form's default button, "registrera".
    Response entered = visitForm("registrera", "ekbacken", "");
    assertThat(entered.statusCode()).isEqualTo(200);
    Page page = html(entered);
    assertThat(page.has("error-summary")).isFalse();
    assertThat(page.radios("unit")).containsExactly("U-SKOLA-1");
    assertThat(page.checked("unit")).containsExactly("U-SKOLA-1");
  }

  @Test
  void a_site_visit_search_too_short_or_without_a_match_says_so_and_registers_nothing() {
    Response tooShort = visitForm("sok-unit", "e", "");
    assertThat(tooShort.statusCode()).isEqualTo(200);
    assertThat(html(tooShort).status("unit")).contains("minst två");
    assertThat(html(tooShort).radios("unit")).isEmpty();

    Response none = visitForm("registrera", "zebulon", "");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(html(none).status("unit")).contains("Ingen enhet heter något med", "zebulon");
    assertThat(html(none).radios("unit")).isEmpty();

    // Without a unit chosen nor words to search, the form says which field is missing.
    Response missing = visitForm("registrera", "", "");
    assertThat(missing.statusCode()).isEqualTo(FormErrors.STATUS);
    assertThat(missing.asString())
        .contains("<a href=\"#unit\">Välj den enhet du besökte.</a>", "aria-invalid=\"true\"");
  }

  @Test
  void the_site_visit_unit_chooser_speaks_english_when_asked() {
    Page page =
        html(
            as("politiker")
                .cookie("samspel_lang", "en")
                .contentType(ContentType.URLENC)
                .formParam("_csrf", CSRF)
                .formParam("action", "sok-unit")
                .formParam("unitSok", "zebulon")
                .formParam("visitedOn", LocalDate.now().toString())
                .post("/verksamhetsbesok"));
    assertThat(page.has("Search by the name of the unit or of its department")).isTrue();
    assertThat(page.status("unit")).contains("No unit has", "zebulon");
  }

  @Test
  void the_suggestions_answer_a_signed_in_member_with_the_best_matches() {
    as("politiker")
        .accept(ContentType.JSON)
        .queryParam("q", "lars ek")
        .get("/sok/positioner")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("items[0].value", equalTo("POS-FC-BUF"))
        .body("items[0].name", equalTo("Lars Ek"))
        .body("items[0].detail", startsWith("Förvaltningschef"));
    as("politiker")
        .accept(ContentType.JSON)
        .queryParam("q", "ekbackens")
        .get("/sok/enheter")
        .then()
        .statusCode(200)
        .body("items.value", hasItem("U-SKOLA-1"));
  }

  @Test
  void the_suggestions_refuse_a_bad_query_and_a_reader_who_is_not_signed_in() {
    as("politiker").queryParam("q", "e").get("/sok/positioner").then().statusCode(400);
    int anonymous =
        given()
            .redirects()
            .follow(false)
            .queryParam("q", "lars")
            .get("/sok/positioner")
            .statusCode();
    assertThat(anonymous).isIn(303, 401);
    as("stranger-not-in-the-organisation")
        .queryParam("q", "lars")
        .get("/sok/positioner")
        .then()
        .statusCode(403);
  }
}
