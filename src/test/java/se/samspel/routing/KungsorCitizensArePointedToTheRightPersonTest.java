package se.samspel.routing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, Kungsör <i>Medborgare</i>: citizens are free to contact anyone, "Medborgarna/
 * invånarnas/brukarnas kommunikering ska i första hand gå via den medarbetare som sköter
 * utförandet. Alla har ett gemensamt ansvar att hänvisa till rätt kommunikationsväg." The free
 * contact carries the recommendation (KUN-CITIZEN-FREE's {@code recommendation}), resolved to the
 * unit the matter concerns, in the route preview and in a registered citizen's contact; it is no
 * route and no deviation.
 */
@QuarkusTest
class KungsorCitizensArePointedToTheRightPersonTest {

  private static final String QUOTE_START = "Medborgarna/invånarnas/brukarnas kommunikering";

  @Test
  @DisplayName(
      "KUN-CITIZEN-FREE: \"… ska i första hand gå via den medarbetare som sköter utförandet.\" —"
          + " a citizen's question to the KSO about a school names the school's staff")
  void a_citizen_contacting_the_kso_about_a_school_is_pointed_to_the_school() {
    as("kso")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"CITIZEN\",\"target\":{\"position\":\"POS-KSO\"},"
                + "\"kind\":\"CITIZEN_CONTACT\",\"concernsUnit\":\"U-SKOLA-1\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("FREE"))
        .body("rule.id", equalTo("KUN-CITIZEN-FREE"))
        .body("recommendation.to", equalTo("STAFF_OF_CONCERNED_UNIT"))
        .body("recommendation.section", equalTo("Medborgare"))
        .body("recommendation.quote", containsString(QUOTE_START))
        .body("recommendation.unit.id", equalTo("U-SKOLA-1"))
        .body("recommendation.manager.id", equalTo("POS-REKTOR-1"))
        .body("recommendation.staff.id", hasItem("POS-LARARE-1"))
        .body("recommendation.staff.kind", everyItem(equalTo("STAFF_MEMBER")))
        .body("recommendation.staffTotal", greaterThanOrEqualTo(1))
        .body("recommendation.text", containsString("Ekbackens skola"))
        .body("hops.size()", equalTo(0));
  }

  @Test
  @DisplayName(
      "KUN-CITIZEN-FREE without a unit: the recommendation stands in general terms, still free")
  void without_a_unit_the_recommendation_is_general() {
    as("kso")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"CITIZEN\",\"target\":{\"position\":\"POS-LARARE-1\"},"
                + "\"kind\":\"DIALOGUE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("FREE"))
        .body("recommendation.unit", nullValue())
        .body("recommendation.text", containsString("in the unit the matter concerns"));
  }

  @Test
  @DisplayName("a registered citizen's contact is no deviation and names the recommendation")
  void a_registered_citizen_contact_names_the_first_contact() {
    String at = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString();
    as("kso")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"CITIZEN\",\"target\":{\"position\":\"POS-KSO\"},"
                + "\"kind\":\"CITIZEN_CONTACT\",\"concernsUnit\":\"U-SKOLA-1\","
                + "\"occurredAt\":\""
                + at
                + "\"}")
        .post("/api/contact-reports")
        .then()
        .statusCode(200)
        .body("verdict", equalTo("NO_DEVIATION"))
        .body("recordedAs", nullValue())
        .body("recommendation.manager.id", equalTo("POS-REKTOR-1"))
        .body("recommendation.quote", containsString(QUOTE_START));
  }

  @Test
  @DisplayName("an unknown concernsUnit is a 404 problem naming the field, nothing else happens")
  void an_unknown_unit_is_a_problem_naming_the_field() {
    as("kso")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"CITIZEN\",\"target\":{\"position\":\"POS-KSO\"},"
                + "\"kind\":\"CITIZEN_CONTACT\",\"concernsUnit\":\"U-NOPE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("concernsUnit"));
  }

  @Test
  @DisplayName(
      "the recommendation names the level above a vacant manager's post, as a route's step does")
  void a_vacant_managers_post_passes_the_recommendation_up() {
    as("kso")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"CITIZEN\",\"target\":{\"position\":\"POS-KSO\"},"
                + "\"kind\":\"CITIZEN_CONTACT\",\"concernsUnit\":\"U-SOF-AO-2\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(200)
        .body("recommendation.unit.id", equalTo("U-SOF-AO-2"))
        .body("recommendation.manager.id", equalTo("POS-SOF-AO-CH"));
  }

  @Test
  @DisplayName(
      "concernsUnit is a unit of the administration: a committee is 422, an unknown unit 404 on"
          + " any contact")
  void concerns_unit_must_be_a_unit_of_the_administration_whatever_the_contact() {
    as("kso")
        .contentType(ContentType.JSON)
        .body(
            "{\"requesterExternal\":\"CITIZEN\",\"target\":{\"position\":\"POS-KSO\"},"
                + "\"kind\":\"CITIZEN_CONTACT\",\"concernsUnit\":\"U-BUN\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("concerns-unit-not-administrative"))
        .body("errors.field", hasItem("concernsUnit"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                + "\"concernsUnit\":\"U-NOPE\"}")
        .post("/api/routes/preview")
        .then()
        .statusCode(404)
        .body("errors.field", hasItem("concernsUnit"));
  }

  @Test
  @DisplayName("the policy shows KUN-CITIZEN-FREE's recommendation with its passage")
  void the_policy_view_shows_the_recommendation() {
    as("kso")
        .get("/api/policies/active")
        .then()
        .statusCode(200)
        .body(
            "rules.find { it.id == 'KUN-CITIZEN-FREE' }.recommendation.to",
            equalTo("STAFF_OF_CONCERNED_UNIT"))
        .body(
            "rules.find { it.id == 'KUN-CITIZEN-FREE' }.recommendation.source.quote",
            containsString(QUOTE_START));
  }
}
