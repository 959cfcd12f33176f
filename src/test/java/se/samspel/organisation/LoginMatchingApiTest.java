package se.samspel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.importing.CsvOrganisationFormat;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.PersonJson;
import se.samspel.support.ImportDocuments;
import se.samspel.support.StoredData;
import se.samspel.support.Tokens;

/**
 * Logins matched as identity providers send them (issue 14), over HTTP: a subject in another case
 * finds the person, and an import with two logins that differ only by case (the department head
 * {@code fc-buf} and {@code FC-BUF}, a manager below him) is refused naming both rows. The demo
 * organisation is the shared fixture; a test that changes it restores it before it ends.
 */
@QuarkusTest
class LoginMatchingApiTest {

  private static final String IMPORT = "/api/organisation/import";
  private static final String HEAD = "P-FC-BUF";
  private static final String MANAGER_BELOW = "P-VC-GR";

  @Inject AgroalDataSource dataSource;

  @Test
  void a_csv_with_logins_differing_only_by_case_is_422_naming_both_rows_and_nothing_changes()
      throws Exception {
    String csv = CsvOrganisationFormat.toCsv(demoWithLogin(MANAGER_BELOW, "FC-BUF"));
    int headRow = rowOf(csv, HEAD);
    int managerRow = rowOf(csv, MANAGER_BELOW);
    Map<String, String> stored = StoredData.snapshot(dataSource);
    String tree = as("kd").get("/api/units/tree").then().statusCode(200).extract().asString();

    List<Map<String, Object>> errors =
        asAdministrator()
            .contentType("text/csv")
            .body(csv)
            .post(IMPORT)
            .then()
            .statusCode(422)
            .contentType(startsWith("application/problem+json"))
            .body("code", equalTo("import-invalid"))
            .extract()
            .path("errors");

    assertThat(errors)
        .containsExactlyInAnyOrder(
            Map.of(
                "row",
                headRow,
                "field",
                "login",
                "reason",
                "login 'fc-buf' differs only by case from 'FC-BUF' on row "
                    + managerRow
                    + "; identity providers do not tell them apart"),
            Map.of(
                "row",
                managerRow,
                "field",
                "login",
                "reason",
                "login 'FC-BUF' differs only by case from 'fc-buf' on row "
                    + headRow
                    + "; identity providers do not tell them apart"));
    assertThat(StoredData.snapshot(dataSource)).as("nothing stored changed").isEqualTo(stored);
    as("kd").get("/api/units/tree").then().statusCode(200).body(equalTo(tree));
    as("fc-buf").get("/api/me").then().statusCode(200).body("personId", equalTo(HEAD));
    as("verksamhetschef")
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo(MANAGER_BELOW));
  }

  @Test
  void a_json_document_with_logins_differing_only_by_case_is_422_naming_both_paths()
      throws Exception {
    OrganisationImportRequest demo = ImportDocuments.demo();
    int head = indexOfPerson(demo, HEAD);
    int manager = indexOfPerson(demo, MANAGER_BELOW);
    Map<String, String> stored = StoredData.snapshot(dataSource);
    String tree = as("kd").get("/api/units/tree").then().statusCode(200).extract().asString();

    List<Map<String, Object>> errors =
        asAdministrator()
            .contentType(ContentType.JSON)
            .body(ImportDocuments.json(withLogin(demo, MANAGER_BELOW, "FC-BUF")))
            .post(IMPORT)
            .then()
            .statusCode(422)
            .contentType(startsWith("application/problem+json"))
            .body("code", equalTo("import-invalid"))
            .body("detail", startsWith("2 problem(s) found"))
            .extract()
            .path("errors");

    assertThat(errors)
        .containsExactlyInAnyOrder(
            Map.of(
                "field",
                "people[" + head + "].login",
                "reason",
                "login 'fc-buf' differs only by case from 'FC-BUF' on people["
                    + manager
                    + "]; identity providers do not tell them apart"),
            Map.of(
                "field",
                "people[" + manager + "].login",
                "reason",
                "login 'FC-BUF' differs only by case from 'fc-buf' on people["
                    + head
                    + "]; identity providers do not tell them apart"));
    assertThat(StoredData.snapshot(dataSource)).as("nothing stored changed").isEqualTo(stored);
    as("kd").get("/api/units/tree").then().statusCode(200).body(equalTo(tree));
  }

  @Test
  void a_mixed_case_login_is_stored_as_given_and_found_by_the_lower_case_subject() {
    OrganisationImportRequest original = ImportDocuments.demo();
    String imported = "Agneta.Stromvall@Ekelunda.example";
    try {
      asAdministrator()
          .contentType(ContentType.JSON)
          .body(ImportDocuments.json(withLogin(original, "P-LARARE", imported)))
          .post(IMPORT)
          .then()
          .statusCode(200);

      for (String subject :
          List.of(
              imported, "agneta.stromvall@ekelunda.example", "AGNETA.STROMVALL@EKELUNDA.EXAMPLE")) {
        as(subject).get("/api/me").then().statusCode(200).body("personId", equalTo("P-LARARE"));
      }
      // The old login is gone: matching ignores case, not the rest of the login.
      as("larare").get("/api/me").then().statusCode(403);
    } finally {
      restore(original);
    }
    as("larare").get("/api/me").then().statusCode(200).body("personId", equalTo("P-LARARE"));
  }

  @Test
  void a_token_whose_subject_is_upper_case_finds_the_lower_case_login() {
    RestAssured.given()
        .auth()
        .oauth2(Tokens.forLogin("KD"))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-KD"));
  }

  @Test
  void the_demo_login_finds_a_login_in_any_case_and_compares_administrators_likewise() {
    String token =
        RestAssured.given()
            .contentType(ContentType.JSON)
            .body("{\"login\":\"KD\"}")
            .post("/api/auth/demo-login")
            .then()
            .statusCode(200)
            .body("personId", equalTo("P-KD"))
            .body("administrator", equalTo(false))
            .extract()
            .path("token");
    RestAssured.given()
        .auth()
        .oauth2(token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-KD"));
    // samspel.auth.demo.administrators=admin
    RestAssured.given()
        .contentType(ContentType.JSON)
        .body("{\"login\":\"Admin\"}")
        .post("/api/auth/demo-login")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-ADMIN"))
        .body("administrator", equalTo(true));
  }

  // ---- helpers ----

  /** The demo organisation, validated, with one person's login replaced. */
  private static Organisation demoWithLogin(String personId, String login) {
    ImportResult result = ImportValidator.validate(DemoOrganisation.build());
    assertThat(result).isInstanceOf(ImportResult.Valid.class);
    Organisation demo = ((ImportResult.Valid) result).organisation();
    List<Person> people = new ArrayList<>();
    for (Person p : demo.people()) {
      people.add(
          p.id().value().equals(personId)
              ? new Person(p.id(), p.name(), p.email(), Optional.of(login))
              : p);
    }
    return new Organisation(demo.units(), demo.positions(), people);
  }

  private static OrganisationImportRequest withLogin(
      OrganisationImportRequest document, String personId, String login) {
    List<PersonJson> people = new ArrayList<>(document.people());
    int index = indexOfPerson(document, personId);
    PersonJson p = people.get(index);
    people.set(index, new PersonJson(p.id(), p.name(), p.email(), login));
    return new OrganisationImportRequest(document.units(), document.positions(), people);
  }

  /** The CSV line (the header is line 1) where a person first appears: the row named for them. */
  private static int rowOf(String csv, String personId) {
    int column = CsvOrganisationFormat.COLUMNS.indexOf("person_id");
    String[] lines = csv.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      String[] values = lines[i].split(";", -1);
      if (values.length > column && values[column].equals(personId)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line for " + personId);
  }

  private static int indexOfPerson(OrganisationImportRequest document, String id) {
    for (int i = 0; i < document.people().size(); i++) {
      if (document.people().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no person " + id);
  }

  private static void restore(OrganisationImportRequest original) {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(original))
        .post(IMPORT)
        .then()
        .statusCode(200);
  }
}
