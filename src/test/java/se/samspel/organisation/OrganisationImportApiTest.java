package se.samspel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.PersonJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PositionJson;
import se.samspel.organisation.importing.OrganisationImportRequest.UnitJson;
import se.samspel.support.ImportDocuments;

/**
 * Importing the organisation over HTTP. The demo organisation is the fixture every test shares, so
 * a test that changes it restores it before it ends.
 */
@QuarkusTest
class OrganisationImportApiTest {

  private static final String IMPORT = "/api/organisation/import";

  @Test
  void importing_requires_a_token() {
    anonymous()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(ImportDocuments.demo()))
        .post(IMPORT)
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void importing_is_forbidden_to_anyone_but_an_administrator() {
    for (String login : List.of("kd", "kso")) {
      as(login)
          .contentType(ContentType.JSON)
          .body(ImportDocuments.json(ImportDocuments.demo()))
          .post(IMPORT)
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"));
    }
  }

  @Test
  void an_invalid_document_is_422_listing_every_problem_and_nothing_is_stored() {
    OrganisationImportRequest demo = ImportDocuments.demo();
    int teacher = indexOfPosition(demo, "POS-LARARE-1");
    int school = indexOfUnit(demo, "U-SKOLA-1");
    int person = indexOfPerson(demo, "P-LARARE");
    List<PositionJson> positions = new ArrayList<>(demo.positions());
    PositionJson p = positions.get(teacher);
    positions.set(
        teacher,
        new PositionJson(
            p.id(), p.title(), p.kind(), p.unit(), "POS-NOPE", p.holder(), p.party(), p.acting()));
    List<UnitJson> units = new ArrayList<>(demo.units());
    UnitJson u = units.get(school);
    units.set(
        school,
        new UnitJson(
            u.id(), "Renamed school", u.kind(), "U-NOPE", u.responsibleCommittee(), u.head()));
    List<PersonJson> people = new ArrayList<>(demo.people());
    PersonJson pe = people.get(person);
    people.set(person, new PersonJson(pe.id(), pe.name(), "not an e-mail", pe.login()));

    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(new OrganisationImportRequest(units, positions, people)))
        .post(IMPORT)
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("import-invalid"))
        .body(
            "errors.field",
            containsInAnyOrder(
                "positions[" + teacher + "].reportsTo",
                "units[" + school + "].parent",
                "people[" + person + "].email"))
        .body("detail", startsWith("3 problem(s) found"));

    as("larare")
        .get("/api/units/U-SKOLA-1")
        .then()
        .statusCode(200)
        .body("name", equalTo(u.name()))
        .body("parent.id", equalTo(u.parent()));
    as("larare")
        .get("/api/positions/POS-LARARE-1")
        .then()
        .statusCode(200)
        .body("nearestManager.id", equalTo(p.reportsTo()));
    as("larare")
        .get("/api/people/P-LARARE")
        .then()
        .statusCode(200)
        .body("email", equalTo(pe.email()));
  }

  @Test
  void a_document_without_an_organisation_is_422_naming_what_is_missing() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"units\":[],\"positions\":[],\"people\":[]}")
        .post(IMPORT)
        .then()
        .statusCode(422)
        .body("errors.size()", greaterThanOrEqualTo(1));
    as("larare").get("/api/units/tree").then().statusCode(200).body("id", equalTo("U-KOMMUN"));
  }

  @Test
  void a_valid_reimport_updates_in_place_without_breaking_references() {
    OrganisationImportRequest original = ImportDocuments.demo();
    int department = indexOfUnit(original, "U-BUF");
    List<UnitJson> units = new ArrayList<>(original.units());
    UnitJson buf = units.get(department);
    units.set(
        department,
        new UnitJson(
            buf.id(),
            "Utbildningsförvaltningen",
            buf.kind(),
            buf.parent(),
            buf.responsibleCommittee(),
            buf.head()));
    List<PositionJson> positions = new ArrayList<>(original.positions());
    positions.add(
        new PositionJson(
            "POS-LARARE-NY",
            "Lärare",
            "STAFF_MEMBER",
            "U-SKOLA-1",
            "POS-REKTOR-1",
            null,
            null,
            List.of()));
    try {
      asAdministrator()
          .contentType(ContentType.JSON)
          .body(
              ImportDocuments.json(
                  new OrganisationImportRequest(units, positions, original.people())))
          .post(IMPORT)
          .then()
          .statusCode(200)
          .body("unitsCreated", equalTo(0))
          .body("unitsUpdated", greaterThanOrEqualTo(1))
          .body("positionsCreated", equalTo(1))
          .body("positionsRetired", equalTo(0))
          .body("peopleRetired", equalTo(0));

      as("larare")
          .get("/api/units/U-BUF")
          .then()
          .statusCode(200)
          .body("name", equalTo("Utbildningsförvaltningen"))
          .body("head.id", equalTo("POS-FC-BUF"))
          .body("responsibleCommittee.id", equalTo("U-BUN"));
      as("kd")
          .get("/api/positions/POS-LARARE-NY")
          .then()
          .statusCode(200)
          .body("vacant", equalTo(true))
          .body("nearestManager.id", equalTo("POS-REKTOR-1"))
          .body("department.id", equalTo("U-BUF"))
          .body("department.name", equalTo("Utbildningsförvaltningen"));
      as("kd")
          .get("/api/positions/POS-LARARE-1")
          .then()
          .statusCode(200)
          .body("holder.id", equalTo("P-LARARE"))
          .body("departmentHead.id", equalTo("POS-FC-BUF"));
      // People keep their logins: the teacher's token still finds her.
      as("larare").get("/api/me").then().statusCode(200).body("personId", equalTo("P-LARARE"));
    } finally {
      restore(original);
    }
    as("kd").get("/api/positions/POS-LARARE-NY").then().statusCode(404);
    as("larare")
        .get("/api/units/U-BUF")
        .then()
        .body("name", equalTo("Barn- och utbildningsförvaltningen"));
  }

  @Test
  void an_invalid_csv_is_422_naming_the_line_and_the_column() {
    String csv =
        String.join(
            "\n",
            "unit_id;unit_name;unit_kind;parent_unit_id;position_id;position_title;position_kind;"
                + "reports_to_position_id;person_id;person_name",
            "U-X;Slottet;CASTLE;;POS-X;Vakt;STAFF_MEMBER;POS-NOPE;P-X;Ada Vakt",
            "U-X;;;;POS-Y;Vakt;STAFF_MEMBER;POS-X;P-Y;",
            "");
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
    assertThat(errors).allSatisfy(e -> assertThat(e).containsKeys("row", "field", "reason"));
    assertThat(errors.stream().map(e -> e.get("row") + ":" + e.get("field")))
        .contains("2:unit_kind", "2:reports_to_position_id", "3:person_name");
    // Columns, not JSON paths, name the fields of a CSV.
    assertThat(errors.stream().map(e -> (String) e.get("field")))
        .noneMatch(f -> f.contains("[") || f.contains("."));
    as("larare").get("/api/units/U-X").then().statusCode(404);
  }

  @Test
  void a_csv_sent_as_xml_is_415_problem() {
    asAdministrator()
        .contentType("application/xml")
        .body("unit_id;position_id;person_id\nU-X;POS-X;P-X\n")
        .post(IMPORT)
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(415));
  }

  @Test
  void malformed_json_is_400_malformed_json() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"units\": [ {\"id\": \"U-1\", ")
        .post(IMPORT)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("malformed-json"));
  }

  @Test
  void a_value_of_the_wrong_type_is_400_naming_the_field() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"units\":\"x\"}")
        .post(IMPORT)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("units"));
  }

  @Test
  void an_unknown_field_is_400_naming_it() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"units\":[],\"castles\":[]}")
        .post(IMPORT)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("castles"))
        .body("errors[0].reason", containsString("not a known field"));
  }

  @Test
  void an_empty_body_is_400() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("")
        .post(IMPORT)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors", hasSize(1));
    asAdministrator()
        .contentType("text/csv")
        .body("")
        .post(IMPORT)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
  }

  private static void restore(OrganisationImportRequest original) {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(original))
        .post(IMPORT)
        .then()
        .statusCode(200);
  }

  private static int indexOfUnit(OrganisationImportRequest document, String id) {
    return indexOf(document.units().size(), i -> document.units().get(i).id().equals(id));
  }

  private static int indexOfPosition(OrganisationImportRequest document, String id) {
    return indexOf(document.positions().size(), i -> document.positions().get(i).id().equals(id));
  }

  private static int indexOfPerson(OrganisationImportRequest document, String id) {
    return indexOf(document.people().size(), i -> document.people().get(i).id().equals(id));
  }

  private static int indexOf(int size, java.util.function.IntPredicate matches) {
    return IntStream.range(0, size).filter(matches).findFirst().orElseThrow();
  }
}
