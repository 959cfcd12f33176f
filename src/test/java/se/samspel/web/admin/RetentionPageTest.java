package se.samspel.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.SeveralMunicipalitiesTest;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.retention.application.RetentionSweeper;
import se.samspel.retention.domain.RetentionRun;
import se.samspel.support.Tokens;

/**
 * The page "Gallring" over real HTTP, as a browser without script posts it: an administrator
 * records the municipality's retention decision through the form (post/redirect/get) and every
 * member reads it, in words, without the form; a member's post is refused and changes nothing; a
 * stale version is a 409 asking to reload; a municipality without a decision says that nothing is
 * culled. Both demo municipalities run (the profile of {@link SeveralMunicipalitiesTest}), so
 * Vänerstrand (9902) stays without a decision whatever Mälarvik (9901) records, and an
 * administrator of one is told the other's page does not exist.
 */
@QuarkusTest
@TestProfile(SeveralMunicipalitiesTest.TwoDemoMunicipalities.class)
class RetentionPageTest {

  @Inject RetentionSweeper sweeper;

  private static final String CSRF = "r".repeat(43);

  private static RequestSpecification browser(String token) {
    return given()
        .redirects()
        .follow(false)
        .accept(ContentType.HTML)
        .cookie("samspel_csrf", CSRF)
        .cookie("samspel_token", token);
  }

  /** Mälarvik's decision as a member reads it through the API. */
  private static String inForce() {
    return as("larare").get("/api/9901/retention").then().statusCode(200).extract().asString();
  }

  private static long version() {
    Object version =
        as("larare").get("/api/9901/retention").then().extract().path("policy.version");
    return version == null ? 0 : ((Number) version).longValue();
  }

