package se.samspel.web.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * "Kontakta förvaltningen" renders what the submit use case answers: a refused request shows why
 * (the routing it was refused on, with the rule) and stores nothing; the form offers what the
 * contact-options query offers.
 */
@QuarkusTest
class ContactPageOutcomeTest {

  private static final String CSRF = "c".repeat(43);

  private static Response send(Map<String, String> fields) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin("politiker"))
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParams(fields)
        .formParam("_csrf", CSRF)
        .formParam("action", "skicka")
        .formParam("target", "POS-LARARE-1")
        .formParam("subject", "Betyget")
        .post("/kontakta");
  }

  private static long mine() {
    return ((Number) as("politiker").get("/api/requests/mine").then().extract().path("total"))
        .longValue();
  }

  @Test
  void a_forbidden_request_is_not_sent_and_the_page_shows_the_rule_that_forbids_it() {
    long before = mine();
    Response page = send(Map.of("kind", "STEER_INDIVIDUAL_CASE"));
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.asString())
        .contains("Ärendet skickades inte. Se varför nedan.")
        .contains("KUN-STEER-INDIVIDUAL-CASE");
    assertThat(mine()).isEqualTo(before);
  }

  @Test
  void a_free_contact_is_not_sent_and_the_page_shows_the_rule_that_leaves_it_free() {
    long before = mine();
    Response page = send(Map.of("kind", "DIALOGUE", "context", "OFF_DUTY"));
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.asString())
        .contains("Ärendet skickades inte. Se varför nedan.")
        .contains("KUN-POLITICIAN-OFF-DUTY");
    assertThat(mine()).isEqualTo(before);
  }

  private static Response preview(String login, String target, String kind) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("_csrf", CSRF)
        .formParam("target", target)
        .formParam("kind", kind)
        .formParam("subject", "Frågan")
        .post("/kontakta");
  }

  @Test
  void a_department_heads_contact_with_a_direct_report_is_shown_as_direct() {
    // Issue 13, Kungsör Ledare: "Har förvaltningschefen inga chefer under sig går kommunikationen
    // direkt till medarbetarna på förvaltningen." The area head reports to the head of education.
    Response page = preview("fc-buf", "POS-BUF-GR-CH", "DIALOGUE");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.asString())
        .contains("Direkt kontakt – du behöver inget ärende.")
        .contains("KUN-LEADER-DOWNWARDS")
        .doesNotContain("value=\"skicka\"");
  }

  @Test
  void a_contact_without_a_rule_names_whom_to_ask_and_never_the_person_contacted() {
    // A teacher's site visit to the own department head has no rule: ask KD, not the head.
    Response page = preview("larare", "POS-FC-BUF", "SITE_VISIT_COORDINATED");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.asString())
        .contains("Riktlinjen har ingen regel för den här kontakten.")
        .contains("Fråga Kommundirektör")
        .doesNotContain("Fråga Förvaltningschef");
  }

  @Test
  void the_form_offers_the_kinds_the_contact_options_query_offers() {
    String form =
        given()
            .cookie("samspel_token", Tokens.forLogin("politiker"))
            .get("/kontakta")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    java.util.List<String> kinds =
        as("politiker").get("/api/contact-options").then().extract().path("kinds");
    assertThat(kinds).isNotEmpty();
    for (String kind : kinds) {
      assertThat(form).contains("value=\"" + kind + "\"");
    }
    assertThat(form).doesNotContain("value=\"STAFF_PROBLEM\"");
  }

  @Test
  void a_staff_member_with_a_problem_is_not_asked_whom_it_is_for_and_it_goes_to_their_manager() {
    // Kungsör, Medarbetare: "Medarbetaren ska i första hand tala med närmaste chef vid eventuella
    // problem." The form says a target is not needed for it, and the route needs none.
    String form =
        given()
            .cookie("samspel_token", Tokens.forLogin("medarbetare"))
            .get("/kontakta")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(form)
        .contains("Behövs inte för problem i arbetet")
        .containsPattern("data-for-kinds=\"[A-Z_ ]*\"")
        .contains("src=\"/assets/contact-form.js\"");
    Response page = preview("medarbetare", "", "STAFF_PROBLEM");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.asString();
    assertThat(html).contains("KUN-STAFF-PROBLEM").contains("Mats Eklund");
    // The page rendered for the kind leaves out the target and the circumstances of other kinds.
    Document doc = Jsoup.parse(html);
    assertThat(doc.getElementById("target").closest("[data-for-kinds]").hasAttr("hidden")).isTrue();
    assertThat(doc.getElementById("strategic").closest("[data-for-kinds]").hasAttr("hidden"))
        .isTrue();
    assertThat(
            doc.getElementById("concernsNearestManager")
                .closest("[data-for-kinds]")
                .hasAttr("hidden"))
        .isFalse();
  }

  @Test
  void a_politicians_dialogue_still_needs_whom_it_is_for() {
    Response page = preview("politiker", "", "DIALOGUE");
    assertThat(page.statusCode()).isEqualTo(422);
    Document doc = Jsoup.parse(page.asString());
    assertThat(doc.getElementById("target-error")).isNotNull();
    assertThat(doc.getElementById("target").closest("[data-for-kinds]").hasAttr("hidden"))
        .isFalse();
  }
}
