package se.samspel.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * What readers see of the policy format's readings, hop passages and conditions: the route preview
 * names the passage of the communications officers' step (Kungsör, <i>Kommunikation med media</i>:
 * "Kommunikatörerna finns som expertstöd vid behov …"), the policy endpoint and the page
 * <i>Riktlinje</i> show each reading beside its quote and the conditions of Alingsås's
 * ALI-MEDIA-ADMINISTRATION-PROPOSAL.
 */
@QuarkusTest
class MediaReadingsApiTest {

  private static final String WHAT_TO_THE_KSO =
      "{\"requesterExternal\":\"JOURNALIST\",\"target\":{\"position\":\"POS-KSO\"},"
          + "\"kind\":\"MEDIA_INQUIRY\",\"question\":\"WHAT\"}";

  @Test
  void the_route_preview_shows_the_passage_of_the_officers_step() {
    as("kommunikator")
        .contentType(ContentType.JSON)
        .body(WHAT_TO_THE_KSO)
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("rule.id", equalTo("KUN-MEDIA-WHAT-POLITICIAN"))
        .body("rule.reading", nullValue())
        .body("rule.conditions", hasSize(0))
        .body("hops", hasSize(3))
        .body("hops[0].source", nullValue())
        .body("hops[1].template", equalTo("COMMUNICATIONS_OFFICER_OF_TARGET"))
        .body("hops[1].source.section", equalTo("Kommunikation med media"))
        .body(
            "hops[1].source.quote", startsWith("Kommunikatörerna finns som expertstöd vid behov"));
  }

  @Test
  void the_preview_asks_for_authentication() {
    anonymous()
        .contentType(ContentType.JSON)
        .body(WHAT_TO_THE_KSO)
        .post("/api/routes/preview")
        .then()
        .statusCode(401);
  }

  @Test
  void kungsor_answers_a_question_about_the_administrations_proposal_with_no_rule() {
    as("kommunikator")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"JOURNALIST\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"MEDIA_INQUIRY\",\"question\":\"PROPOSAL\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("NO_RULE"));
  }

  @Test
  void an_unknown_question_is_a_400_naming_the_field() {
    as("kommunikator")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"JOURNALIST\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"MEDIA_INQUIRY\",\"question\":\"ADMINISTRATION_PROPOSAL\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("question"));
  }

  @Test
  void the_policy_endpoint_shows_readings_hop_passages_and_conditions() {
    as("larare")
        .get("/api/policies/kungsor/versions/1")
        .then()
        .statusCode(200)
        .body(
            "rules.find { it.id == 'KUN-DELEGATED-DECISION' }.quote",
            equalTo("Se till att delegationen följs"))
        .body(
            "rules.find { it.id == 'KUN-DELEGATED-DECISION' }.reading",
            startsWith("Riktlinjen säger inte i egna ord"))
        .body("rules.find { it.id == 'KUN-GREY-ZONE' }.reading", nullValue())
        .body(
            "rules.find { it.id == 'KUN-MEDIA-WHAT-ADMINISTRATION' }.route[1].source.quote",
            startsWith("Kommunikatörerna finns som expertstöd"))
        .body("escalation.ladder[2].source.reading", startsWith("Texten säger inte"));
    as("larare")
        .get("/api/policies/alingsas/versions/1")
        .then()
        .statusCode(200)
        .body(
            "rules.find { it.id == 'ALI-MEDIA-ADMINISTRATION-PROPOSAL' }.question[0]",
            equalTo("PROPOSAL"))
        .body("rules.find { it.id == 'ALI-MEDIA-ADMINISTRATION-PROPOSAL' }.conditions", hasSize(2))
        .body(
            "rules.find { it.id == 'ALI-MEDIA-ADMINISTRATION-PROPOSAL' }.conditions[1].quote",
            startsWith("Det är dock inte tillåtet att lämna ut sekretessbelagda handlingar"));
  }

  @Test
  void the_policy_page_shows_a_reading_beside_its_quote_and_the_conditions_in_both_languages() {
    String kungsor = page("/riktlinje/kungsor/1", null);
    String delegated = rule(kungsor, "KUN-DELEGATED-DECISION");
    assertThat(delegated)
        .contains("”Se till att delegationen följs”")
        .contains("Så läser Samspel stycket")
        .contains("Riktlinjen säger inte i egna ord");
    assertThat(rule(kungsor, "KUN-MEDIA-WHAT-POLITICIAN"))
        .contains("Kommunikatörerna finns som expertstöd vid behov");
    assertThat(rule(kungsor, "KUN-GREY-ZONE")).doesNotContain("Så läser Samspel stycket");

    String proposal =
        rule(page("/riktlinje/alingsas/1", null), "ALI-MEDIA-ADMINISTRATION-PROPOSAL");
    assertThat(proposal)
        .contains("Villkor för den som svarar eller agerar")
        .contains("Det bör dock alltid vara tydligt att det är förvaltningens förslag")
        .contains("sekretessbelagda handlingar");
    assertThat(rule(page("/riktlinje/alingsas/1", "en"), "ALI-MEDIA-ADMINISTRATION-PROPOSAL"))
        .contains("Conditions for whoever answers or acts")
        .contains("How Samspel reads the passage");
  }

  @Test
  void the_api_document_knows_the_proposal_question_and_the_new_fields() {
    JsonPath doc =
        given()
            .accept(ContentType.JSON)
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(doc.getList("components.schemas.QuestionType.enum", String.class))
        .containsExactly("WHAT", "HOW", "UNCLEAR", "PROPOSAL");
    assertThat(doc.getMap("components.schemas.RuleView.properties").keySet())
        .contains("reading", "conditions");
    assertThat(doc.getMap("components.schemas.CitationView.properties").keySet())
        .contains("reading");
  }

  private static String page(String path, String lang) {
    var spec = given().redirects().follow(false).cookie("samspel_token", Tokens.forLogin("larare"));
    if (lang != null) {
      spec = spec.cookie("samspel_lang", lang);
    }
    return spec.get(path).then().statusCode(200).extract().asString();
  }

  /** The HTML of one rule's card. */
  private static String rule(String html, String id) {
    int start = html.indexOf("<article class=\"rule card\" id=\"" + id + "\"");
    assertThat(start).as(id + " on the page").isNotNegative();
    return html.substring(start, html.indexOf("</article>", start));
  }
}