  private static Map<String, String> decision(long version) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", CSRF);
    fields.put("closedRequests", "2");
    fields.put("closedRequestsUnit", "Y");
    fields.put("whistleblowingReports", "18");
    fields.put("whistleblowingReportsUnit", "M");
    fields.put("notifications", "6");
    fields.put("notificationsUnit", "M");
    fields.put("deviationPersonalData", "3");
    fields.put("deviationPersonalDataUnit", "Y");
    fields.put("reference", "Dokumenthanteringsplan för kommunstyrelsen, KS 2025/112");
    fields.put("section", "4.3 Kontakter mellan förtroendevalda och förvaltningen");
    fields.put("quote", "Gallras två år efter att ärendet avslutats.");
    fields.put("decidedOn", "2025-03-12");
    fields.put("version", String.valueOf(version));
    return fields;
  }

  private static Response post(String token, String address, Map<String, String> fields) {
    return browser(token).contentType(ContentType.URLENC).formParams(fields).post(address);
  }

  @Test
  void an_administrator_records_a_decision_through_the_form_and_a_member_reads_it_in_words() {
    String admin = Tokens.administratorOf("admin", "9901");
    long read = version();
    String form = browser(admin).get("/9901/gallring").then().statusCode(200).extract().asString();
    assertThat(form)
        .contains("<form method=\"post\" action=\"/9901/gallring\"")
        .contains("name=\"version\" value=\"" + read + "\"");

    Response recorded = post(admin, "/9901/gallring", decision(read));
    assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(303);
    assertThat(recorded.header("Location")).endsWith("/gallring?sparad=" + (read + 1));

    String confirmed =
        browser(admin)
            .get("/9901/gallring?sparad=" + (read + 1))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(confirmed)
        .contains("Beslutet är registrerat som version " + (read + 1))
        // The form comes back prefilled with what is now in force.
        .contains("name=\"version\" value=\"" + (read + 1) + "\"")
        .contains("id=\"whistleblowingReports\" name=\"whistleblowingReports\" value=\"18\"");
    assertThat(as("larare").get("/api/9901/retention").then().statusCode(200).extract().asString())
        .contains("\"closedRequests\":\"P2Y\"", "\"whistleblowingReports\":\"P18M\"")
        .contains("\"notifications\":\"P6M\"", "\"deviationPersonalData\":\"P3Y\"")
        .contains("KS 2025/112", "\"decidedOn\":\"2025-03-12\"");

    // A culling run under it: the page says when and what it culled.
    RetentionRun run = sweeper.applyIn(new MunicipalityId("9901")).orElseThrow();

    String member =
        browser(Tokens.forLogin("larare"))
            .get("/9901/gallring")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(member)
        .contains("Dokumenthanteringsplan för kommunstyrelsen, KS 2025/112")
        .contains("4.3 Kontakter mellan förtroendevalda och förvaltningen")
        .contains("Gallras två år efter att ärendet avslutats.")
        .contains("12 mars 2025")
        .containsPattern("id=\"period-closedRequests\"[\\s\\S]*?>2 år</td>")
        .containsPattern("id=\"period-whistleblowingReports\"[\\s\\S]*?>18 månader</td>")
        .containsPattern("id=\"period-notifications\"[\\s\\S]*?>6 månader</td>")
        .containsPattern("id=\"period-deviationPersonalData\"[\\s\\S]*?>3 år</td>")
        .doesNotContain("action=\"/9901/gallring\"")
        .doesNotContain("name=\"closedRequests\"")
        .doesNotContain("Ingenting gallras förrän")
        .doesNotContain("Ingen gallring har körts ännu.")
        .contains("<dt>Ärenden gallrade</dt><dd>" + run.requestsCulled() + "</dd>")
        .contains("<dt>Aviseringar borttagna</dt><dd>" + run.notificationsCulled() + "</dd>")
        .contains("<dt>Händelser borttagna ur flödet</dt><dd>" + run.eventsCulled() + "</dd>")
        .contains(
            "<dt>Avvikelseposter tömda på personuppgifter</dt><dd>"
                + run.deviationsRedacted()
                + "</dd>")
        .containsPattern("<dt>Kördes</dt><dd><time datetime=\"[^\"]+\">[^<]+</time></dd>");

    String english =
        browser(Tokens.forLogin("larare"))
            .cookie("samspel_lang", "en")
            .get("/9901/gallring")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(english)
        .contains("<h1>Retention</h1>", "2 years", "18 months", "6 months", "3 years");

    // The same version again: someone (here, the same administrator) recorded one since.
    String before = inForce();
    Response stale = post(admin, "/9901/gallring", decision(read));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.asString())
        .contains("role=\"alert\"")
        .contains("Ladda om sidan")
        .contains("name=\"reference\" value=\"Dokumenthanteringsplan");
    assertThat(inForce()).isEqualTo(before);
  }

  @Test
  void a_member_sees_no_form_and_a_post_by_anyone_but_an_administrator_is_refused() {
    String before = inForce();
    String member = Tokens.forLogin("larare");
    assertThat(browser(member).get("/9901/gallring").then().statusCode(200).extract().asString())
        .doesNotContain("action=\"/9901/gallring\"");

    Response refused = post(member, "/9901/gallring", decision(version()));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("text/html");
    // Another municipality's administrator is told the page does not exist there.
    Response foreign =
        post(Tokens.administratorOf("v-admin", "9902"), "/9901/gallring", decision(version()));
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(post(member, "/9901/gallring", Map.of("_csrf", CSRF)).statusCode()).isEqualTo(403);

    assertThat(inForce()).isEqualTo(before);
  }

  @Test
  void without_a_decision_the_page_says_plainly_that_nothing_is_culled() {
    String page =
        browser(Tokens.forLogin("v-larare"))
            .get("/9902/gallring")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("Ingenting gallras förrän kommunen registrerar ett beslut.")
        .contains("Ingen gallring har körts ännu.")
        // What each period would mean is still explained.
        .contains("Visselblåsarärenden")
        .doesNotContain("action=\"/9902/gallring\"");
    String form =
        browser(Tokens.administratorOf("v-admin", "9902"))
            .get("/9902/gallring")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(form)
        .contains("action=\"/9902/gallring\"")
        .contains("name=\"version\" value=\"0\"")
        .contains("id=\"closedRequests\" name=\"closedRequests\" value=\"\"");
  }
}
