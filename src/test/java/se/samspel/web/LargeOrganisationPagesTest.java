package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.demo.LargeOrganisationGenerator;
import se.samspel.organisation.domain.OrganisationStore;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.support.Tokens;

/**
 * Issue 15: on the generated 50 000-person organisation every page that chooses a person or a unit
 * stays under 100 KB, whatever is searched, and the search still finds people. Its own profile: the
 * database is cleaned when the next test class starts Quarkus again.
 */
@QuarkusTest
@TestProfile(LargeOrganisationPagesTest.Large.class)
class LargeOrganisationPagesTest {

  /** An empty database, the large organisation stored by the test itself. */
  public static class Large implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("samspel.demo.seed", "false");
    }
  }

  private static final int LIMIT = 100_000;
  private static final String CSRF = "c".repeat(43);

  @Inject OrganisationStore store;
  @Inject OrganisationDirectory directory;

  @BeforeEach
  void storeTheLargeOrganisation() {
    if (directory.current().personCount() == LargeOrganisationGenerator.DEFAULT_PEOPLE) {
      return;
    }
    var generated =
        LargeOrganisationGenerator.generate(
            LargeOrganisationGenerator.DEFAULT_PEOPLE, LargeOrganisationGenerator.DEFAULT_SEED);
    var valid = (ImportValidator.ImportResult.Valid) ImportValidator.validate(generated.document());
    // 50 000 people in one transaction outlast the default timeout on a busy machine.
    QuarkusTransaction.requiringNew().timeout(900).run(() -> store.replace(valid.organisation()));
    directory.reload();
    assertThat(directory.current().personCount())
        .isEqualTo(LargeOrganisationGenerator.DEFAULT_PEOPLE);
  }

  /** KD of the large organisation (its login is "kd"). */
  private static RequestSpecification kd() {
    return as("kd");
  }

  /** A person of the large organisation by login: "kd", or "kso" (a politician). */
  private static RequestSpecification as(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF);
  }

  private static void assertSmall(Response page, String what) {
    assertThat(page.statusCode()).as(what).isEqualTo(200);
    int bytes = page.asByteArray().length;
    System.out.printf("%s: %,d bytes%n", what, bytes);
    assertThat(bytes).as("size of %s", what).isLessThan(LIMIT);
  }

  @Test
  void the_contact_page_stays_under_100_kb_however_broad_the_search() {
    assertSmall(kd().get("/kontakta"), "GET /kontakta");
    Response broad = kd().get("/kontakta?sok=an");
    assertSmall(broad, "GET /kontakta?sok=an");
    assertThat(broad.asString()).contains("name=\"target\"");
  }

  @Test
  void the_report_page_stays_under_100_kb_with_every_chooser_searched() {
    assertSmall(kd().get("/rapportera"), "GET /rapportera");
    Response searched =
        kd().contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("action", "sok-target")
            .formParam("requesterSok", "an")
            .formParam("targetSok", "lärare")
            .formParam("concernsUnitSok", "enhet")
            .post("/rapportera");
    assertSmall(searched, "POST /rapportera (three searches)");
    assertThat(searched.asString()).contains("name=\"requester\"", "name=\"concernsUnit\"");
  }

  @Test
  void the_site_visit_page_stays_under_100_kb_with_its_unit_chooser_searched() {
    assertSmall(as("kso").get("/verksamhetsbesok"), "GET /verksamhetsbesok");
    Response searched =
        as("kso")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("action", "sok-unit")
            .formParam("unitSok", "enhet")
            .post("/verksamhetsbesok");
    assertSmall(searched, "POST /verksamhetsbesok (unit searched)");
    assertThat(searched.asString()).contains("name=\"unit\"");
  }

  @Test
  void the_suggestions_find_people_among_fifty_thousand() {
    kd().accept(ContentType.JSON)
        .queryParam("q", "förvaltningschef")
        .get("/sok/positioner")
        .then()
        .statusCode(200);
    Response answer = kd().accept(ContentType.JSON).queryParam("q", "an").get("/sok/positioner");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.jsonPath().getInt("total")).isGreaterThan(1_000);
    assertThat(answer.jsonPath().getList("items")).hasSize(10);
  }
}
