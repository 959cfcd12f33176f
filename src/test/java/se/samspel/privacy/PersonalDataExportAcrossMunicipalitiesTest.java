package se.samspel.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.SeveralMunicipalitiesTest;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.support.ImportDocuments;
import se.samspel.support.Tokens;

/**
 * The right of access follows tenancy (issue 16): an export is of the addressed municipality's data
 * only, an administrator of one municipality finds no person of another (404, never 403), the
 * deployment's administrator exports in any municipality at its address; and a post re-imported
 * away still brings the requests addressed to it to its former holder's export.
 */
@QuarkusTest
@TestProfile(SeveralMunicipalitiesTest.TwoDemoMunicipalities.class)
class PersonalDataExportAcrossMunicipalitiesTest {

  private static String export(String municipality, String person) {
    return "/api/" + municipality + "/administration/people/" + person + "/export";
  }

  private static RequestSpecification administratorOf(String municipality) {
    return given().auth().oauth2(Tokens.administratorOf("admin-" + municipality, municipality));
  }

  private static long trail(String municipality) {
    return asAdministrator()
        .get("/api/" + municipality + "/administration/audit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static String submit(String municipality, String login, String target, String subject) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\""
                + target
                + "\"},\"kind\":\"DIALOGUE\",\"subject\":\""
                + subject
                + "\"}")
        .post("/api/" + municipality + "/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void an_administrator_of_one_municipality_finds_no_person_of_another_and_nothing_is_kept() {
    long before = trail("9902");
    // P-LARARE is an id both demo organisations use: at Vänerstrand's address she is Vänerstrand's.
    administratorOf("9901")
        .get(export("9902", "P-LARARE"))
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404));
    administratorOf("9901")
        .get(export("9902", "P-NO-SUCH-" + UUID.randomUUID()))
        .then()
        .statusCode(404);
    assertThat(trail("9902")).isEqualTo(before);

    // Each administers their own.
    administratorOf("9901")
        .get(export("9901", "P-LARARE"))
        .then()
        .statusCode(200)
        .body("person.login", equalTo("larare"));
    administratorOf("9902")
        .get(export("9902", "P-LARARE"))
        .then()
        .statusCode(200)
        .body("person.login", equalTo("v-larare"));
    assertThat(trail("9902")).isEqualTo(before + 1);
  }

  @Test
  void the_export_holds_only_the_addressed_municipalitys_data() {
    String subject = "Skolskjutsen i Vänerstrand " + UUID.randomUUID();
    String request = submit("9902", "v-politiker", "POS-REKTOR-1", subject);

    // The deployment's administrator exports in each municipality at its address.
    String malarvik =
        asAdministrator().get(export("9901", "P-POL")).then().statusCode(200).extract().asString();
    assertThat(malarvik)
        .doesNotContain(subject)
        .doesNotContain(request)
        .doesNotContain("v-politiker");
    assertThat(JsonPath.from(malarvik).getString("person.login")).isEqualTo("politiker");

    JsonPath vanerstrand =
        asAdministrator().get(export("9902", "P-POL")).then().statusCode(200).extract().jsonPath();
    assertThat(vanerstrand.getString("person.login")).isEqualTo("v-politiker");
    assertThat(vanerstrand.getList("requests.made.id", String.class)).contains(request);
    // The unscoped address is the first municipality's.
    assertThat(asAdministrator().get("/api/administration/people/P-POL/export").asString())
        .doesNotContain(subject);
  }

  @Test
  void a_request_addressed_to_a_post_since_imported_away_is_its_former_holders() {
    // Under Kungsör's guideline a politician's dialogue with a teacher goes through the department
    // head and the principal: the teacher's post is its target, never a step of its route.
    String subject = "Läxhjälpen i årskurs 4 " + UUID.randomUUID();
    String request = submit("9901", "politiker", "POS-LARARE-1", subject);

    OrganisationImportRequest full = ImportDocuments.demo();
    OrganisationImportRequest without =
        new OrganisationImportRequest(
            full.units(),
            full.positions().stream().filter(p -> !p.id().equals("POS-LARARE-1")).toList(),
            full.people());
    importInto("9901", without);
    try {
      JsonPath json =
          asAdministrator()
              .get(export("9901", "P-LARARE"))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(json.getList("formerPositions.id", String.class))
          .as(json.prettify())
          .containsExactly("POS-LARARE-1");
      assertThat(json.getList("positions")).isEmpty();
      assertThat(json.getList("requests.onRoute.id", String.class)).doesNotContain(request);
      assertThat(json.getList("requests.concerning.id", String.class))
          .as(json.prettify())
          .contains(request);
    } finally {
      importInto("9901", full);
    }
  }

  private static void importInto(String municipality, OrganisationImportRequest document) {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(document))
        .post("/api/" + municipality + "/organisation/import")
        .then()
        .statusCode(200);
  }
}
