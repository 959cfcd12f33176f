package se.samspel.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.samspel.support.AlingsasGuideline;
import se.samspel.support.Tokens;

/**
 * ALI-MEDIA-ADMINISTRATION-PROPOSAL over HTTP, in a deployment that follows Alingsås (<i>I kontakt
 * med media</i>: "Tjänstepersoner kan vid behov redogöra för förvaltningens förslag, innan ärendet
 * har beslutats politiskt. Det bör dock alltid vara tydligt att det är förvaltningens förslag, och
 * att beredningen inte är slutförd ännu."): the preview and the registered request show whoever
 * answers the condition and the passage on confidential documents; someone not on the route does
 * not see the request.
 */
@QuarkusTest
@TestProfile(AlingsasGuideline.class)
class AlingsasAdministrationProposalApiTest {

  private static final String PROPOSAL_TO_A_TEACHER =
      "{\"requesterExternal\":\"JOURNALIST\",\"target\":{\"position\":\"POS-LARARE-1\"},"
          + "\"kind\":\"MEDIA_INQUIRY\",\"question\":\"PROPOSAL\"";

  @Test
  void the_preview_names_the_responsible_manager_and_shows_the_conditions() {
    as("kommunikator")
        .contentType(ContentType.JSON)
        .body(PROPOSAL_TO_A_TEACHER + "}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("policy.key", equalTo("alingsas"))
        .body("rule.id", equalTo("ALI-MEDIA-ADMINISTRATION-PROPOSAL"))
        .body("rule.reading", startsWith("Texten säger att tjänstepersoner kan redogöra"))
        .body("hops", hasSize(1))
        .body("hops[0].position.id", equalTo("POS-REKTOR-1"))
        .body("hops[0].action", equalTo("ANSWER"))
        .body("rule.conditions", hasSize(2))
        .body("rule.conditions[0].section", equalTo("I kontakt med media"))
        .body(
            "rule.conditions[0].quote",
            equalTo(
                "Det bör dock alltid vara tydligt att det är förvaltningens förslag, och att"
                    + " beredningen inte är slutförd ännu."))
        .body(
            "rule.conditions[1].quote",
            startsWith("Det är dock inte tillåtet att lämna ut sekretessbelagda handlingar"));
  }

  @Test
  void whoever_answers_the_registered_request_sees_the_conditions_and_an_outsider_nothing() {
    String id =
        as("kommunikator")
            .contentType(ContentType.JSON)
            .body(
                PROPOSAL_TO_A_TEACHER
                    + ",\"subject\":\"Förslaget om nya skolskjutsar\","
                    + "\"purpose\":\"Lokaltidningen frågar inför nämndens beslut\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    as("rektor")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .body("question", equalTo("PROPOSAL"))
        .body("rule.id", equalTo("ALI-MEDIA-ADMINISTRATION-PROPOSAL"))
        .body("rule.conditions", hasSize(2))
        .body(
            "rule.conditions[1].quote",
            startsWith("Det är dock inte tillåtet att lämna ut sekretessbelagda handlingar"));
    as("politiker").get("/api/requests/" + id).then().statusCode(404);

    String page =
        given()
            .redirects()
            .follow(false)
            .cookie("samspel_token", Tokens.forLogin("rektor"))
            .get("/arenden/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("Villkor för den som svarar")
        .contains("Det bör dock alltid vara tydligt att det är förvaltningens förslag")
        .contains("sekretessbelagda handlingar")
        .contains("Förvaltningens förslag, innan det beslutats politiskt");
  }
}
