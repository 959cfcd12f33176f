package se.samspel.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.importing.CsvOrganisationFormat;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.PersonJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PositionJson;
import se.samspel.support.ImportDocuments;
import se.samspel.support.Tokens;

/**
 * The Administration page's import in two steps, over real HTTP as a browser without script posts
 * it: the upload (in the chosen character encoding) shows a preview; "Genomför importen" applies
 * exactly the previewed file, once, only while the organisation is the one previewed, and only with
 * the box ticked when it retires the administrator; the audit trail lists what was done.
 */
@QuarkusTest
class ImportPreviewPageTest {

  private static final String CSRF = "c".repeat(43);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String NEW_NAME = "Åsa Öberg-Lindström";

  private static RequestSpecification asAdmin() {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.administrator("admin"))
        .cookie("samspel_csrf", CSRF);
  }

  private static Response upload(String fileName, byte[] content, String encoding) {
    RequestSpecification request =
        asAdmin()
            .multiPart(
                "file",
                fileName,
                content,
                fileName.endsWith(".csv") ? "text/csv" : "application/json")
            .multiPart("_csrf", CSRF);
    if (encoding != null) {
      request = request.multiPart("encoding", encoding);
    }
    return request.post("/administration/organisation");
  }

  private static Response confirm(String html, boolean confirmLockOut) {
    RequestSpecification request =
        asAdmin()
            .contentType("application/x-www-form-urlencoded")
            .formParam("_csrf", CSRF)
            .formParam("token", AdministrationPageTest.hidden(html, "token"))
            .formParam("revision", AdministrationPageTest.hidden(html, "revision"));
    if (confirmLockOut) {
      request = request.formParam("confirmLockOut", "true");
    }
    return request.post("/administration/organisation/genomfor");
  }

  private static String demoCsvWithRenamedAdministrator() {
    Organisation demo =
        ((ImportValidator.ImportResult.Valid) ImportValidator.validate(DemoOrganisation.build()))
            .organisation();
    List<Person> people = new ArrayList<>();
    for (Person p : demo.people()) {
      people.add(
          p.id().value().equals("P-ADMIN")
              ? new Person(p.id(), NEW_NAME, p.email(), p.login())
              : p);
    }
    return CsvOrganisationFormat.toCsv(new Organisation(demo.units(), demo.positions(), people));
  }

  private static String adminName() {
    return as("kd").get("/api/people/P-ADMIN").then().statusCode(200).extract().path("name");
  }

  private static void restore() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(ImportDocuments.demo()))
        .post("/api/organisation/import?confirmLockOut=true")
        .then()
        .statusCode(200);
  }

  @Test
  void an_excel_csv_chosen_as_windows_1252_is_previewed_then_imported_with_its_letters() {
    byte[] file = demoCsvWithRenamedAdministrator().getBytes(WINDOWS_1252);
    try {
      Response preview = upload("hr.csv", file, "windows-1252");
      assertThat(preview.statusCode()).isEqualTo(200);
      assertThat(preview.asString())
          .contains(
              "Förhandsgranskning av hr.csv",
              "Filen lästes som windows-1252.",
              "Ändrade personer",
              NEW_NAME + " <span class=\"muted\">(P-ADMIN)</span>",
              "Inget öppet ärende väntar",
              "Du finns kvar")
          .doesNotContain("confirm-lock-out");
      assertThat(adminName()).isEqualTo("Oskar Lundin");

      Response done = confirm(preview.asString(), false);
      assertThat(done.statusCode()).isEqualTo(200);
      assertThat(done.asString())
          .contains("Organisationen är importerad från hr.csv.", "Administrativ logg")
          .containsPattern("<td data-label=\"Format\">csv \\(windows-1252\\)</td>")
          // The actor by name and login, not by the person id P-ADMIN.
          .contains(">" + NEW_NAME + " (admin)</td>");
      assertThat(adminName()).isEqualTo(NEW_NAME);

      // The token was used: posting the same confirmation again imports nothing more.
      Response again = confirm(preview.asString(), false);
      assertThat(again.statusCode()).isEqualTo(422);
      assertThat(again.asString()).contains("upload the file again");
    } finally {
      restore();
    }
  }

  @Test
  void the_same_file_read_as_utf_8_is_refused_naming_the_line_and_column() {
    String csv = demoCsvWithRenamedAdministrator();
    Response response = upload("hr.csv", csv.getBytes(WINDOWS_1252), null);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.asString())
        .contains("Filen hr.csv godtogs inte.", "Windows-1252")
        .containsPattern("<td data-label=\"Rad\">\\d+</td>")
        .doesNotContain("Genomför importen");
    assertThat(adminName()).isEqualTo("Oskar Lundin");
  }

  private static byte[] withoutTheAdministrator() {
    OrganisationImportRequest demo = ImportDocuments.demo();
    List<PersonJson> people = new ArrayList<>(demo.people());
    people.removeIf(p -> p.id().equals("P-ADMIN"));
    List<PositionJson> positions = new ArrayList<>();
    for (PositionJson p : demo.positions()) {
      positions.add(
          "P-ADMIN".equals(p.holder())
              ? new PositionJson(
                  p.id(), p.title(), p.kind(), p.unit(), p.reportsTo(), null, p.party(), p.acting())
              : p);
    }
    return ImportDocuments.json(new OrganisationImportRequest(demo.units(), positions, people))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void an_import_that_retires_the_administrator_needs_the_box_ticked() {
    Response preview = upload("utan-admin.json", withoutTheAdministrator(), null);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.asString())
        .contains("Importen avvecklar dig.", "id=\"confirm-lock-out\"", "Personer som avvecklas")
        .contains("(ingen person i den nya organisationen har inloggningen admin)")
        .doesNotContain("no person in the new organisation");

    Response refused = confirm(preview.asString(), false);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.asString())
        .contains("Importen genomfördes inte.", "rutan var inte ikryssad", "Genomför importen");
    // The refusal is in the audit trail, its reason in Swedish.
    String page = asAdmin().get("/administration").then().statusCode(200).extract().asString();
    assertThat(page)
        .contains("Import stoppad (utelåsning)")
        .contains("(ingen person i den nya organisationen har inloggningen admin)")
        .doesNotContain("no person in the new organisation");
    assertThat(adminName()).isEqualTo("Oskar Lundin");

    try {
      Response done = confirm(refused.asString(), true);
      assertThat(done.statusCode()).isEqualTo(200);
      assertThat(done.asString()).contains("Organisationen är importerad från utan-admin.json.");
      as("kd").get("/api/people/P-ADMIN").then().statusCode(404);
    } finally {
      restore();
    }
  }

  @Test
  void a_preview_the_organisation_has_moved_past_is_not_imported_and_is_shown_anew() {
    byte[] file = demoCsvWithRenamedAdministrator().getBytes(WINDOWS_1252);
    Response preview = upload("hr.csv", file, "windows-1252");
    assertThat(preview.statusCode()).isEqualTo(200);
    String revision = AdministrationPageTest.hidden(preview.asString(), "revision");
    restore(); // another import: a new revision
    try {
      Response stale = confirm(preview.asString(), false);
      assertThat(stale.statusCode()).isEqualTo(409);
      assertThat(stale.asString())
          .contains(
              "Importen genomfördes inte.",
              "Organisationen har ändrats sedan förhandsgranskningen (revision");
      assertThat(AdministrationPageTest.hidden(stale.asString(), "revision"))
          .isNotEqualTo(revision);
      assertThat(adminName()).isEqualTo("Oskar Lundin");
    } finally {
      restore();
    }
  }

  @Test
  void only_administrators_confirm_and_only_with_the_forms_csrf_token() {
    Response preview =
        upload(
            "malarvik.json",
            ImportDocuments.json(ImportDocuments.demo())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            null);
    String token = AdministrationPageTest.hidden(preview.asString(), "token");
    String revision = AdministrationPageTest.hidden(preview.asString(), "revision");
    given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin("kd"))
        .cookie("samspel_csrf", CSRF)
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", CSRF)
        .formParam("token", token)
        .formParam("revision", revision)
        .post("/administration/organisation/genomfor")
        .then()
        .statusCode(403);
    asAdmin()
        .contentType("application/x-www-form-urlencoded")
        .formParam("_csrf", "d".repeat(43))
        .formParam("token", token)
        .formParam("revision", revision)
        .post("/administration/organisation/genomfor")
        .then()
        .statusCode(403);
  }
}
