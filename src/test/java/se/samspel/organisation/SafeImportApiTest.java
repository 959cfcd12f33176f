package se.samspel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.importing.CsvOrganisationFormat;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.PersonJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PositionJson;
import se.samspel.organisation.importing.OrganisationImportRequest.UnitJson;
import se.samspel.support.ImportDocuments;
import se.samspel.support.StoredData;

/**
 * Imports that cannot hurt (issue 15), over HTTP: the CSV's encoding is honoured or the file
 * refused naming the line and column of the first bad byte; a dry run answers what an import would
 * do and writes nothing, with the counts the real import then answers; an import that would retire
 * its caller needs confirming; and every import is kept in the administrators' audit trail. The
 * demo organisation is the shared fixture; a test that changes it restores it before it ends.
 */
@QuarkusTest
class SafeImportApiTest {

  private static final String IMPORT = "/api/organisation/import";
  private static final String AUDIT = "/api/administration/audit";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String NEW_NAME = "Åsa Öberg-Lindström";

  @Inject AgroalDataSource dataSource;

  /** An administrator's request whose Content-Type is sent exactly as given. */
  private static RequestSpecification admin(String contentType) {
    return asAdministrator()
        .config(
            RestAssuredConfig.config()
                .encoderConfig(
                    EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .contentType(contentType);
  }

  /** The demo organisation as CSV, with the administrator renamed to a name with å and ö. */
  private static String demoCsvWithRenamedAdministrator() {
    Organisation demo = validDemo();
    List<Person> people = new ArrayList<>();
    for (Person p : demo.people()) {
      people.add(
          p.id().value().equals("P-ADMIN")
              ? new Person(p.id(), NEW_NAME, p.email(), p.login())
              : p);
    }
    return CsvOrganisationFormat.toCsv(new Organisation(demo.units(), demo.positions(), people));
  }

  private static Organisation validDemo() {
    return ((ImportValidator.ImportResult.Valid) ImportValidator.validate(DemoOrganisation.build()))
        .organisation();
  }

  private static int lineOf(String csv, String text) {
    String[] lines = csv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is on no line");
  }

  private static String adminName() {
    return as("kd").get("/api/people/P-ADMIN").then().statusCode(200).extract().path("name");
  }

  private static void restore() {
    admin("application/json")
        .body(ImportDocuments.json(ImportDocuments.demo()))
        .post(IMPORT + "?confirmLockOut=true")
        .then()
        .statusCode(200);
  }

  @Test
  void a_windows_1252_csv_declared_as_such_keeps_its_letters() {
    String csv = demoCsvWithRenamedAdministrator();
    try {
      admin("text/csv; charset=Windows-1252")
          .body(csv.getBytes(WINDOWS_1252))
          .post(IMPORT)
          .then()
          .statusCode(200)
          .body("peopleUpdated", equalTo(1))
          .body("peopleCreated", equalTo(0));
      assertThat(adminName()).isEqualTo(NEW_NAME);
      asAdministrator()
          .get(AUDIT)
          .then()
          .statusCode(200)
          .body("items[0].kind", equalTo("ORGANISATION_IMPORTED"))
          .body("items[0].actorLogin", equalTo("admin"))
          .body("items[0].actorPerson", equalTo("P-ADMIN"))
          .body("items[0].summary.format", equalTo("csv"))
          .body("items[0].summary.charset", equalTo("windows-1252"))
          .body("items[0].summary.peopleUpdated", equalTo(1));
    } finally {
      restore();
    }
    assertThat(adminName()).isEqualTo("Oskar Lundin");
  }

  @Test
  void the_same_bytes_without_a_charset_are_422_naming_the_line_and_column_and_nothing_changes()
      throws Exception {
    String csv = demoCsvWithRenamedAdministrator();
    Map<String, String> stored = StoredData.snapshot(dataSource);
    JsonPath problem =
        admin("text/csv")
            .body(csv.getBytes(WINDOWS_1252))
            .post(IMPORT)
            .then()
            .statusCode(422)
            .contentType(startsWith("application/problem+json"))
            .body("code", equalTo("import-encoding"))
            .extract()
            .jsonPath();
    // The first byte that is not UTF-8: the first Windows-1252 letter outside ASCII in the file.
    int firstBad = firstNonAscii(csv);
    String before = csv.substring(0, firstBad);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    String header = csv.substring(0, csv.indexOf('\n'));
    String column =
        header
            .split(";")[
            (int)
                before
                    .substring(before.lastIndexOf('\n') + 1)
                    .chars()
                    .filter(c -> c == ';')
                    .count()];
    assertThat(problem.getInt("errors[0].row")).isEqualTo(line);
    assertThat(problem.getString("errors[0].field")).isEqualTo(column);
    assertThat(problem.getString("errors[0].reason")).contains("charset=windows-1252");
    assertThat(StoredData.snapshot(dataSource)).isEqualTo(stored);
    assertThat(adminName()).isEqualTo("Oskar Lundin");
  }

  private static int firstNonAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return i;
      }
    }
    throw new AssertionError("no letter outside ASCII");
  }

  @Test
  void iso_8859_1_and_its_alias_latin1_are_read_as_declared() {
    String csv = demoCsvWithRenamedAdministrator();
    try {
      for (String charset : List.of("ISO-8859-1", "latin1")) {
        admin("text/csv; charset=" + charset)
            .body(csv.getBytes(StandardCharsets.ISO_8859_1))
            .post(IMPORT)
            .then()
            .statusCode(200);
        assertThat(adminName()).isEqualTo(NEW_NAME);
      }
    } finally {
      restore();
    }
  }

  @Test
  void utf_8_with_a_byte_order_mark_is_read_without_it() {
    String csv = demoCsvWithRenamedAdministrator();
    byte[] text = csv.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    try {
      admin("text/csv")
          .body(withBom)
          .post(IMPORT)
          .then()
          .statusCode(200)
          .body("unitsCreated", equalTo(0));
      assertThat(adminName()).isEqualTo(NEW_NAME);
    } finally {
      restore();
    }
  }

  @Test
  void a_replacement_character_is_never_stored() throws Exception {
    String csv = demoCsvWithRenamedAdministrator().replace(NEW_NAME, "\uFFFDsa \uFFFDberg");
    Map<String, String> stored = StoredData.snapshot(dataSource);
    admin("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post(IMPORT)
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].row", equalTo(lineOf(csv, "\uFFFDsa")))
        .body("errors[0].field", equalTo("person_name"))
        .body("errors[0].reason", containsString("U+FFFD"));
    assertThat(StoredData.snapshot(dataSource)).isEqualTo(stored);
  }

  @Test
  void utf_8_declared_windows_1252_is_refused_for_its_encoding_first_and_alone() throws Exception {
    String csv = demoCsvWithRenamedAdministrator();
    byte[] text = csv.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Map<String, String> stored = StoredData.snapshot(dataSource);
    // With a byte-order mark: before the fix, "unit_id: the header lacks this column".
    admin("text/csv; charset=windows-1252")
        .body(withBom)
        .post(IMPORT)
        .then()
        .statusCode(422)
        .body("code", equalTo("import-encoding"))
        .body("errors.field", contains("charset"))
        .body("errors[0].row", equalTo(1))
        .body("detail", containsString("looks like UTF-8"))
        .body("detail", containsString("line 1, column header"));
    // Without one: before the fix, imported as "Ã\u0085sa Ã\u0096berg".
    admin("text/csv; charset=iso-8859-1")
        .body(text)
        .post(IMPORT)
        .then()
        .statusCode(422)
        .body("code", equalTo("import-encoding"))
        .body("errors.field", contains("charset"))
        .body(
            "errors[0].row",
            equalTo(lineOf(csv, csv.substring(firstNonAscii(csv)).substring(0, 1))))
        .body("errors[0].reason", startsWith("column "))
        .body("errors[0].reason", containsString("charset=utf-8"));
    assertThat(StoredData.snapshot(dataSource)).isEqualTo(stored);
  }

  @Test
  void a_replacement_character_is_named_as_such_not_as_invalid_encoding() {
    String csv = demoCsvWithRenamedAdministrator().replace(NEW_NAME, "\uFFFDsa Berg");
    admin("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post(IMPORT)
        .then()
        .statusCode(422)
        .body("detail", containsString("replacement character U+FFFD"))
        .body("detail", org.hamcrest.Matchers.not(containsString("not valid")));
  }

  @Test
  void excel_quotes_declared_iso_8859_1_are_refused_as_control_characters() {
    String csv = demoCsvWithRenamedAdministrator().replace(NEW_NAME, "Åsa \u0092Ö\u0092 Berg");
    admin("text/csv; charset=iso-8859-1")
        .body(csv.getBytes(StandardCharsets.ISO_8859_1))
        .post(IMPORT)
        .then()
        .statusCode(422)
        .body("code", equalTo("import-encoding"))
        .body("errors[0].row", equalTo(lineOf(csv, "\u0092")))
        .body("errors[0].field", equalTo("person_name"))
        .body("errors[0].reason", containsString("probably Windows-1252"));
    assertThat(adminName()).isEqualTo("Oskar Lundin");
  }

  @Test
  void json_with_a_latin_1_byte_says_json_must_be_utf_8() {
    byte[] body =
        "{\"units\":[{\"id\":\"U-1\",\"name\":\"Kommunstyrelsen Örebro\"}]}"
            .getBytes(StandardCharsets.ISO_8859_1);
    admin("application/json")
        .body(body)
        .post(IMPORT + "?dryRun=true")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("malformed-json"))
        .body("detail", containsString("not UTF-8"))
        .body("detail", containsString("RFC 8259"))
        .body("errors[0].reason", containsString("line 1, column"));
  }

  @Test
  void a_replacement_character_in_json_is_refused_naming_its_path() throws Exception {
    OrganisationImportRequest demo = ImportDocuments.demo();
    List<PersonJson> people = new ArrayList<>();
    int index = -1;
    for (PersonJson p : demo.people()) {
      if (p.id().equals("P-ADMIN")) {
        index = people.size();
        p = new PersonJson(p.id(), "\uFFFDsa", p.email(), p.login());
      }
      people.add(p);
    }
    Map<String, String> stored = StoredData.snapshot(dataSource);
    admin("application/json")
        .body(
            ImportDocuments.json(
                new OrganisationImportRequest(demo.units(), demo.positions(), people)))
        .post(IMPORT + "?dryRun=true")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("people[" + index + "].name"));
    assertThat(StoredData.snapshot(dataSource)).isEqualTo(stored);
  }

  @Test
  void text_plain_and_other_charsets_are_415_problems() {
    String csv = demoCsvWithRenamedAdministrator();
    admin("text/plain")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post(IMPORT)
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"))
        .body("detail", containsString("text/csv"))
        .body("detail", containsString("charset=windows-1252"))
        .body("detail", containsString("application/json"))
        .body("detail", containsString("'text/plain'"));
    admin("text/csv; charset=UTF-16")
        .body(csv.getBytes(StandardCharsets.UTF_16))
        .post(IMPORT)
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("charset"));
    assertThat(adminName()).isEqualTo("Oskar Lundin");
  }

  /** The demo organisation with the education department head's post vacant and a unit renamed. */
  private static OrganisationImportRequest headVacantAndUnitRenamed() {
    OrganisationImportRequest demo = ImportDocuments.demo();
    List<PositionJson> positions = new ArrayList<>();
    for (PositionJson p : demo.positions()) {
      positions.add(
          p.id().equals("POS-FC-BUF")
              ? new PositionJson(
                  p.id(), p.title(), p.kind(), p.unit(), p.reportsTo(), null, p.party(), p.acting())
              : p);
    }
    List<UnitJson> units = new ArrayList<>();
    for (UnitJson u : demo.units()) {
      units.add(
          u.id().equals("U-BUF")
              ? new UnitJson(
                  u.id(),
                  "Utbildningsförvaltningen",
                  u.kind(),
                  u.parent(),
                  u.responsibleCommittee(),
                  u.head())
              : u);
    }
    List<PersonJson> people = new ArrayList<>(demo.people());
    people.removeIf(p -> p.id().equals("P-FC-BUF"));
    return new OrganisationImportRequest(units, positions, people);
  }

  @Test
  void a_dry_run_answers_what_would_change_writes_nothing_and_counts_as_the_import_does()
      throws Exception {
    String request =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Förhandsgranskning\",\"purpose\":\"Test av torrkörning\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .body("waiting.position.id", equalTo("POS-FC-BUF"))
            .extract()
            .path("id");
    String document = ImportDocuments.json(headVacantAndUnitRenamed());
    try {
      Map<String, String> stored = StoredData.snapshot(dataSource);
      JsonPath preview =
          admin("application/json")
              .body(document)
              .post(IMPORT + "?dryRun=true")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(StoredData.snapshot(dataSource)).isEqualTo(stored);
      assertThat(preview.getList("units.updatedItems.id")).containsExactly("U-BUF");
      assertThat(preview.getList("units.updatedItems.name"))
          .containsExactly("Utbildningsförvaltningen");
      assertThat(preview.getList("positions.updatedItems.id")).containsExactly("POS-FC-BUF");
      assertThat(preview.getList("people.retiredItems.id")).containsExactly("P-FC-BUF");
      assertThat(preview.getList("people.retiredItems.name")).containsExactly("Lars Ek");
      assertThat(preview.getList("lostPositions.positionId")).contains("POS-FC-BUF");
      assertThat(preview.getList("lostPositions.personId")).contains("P-FC-BUF");
      List<Map<String, Object>> affected = preview.getList("affectedRequests");
      assertThat(affected)
          .filteredOn(a -> request.equals(a.get("requestId")))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.get("positionId")).isEqualTo("POS-FC-BUF");
                assertThat(a.get("currentHolderId")).isEqualTo("P-FC-BUF");
                assertThat(a.get("newHolderId")).isNull();
                assertThat(a.get("positionRetired")).isEqualTo(false);
              });
      assertThat(preview.getBoolean("lockOut.needsConfirmation")).isFalse();
      assertThat(preview.getString("lockOut.callerPersonId")).isEqualTo("P-ADMIN");
      assertThat(preview.getList("lockOut.administratorsKept")).containsExactly("admin");

      JsonPath summary =
          admin("application/json")
              .body(document)
              .post(IMPORT)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (String kind : List.of("units", "positions", "people")) {
        for (String change : List.of("Created", "Updated", "Retired")) {
          assertThat(summary.getInt(kind + change))
              .as(kind + change)
              .isEqualTo(preview.getInt(kind + "." + change.toLowerCase()));
        }
      }
      assertThat(summary.getLong("revision")).isEqualTo(preview.getLong("revision") + 1);
    } finally {
      restore();
      as("politiker")
          .contentType(ContentType.JSON)
          .body("{\"note\":\"Klart\"}")
          .post("/api/requests/" + request + "/withdraw");
    }
  }

  /** The demo organisation with the given position vacant (its holder stays a person). */
  private static String vacant(String positionId) {
    OrganisationImportRequest demo = ImportDocuments.demo();
    List<PositionJson> positions = new ArrayList<>();
    for (PositionJson p : demo.positions()) {
      positions.add(
          p.id().equals(positionId)
              ? new PositionJson(
                  p.id(), p.title(), p.kind(), p.unit(), p.reportsTo(), null, p.party(), p.acting())
              : p);
    }
    return ImportDocuments.json(
        new OrganisationImportRequest(demo.units(), positions, demo.people()));
  }

  @Test
  void a_dry_run_lists_only_the_step_a_request_waits_on_now_not_its_later_steps() {
    String request =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Senare steg\",\"purpose\":\"Test av torrkörning\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .body("hops.position.id", contains("POS-FC-BUF", "POS-REKTOR-1"))
            .body("hops.state", contains("PENDING", "PENDING"))
            .extract()
            .path("id");
    try {
      // The principal's post is the later ARRANGE step: no one waits on it until approval.
      List<String> laterStep =
          admin("application/json")
              .body(vacant("POS-REKTOR-1"))
              .post(IMPORT + "?dryRun=true")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("affectedRequests.requestId");
      assertThat(laterStep).doesNotContain(request);
      List<String> currentStep =
          admin("application/json")
              .body(vacant("POS-FC-BUF"))
              .post(IMPORT + "?dryRun=true")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("affectedRequests.requestId");
      assertThat(currentStep).contains(request);
    } finally {
      as("politiker")
          .contentType(ContentType.JSON)
          .body("{\"note\":\"Klart\"}")
          .post("/api/requests/" + request + "/withdraw");
    }
  }

  /** The demo organisation without the administrator's person. */
  private static String withoutTheAdministrator() {
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
    return ImportDocuments.json(new OrganisationImportRequest(demo.units(), positions, people));
  }

  @Test
  void an_import_that_retires_the_caller_is_409_until_confirmed_and_the_refusal_is_kept()
      throws Exception {
    String document = withoutTheAdministrator();
    admin("application/json")
        .body(document)
        .post(IMPORT + "?dryRun=true")
        .then()
        .statusCode(200)
        .body("lockOut.needsConfirmation", equalTo(true))
        .body("lockOut.callerRetired", equalTo(true))
        .body("lockOut.noAdministratorLeft", equalTo(true))
        .body("lockOut.administratorsGone", hasItem("admin"))
        .body("lockOut.reason", containsString("'admin'"))
        .body("lockOut.reasonCode", equalTo("NO_LOGIN"))
        .body("lockOut.reasonSubject", equalTo("admin"));

    Map<String, String> before = StoredData.snapshot(dataSource);
    admin("application/json")
        .body(document)
        .post(IMPORT)
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("import-would-lock-out"))
        .body("detail", containsString("Oskar Lundin (P-ADMIN)"))
        .body("errors.field", hasItem("confirmLockOut"));
    assertThat(adminName()).isEqualTo("Oskar Lundin");
    Map<String, String> after = StoredData.snapshot(dataSource);
    // Only the audit trail grew: the organisation is as it was.
    after.keySet().stream()
        .filter(table -> !table.equalsIgnoreCase("administrative_action"))
        .forEach(table -> assertThat(after.get(table)).as(table).isEqualTo(before.get(table)));
    asAdministrator()
        .get(AUDIT + "?size=1")
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("ORGANISATION_IMPORT_REFUSED"))
        .body("items[0].actorPerson", equalTo("P-ADMIN"))
        .body("items[0].summary.noAdministratorLeft", equalTo(true))
        .body("items[0].summary.reasonCode", equalTo("NO_LOGIN"))
        .body("items[0].summary.reasonSubject", equalTo("admin"));

    try {
      admin("application/json")
          .body(document)
          .post(IMPORT + "?confirmLockOut=true")
          .then()
          .statusCode(200)
          .body("peopleRetired", equalTo(1));
      as("kd").get("/api/people/P-ADMIN").then().statusCode(404);
    } finally {
      // The administrator's group still makes him one, though he is no person now: he restores.
      restore();
    }
    assertThat(adminName()).isEqualTo("Oskar Lundin");
  }

  @Test
  void a_flag_that_is_not_a_boolean_is_400_naming_it() {
    admin("application/json")
        .body(ImportDocuments.json(ImportDocuments.demo()))
        .post(IMPORT + "?dryRun=yes")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("dryRun"));
  }

  @Test
  void the_audit_trail_is_for_administrators_only() {
    anonymous()
        .get(AUDIT)
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
    for (String login : List.of("kd", "kso")) {
      as(login)
          .get(AUDIT)
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"));
    }
    asAdministrator().get(AUDIT + "?size=0").then().statusCode(400);
    asAdministrator().get(AUDIT).then().statusCode(200).body("page", equalTo(0));
  }
}
