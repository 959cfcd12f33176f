package se.samspel.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static se.samspel.support.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.PositionJson;
import se.samspel.organisation.importing.OrganisationImportRequest.UnitJson;
import se.samspel.support.Fixtures;
import se.samspel.support.ImportDocuments;
import se.samspel.support.Tokens;

/**
 * The administration page over real HTTP, as a browser without script posts it (plain multipart):
 * only administrators, only with the form's CSRF token; a rejected file lists its problems and
 * changes nothing (checked through the API); an accepted one says what changed.
 */
@QuarkusTest
public class AdministrationPageTest {

  private static final String CSRF = "a".repeat(43);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RequestSpecification asAdmin() {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.administrator("admin"))
        .cookie("samspel_csrf", CSRF);
  }

  private static Response upload(
      RequestSpecification who, String path, String csrf, String fileName, String content) {
    RequestSpecification request =
        who.multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8), mime(fileName));
    if (csrf != null) {
      request = request.multiPart("_csrf", csrf);
    }
    return request.post(path);
  }

  private static String mime(String fileName) {
    return fileName.endsWith(".csv") ? "text/csv" : "application/json";
  }

  /** The demo organisation, with the education department renamed and a reporting line broken. */
  public static String brokenOrganisation() {
    OrganisationImportRequest demo = ImportDocuments.demo();
    List<UnitJson> units = new ArrayList<>();
    for (UnitJson u : demo.units()) {
      units.add(
          u.id().equals("U-BUF")
              ? new UnitJson(
                  u.id(),
                  "Omdöpt förvaltning",
                  u.kind(),
                  u.parent(),
                  u.responsibleCommittee(),
                  u.head())
              : u);
    }
    List<PositionJson> positions = new ArrayList<>(demo.positions());
    int broken = -1;
    for (int i = 0; i < positions.size(); i++) {
      PositionJson p = positions.get(i);
      if (p.id().equals("POS-LARARE-1")) {
        positions.set(
            i,
            new PositionJson(
                p.id(),
                p.title(),
                p.kind(),
                p.unit(),
                "POS-FINNS-INTE",
                p.holder(),
                p.party(),
                p.acting()));
        broken = i;
      }
    }
    assertThat(broken).isNotNegative();
    return ImportDocuments.json(new OrganisationImportRequest(units, positions, demo.people()));
  }

  static String reportsTo(String position) {
    return as("kd")
        .get("/api/positions/" + position)
        .then()
        .statusCode(200)
        .extract()
        .path("nearestManager.id");
  }

  static String unitName(String id) {
    return as("kd").get("/api/units/" + id).then().statusCode(200).extract().path("name");
  }

  @Test
  void only_administrators_reach_the_page_and_its_forms() {
    given()
        .redirects()
        .follow(false)
        .get("/administration")
        .then()
        .statusCode(303)
        .header("Location", containsString("/logga-in?next=%2Fadministration"));
    given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin("politiker"))
        .get("/administration")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("Du har inte behörighet"));
    Response refused =
        upload(
            given()
                .redirects()
                .follow(false)
                .cookie("samspel_token", Tokens.forLogin("kd"))
                .cookie("samspel_csrf", CSRF),
            "/administration/organisation",
            CSRF,
            "organisation.json",
            brokenOrganisation());
    assertThat(refused.statusCode()).isEqualTo(403);
    asAdmin()
        .get("/administration")
        .then()
        .statusCode(200)
        .body(containsString("Importera organisationen"), containsString("upload-progress.js"));
  }

  @Test
  void a_post_without_the_forms_csrf_token_is_refused_and_changes_nothing() {
    String before = unitName("U-BUF");
    Response response =
        upload(asAdmin(), "/administration/organisation", null, "org.json", brokenOrganisation());
    assertThat(response.statusCode()).isEqualTo(403);
    Response wrong =
        upload(
            asAdmin(),
            "/administration/organisation",
            "b".repeat(43),
            "org.json",
            "{\"units\":[]}");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(unitName("U-BUF")).isEqualTo(before);
  }

  @Test
  void an_invalid_organisation_is_shown_with_every_problem_and_nothing_changes() {
    String before = unitName("U-BUF");
    String teacherReportsTo = reportsTo("POS-LARARE-1");
    Response response =
        upload(asAdmin(), "/administration/organisation", CSRF, "org.json", brokenOrganisation());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("text/html");
    String html = response.asString();
    assertThat(html)
        .contains(
            "Filen org.json godtogs inte.",
            "Ingenting har ändrats.",
            "<code>positions[",
            "].reportsTo</code>",
            "POS-FINNS-INTE");
    assertThat(unitName("U-BUF")).isEqualTo(before).isEqualTo("Barn- och utbildningsförvaltningen");
    assertThat(reportsTo("POS-LARARE-1")).isEqualTo(teacherReportsTo).isEqualTo("POS-REKTOR-1");
  }

  @Test
  void a_csv_export_with_problems_names_their_lines_and_columns() {
    String csv =
        "unit_id;unit_name;unit_kind;parent_unit_id;position_id;position_kind;person_id\n"
            + "U-X;X;MUNICIPALITY;;;;\n"
            + "U-Y;Y;NO_SUCH_KIND;U-X;POS-Y;STAFF_MEMBER;P-Y\n";
    Response response = upload(asAdmin(), "/administration/organisation", CSRF, "hr.csv", csv);
    assertThat(response.statusCode()).isEqualTo(422);
    String html = response.asString();
    assertThat(html).contains("Filen hr.csv godtogs inte.", "<code>unit_kind</code>");
    assertThat(html).containsPattern("<td data-label=\"Rad\">3</td>");
  }

  @Test
  void a_file_that_is_not_json_is_named_without_javas_words() {
    Response response =
        upload(
            asAdmin(), "/administration/organisation", CSRF, "org.json", "{\"units\": [ {\"id\": ");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.asString())
        .contains("the file ends before the JSON document does")
        .doesNotContain("com.fasterxml", "Exception");
    Response unknown =
        upload(
            asAdmin(),
            "/administration/organisation",
            CSRF,
            "org.json",
            "{\"units\": [ {\"id\": \"U-1\", \"colour\": \"red\"} ]}");
    assertThat(unknown.asString()).contains("<code>units[0].colour</code>", "unknown field");
  }

  @Test
  void a_valid_organisation_is_previewed_first_and_imported_when_confirmed() {
    Response preview =
        upload(
            asAdmin(),
            "/administration/organisation",
            CSRF,
            "malarvik.json",
            ImportDocuments.json(ImportDocuments.demo()));
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.asString())
        .contains("Förhandsgranskning av malarvik.json", "Genomför importen")
        .doesNotContain("godtogs inte", "Organisationen är importerad");

    Response response = confirm(preview.asString(), false);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.asString())
        .contains(
            "Organisationen är importerad från malarvik.json.",
            "Organisationen har nu revision",
            "Det här ändrades")
        .doesNotContain("godtogs inte");
    assertThat(unitName("U-BUF")).isEqualTo("Barn- och utbildningsförvaltningen");
  }

  /** Posts the preview's "Genomför importen" form as a browser would. */
  static Response confirm(String previewHtml, boolean confirmLockOut) {
    RequestSpecification request =
        asAdmin()
            .contentType("application/x-www-form-urlencoded")
            .formParam("_csrf", CSRF)
            .formParam("token", hidden(previewHtml, "token"))
            .formParam("revision", hidden(previewHtml, "revision"));
    if (confirmLockOut) {
      request = request.formParam("confirmLockOut", "true");
    }
    return request.post("/administration/organisation/genomfor");
  }

  static String hidden(String html, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\">")
            .matcher(html);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return m.group(1);
  }

  @Test
  void an_invalid_policy_is_shown_with_its_problems_and_a_valid_one_is_stored() throws Exception {
    int versions = as("kd").get("/api/policies").then().extract().path("size()");
    Response invalid =
        upload(
            asAdmin(),
            "/administration/riktlinje",
            CSRF,
            "riktlinje.json",
            "{\"key\":\"kungsor\",\"rules\":[{\"id\":\"A\",\"colour\":\"red\"}]}");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.asString()).contains("<code>rules[0].colour</code>", "unknown field");

    ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    ((ObjectNode) doc.get("rules").get(2)).remove("source");
    Response incomplete =
        upload(asAdmin(), "/administration/riktlinje", CSRF, "riktlinje.json", doc.toString());
    assertThat(incomplete.statusCode()).isEqualTo(422);
    assertThat(incomplete.asString()).contains("<code>rules[2].source</code>");
    as("kd").get("/api/policies").then().body("size()", equalTo(versions));

    // A guideline of another key is stored as its version 1 and does not replace the active one.
    ObjectNode other = (ObjectNode) JSON.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    other.put("key", "webbsidetest");
    Response stored =
        upload(asAdmin(), "/administration/riktlinje", CSRF, "annan.json", other.toString());
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.asString())
        .contains("Riktlinjen i annan.json är sparad som version 1.")
        .contains("/riktlinje/webbsidetest/1");
    as("kd").get("/api/policies/active").then().body("key", equalTo("kungsor"));
    as("kd")
        .get("/api/policies")
        .then()
        .body("size()", equalTo(versions + 1))
        .body("key", org.hamcrest.Matchers.hasItem("webbsidetest"));
    as("kd").get("/api/policies/active").then().body("key", not(equalTo("webbsidetest")));
  }
}
