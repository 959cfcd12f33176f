package se.samspel.web.visits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * "Verksamhetsbesök" and the review page's site visits (Alingsås, Kommunikation: "Det kan finnas
 * anledningar till att göra spontana verksamhetsbesök, men majoriteten av verksamhetsbesöken ska
 * samordnas med aktuell nämnd/styrelse och förvaltningsledning."). December 2025 is this test's.
 */
@QuarkusTest
class SiteVisitsPageTest {

  private static final String CSRF = "s".repeat(43);

  @Inject MovableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static RequestSpecification browser(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF)
        .accept(ContentType.HTML);
  }

  @Test
  void a_politician_registers_a_visit_on_the_page_and_reads_the_verdict_with_the_rule() {
    clock.setTo(
        LocalDate.of(2025, 12, 10).atTime(14, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
    String form =
        browser("politiker").get("/verksamhetsbesok").then().statusCode(200).extract().asString();
    // The visited unit is chosen by search (ChooserPagesTest walks it); a chosen one is posted.
    assertThat(form)
        .contains(
            "action=\"/verksamhetsbesok\"",
            "data-chooser=\"/sok/enheter\"",
            "name=\"unitSok\"",
            "href=\"/verksamhetsbesok\"");

    Response posted =
        browser("politiker")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("unit", "U-SKOLA-1")
            .formParam("visitedOn", "2025-12-09")
            .formParam("requesterPosition", "")
            .formParam("note", "Luciafirande")
            .post("/verksamhetsbesok");
    assertThat(posted.statusCode()).isEqualTo(303);
    String location = posted.header("Location");
    assertThat(location).contains("/verksamhetsbesok?besok=");

    String page = browser("politiker").get(location).then().statusCode(200).extract().asString();
    assertThat(page)
        .contains("Besöket är registrerat.")
        .contains("avvikelseregistret som nummer")
        .contains("KUN-POLITICIAN-SITE-VISIT")
        .contains(
            "Förvaltningschefen ska alltid vara ingången till förvaltningens chefer och"
                + " medarbetare samt verksamhet.")
        .contains("Luciafirande");

    // The review page shows the registered visit and that the majority was not coordinated.
    String review =
        browser("kd")
            .get("/uppfoljning?period=custom&from=2025-12-01&to=2025-12-31")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(review)
        .contains("Av de spontana besöken registrerades 1 i efterhand.")
        .contains("Majoriteten av besöken var inte samordnade.")
        .contains("KUN-POLITICIAN-SITE-VISIT");
  }

  @Test
  void the_page_and_its_menu_item_are_for_politicians_only() {
    assertThat(browser("larare").get("/").asString()).doesNotContain("href=\"/verksamhetsbesok\"");
    browser("larare").get("/verksamhetsbesok").then().statusCode(403);
    browser("fc-buf").get("/verksamhetsbesok").then().statusCode(403);
  }
}
