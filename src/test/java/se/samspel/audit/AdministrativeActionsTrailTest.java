package se.samspel.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.Fixtures;
import se.samspel.support.PolicyDocuments;
import se.samspel.support.Tokens;

/**
 * Policy uploads, redactions of the deviation record and substitutions arranged for another are
 * kept in the administrators' audit trail (issue 18), each in the transaction of its action: an
 * acknowledged action has its entry with the right actor and a summary of ids, versions, counts and
 * dates; a failed one has none. The trail is filtered by kind and time, refuses what it cannot read
 * with a problem naming the parameter, is for administrators only, and the Administration page
 * names the new kinds in Swedish and English.
 *
 * <p>In the demo organisation Sara Lind (larare, P-LARARE) reports to Eva Sjöberg (rektor,
 * P-REKTOR); the administrator "admin" is Oskar Lundin (P-ADMIN).
 */
@QuarkusTest
class AdministrativeActionsTrailTest {

  private static final String AUDIT = "/api/administration/audit";
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void disarm() {
    FailAfterTheTrail.ARMED.set(false);
  }

  // ---- policy uploads --------------------------------------------------------------------------

  static String alingsasVersion(String marker) {
    return PolicyDocuments.alingsasVersion(marker);
  }

  static String alingsasValidFrom() throws Exception {
    return JSON.readTree(Fixtures.resource("policies/alingsas-2022.json"))
        .path("provenance")
        .path("validFrom")
        .asText();
  }

  static ValidatableResponse uploadPolicy(String document) {
    return asAdministrator()
        .contentType(ContentType.JSON)
        .body(document)
        .post("/api/policies")
        .then();
  }

  @Test
  void a_policy_upload_is_kept_with_its_administrator_key_and_version() throws Exception {
    String document = alingsasVersion(UUID.randomUUID().toString());
    int version = uploadPolicy(document).statusCode(201).extract().path("version");

    Map<String, Object> entry = newest("POLICY_UPLOADED");
    assertThat(entry.get("actorPerson")).isEqualTo("P-ADMIN");
    assertThat(entry.get("actorLogin")).isEqualTo("admin");
    Map<?, ?> summary = (Map<?, ?>) entry.get("summary");
    assertThat(summary.get("key")).isEqualTo("alingsas");
    assertThat(summary.get("version")).isEqualTo(version);
    assertThat(summary.get("validFrom")).isEqualTo(alingsasValidFrom());
    assertThat(summary.get("contentHash")).asString().isNotBlank();
    assertThat(summary.get("rules")).isInstanceOf(Integer.class);
    // Ids and versions, not the document's text.
    assertThat(summary.toString()).doesNotContain("Riktlinje", "title");

    // The same content again stores nothing, and so is not kept.
    long before = total("POLICY_UPLOADED");
    uploadPolicy(document).statusCode(201).body("version", equalTo(version));
    assertThat(total("POLICY_UPLOADED")).isEqualTo(before);
  }

  @Test
  void a_refused_or_failed_policy_upload_leaves_no_entry() throws Exception {
    long before = total("POLICY_UPLOADED");
    ObjectNode invalid = (ObjectNode) JSON.readTree(alingsasVersion("invalid"));
    invalid.withArray("rules").add(JSON.createObjectNode().put("id", "NO-SOURCE"));
    uploadPolicy(invalid.toString()).statusCode(422);
    assertThat(total("POLICY_UPLOADED")).isEqualTo(before);

    int versions = as("kd").get("/api/policies").then().extract().path("size()");
    FailAfterTheTrail.ARMED.set(true);
    uploadPolicy(alingsasVersion(UUID.randomUUID().toString())).statusCode(500);
    FailAfterTheTrail.ARMED.set(false);
    assertThat(total("POLICY_UPLOADED")).isEqualTo(before);
    as("kd").get("/api/policies").then().body("size()", equalTo(versions));
  }

  // ---- redactions ------------------------------------------------------------------------------

  static ValidatableResponse redact(String person) {
    return asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"person\":\"" + person + "\"}")
        .post("/api/deviations/redactions")
        .then();
  }

  @Test
  void a_redaction_is_kept_with_the_person_and_the_entries_blanked() {
    int entries = redact("P-AUDIT-REDACTED").statusCode(200).extract().path("entries");

    Map<String, Object> entry = newest("PERSONAL_DATA_REDACTED");
    assertThat(entry.get("actorPerson")).isEqualTo("P-ADMIN");
    assertThat(entry.get("actorLogin")).isEqualTo("admin");
    assertThat(entry.get("summary"))
        .isEqualTo(Map.of("person", "P-AUDIT-REDACTED", "entries", entries));
  }

  @Test
  void a_failed_redaction_leaves_no_entry() {
    long before = total("PERSONAL_DATA_REDACTED");
    FailAfterTheTrail.ARMED.set(true);
    redact("P-AUDIT-FAILED").statusCode(500);
    FailAfterTheTrail.ARMED.set(false);
    assertThat(total("PERSONAL_DATA_REDACTED")).isEqualTo(before);
  }

  // ---- substitutions ---------------------------------------------------------------------------

  static String substitution(String absent, String substitute, String from, String to) {
    return "{"
        + (absent == null ? "" : "\"absent\":\"" + absent + "\",")
        + "\"substitute\":\""
        + substitute
        + "\",\"from\":\""
        + from
        + "\",\"to\":\""
        + to
        + "\",\"reason\":\"Sjukskriven XQ-4471\"}";
  }

  static ValidatableResponse name(String login, String body) {
    return as(login).contentType(ContentType.JSON).body(body).post("/api/substitutions").then();
  }

  @Test
  void a_manager_naming_and_ending_a_substitute_for_a_report_is_kept_without_the_reason() {
    String id =
        name("rektor", substitution("P-LARARE", "P-VC-GR", "2093-04-01", "2093-04-10"))
            .statusCode(201)
            .extract()
            .path("id");
    try {
      Map<String, Object> named = newest("SUBSTITUTE_NAMED_FOR_ANOTHER");
      assertThat(named.get("actorPerson")).isEqualTo("P-REKTOR");
      assertThat(named.get("summary"))
          .isEqualTo(
              Map.of(
                  "substitution", id,
                  "absent", "P-LARARE",
                  "substitute", "P-VC-GR",
                  "from", "2093-04-01",
                  "to", "2093-04-10"));
    } finally {
      as("rektor").post("/api/substitutions/" + id + "/end").then().statusCode(200);
    }
    Map<String, Object> ended = newest("SUBSTITUTION_ENDED_FOR_ANOTHER");
    assertThat(ended.get("actorPerson")).isEqualTo("P-REKTOR");
    Map<?, ?> summary = (Map<?, ?>) ended.get("summary");
    assertThat(summary.get("substitution")).isEqualTo(id);
    assertThat(summary.get("absent")).isEqualTo("P-LARARE");
    assertThat(summary.get("endedFrom")).asString().matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(asAdministrator().get(AUDIT + "?size=100").asString()).doesNotContain("XQ-4471");
  }

  @Test
  void a_person_arranging_their_own_absence_is_not_kept() {
    long named = total("SUBSTITUTE_NAMED_FOR_ANOTHER");
    long ended = total("SUBSTITUTION_ENDED_FOR_ANOTHER");
    String id =
        name("larare", substitution(null, "P-VC-GR", "2093-05-01", "2093-05-03"))
            .statusCode(201)
            .extract()
            .path("id");
    as("larare").post("/api/substitutions/" + id + "/end").then().statusCode(200);
    assertThat(total("SUBSTITUTE_NAMED_FOR_ANOTHER")).isEqualTo(named);
    assertThat(total("SUBSTITUTION_ENDED_FOR_ANOTHER")).isEqualTo(ended);
  }

  @Test
  void a_failed_substitution_leaves_no_entry_and_no_substitution() {
    long before = total("SUBSTITUTE_NAMED_FOR_ANOTHER");
    String body = substitution("P-LARARE", "P-VC-GR", "2093-06-01", "2093-06-02");
    FailAfterTheTrail.ARMED.set(true);
    name("rektor", body).statusCode(500);
    FailAfterTheTrail.ARMED.set(false);
    assertThat(total("SUBSTITUTE_NAMED_FOR_ANOTHER")).isEqualTo(before);
    // Nothing was stored: the same period can be named now, with no overlap.
    String id = name("rektor", body).statusCode(201).extract().path("id");
    as("rektor").post("/api/substitutions/" + id + "/end").then().statusCode(200);
    assertThat(total("SUBSTITUTE_NAMED_FOR_ANOTHER")).isEqualTo(before + 1);
  }

  // ---- reading the trail -----------------------------------------------------------------------

  @Test
  void the_trail_is_filtered_by_kind_and_time() throws Exception {
    uploadPolicy(alingsasVersion(UUID.randomUUID().toString())).statusCode(201);
    JsonPath all =
        asAdministrator().get(AUDIT + "?size=100").then().statusCode(200).extract().jsonPath();
    String newestAt = all.getString("items[0].at");

    List<String> kinds =
        asAdministrator()
            .get(AUDIT + "?kind=policy_uploaded&size=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.kind");
    assertThat(kinds).isNotEmpty().containsOnly("POLICY_UPLOADED");

    // From the newest entry's instant on: it is listed; before it, it is not.
    asAdministrator()
        .get(AUDIT + "?from=" + newestAt)
        .then()
        .statusCode(200)
        .body("items.at", hasItem(newestAt));
    List<String> earlier =
        asAdministrator()
            .get(AUDIT + "?to=" + newestAt + "&size=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.at");
    assertThat(earlier).doesNotContain(newestAt);
    // A day reaches to its end; a day long past lists nothing.
    asAdministrator()
        .get(AUDIT + "?to=2000-01-01")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    asAdministrator()
        .get(AUDIT + "?from=2000-01-01&to=2999-12-31")
        .then()
        .statusCode(200)
        .body("total", equalTo(all.getInt("total")));
  }

  @Test
  void a_filter_the_trail_cannot_read_is_a_problem_naming_the_parameter() {
    problem(asAdministrator().get(AUDIT + "?kind=UPLOAD").then(), "kind")
        .body("errors[0].reason", startsWith("unknown kind 'UPLOAD'; expected one of"));
    problem(asAdministrator().get(AUDIT + "?from=igår").then(), "from");
    problem(asAdministrator().get(AUDIT + "?to=2026-13-45").then(), "to");
    problem(asAdministrator().get(AUDIT + "?from=2026-11-30&to=2026-11-01").then(), "to");
  }

  @Test
  void only_administrators_read_the_trail_even_filtered() {
    for (String login : List.of("kd", "rektor", "larare")) {
      as(login)
          .get(AUDIT + "?kind=POLICY_UPLOADED")
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"))
          .body("code", equalTo("forbidden"));
    }
    anonymous()
        .get(AUDIT + "?kind=POLICY_UPLOADED")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void the_administration_page_names_the_new_kinds_in_swedish_and_english_and_filters_by_kind()
      throws Exception {
    uploadPolicy(alingsasVersion(UUID.randomUUID().toString())).statusCode(201);
    redact("P-AUDIT-PAGE").statusCode(200);

    Document swedish = page("/administration?kind=POLICY_UPLOADED", "sv");
    assertThat(swedish.select("#audit-kind option[selected]").attr("value"))
        .isEqualTo("POLICY_UPLOADED");
    assertThat(swedish.select("#audit-trail tbody tr").eachAttr("data-kind"))
        .isNotEmpty()
        .containsOnly("POLICY_UPLOADED");
    assertThat(swedish.select("#audit-trail tbody tr").first().text())
        .contains(
            "Ny version av riktlinjen", "Oskar Lundin (admin)", "Riktlinjen alingsas, version");

    Document english = page("/administration?kind=PERSONAL_DATA_REDACTED", "en");
    assertThat(english.select("#audit-trail tbody tr").first().text())
        .contains("Personal data redacted from the deviation record", "P-AUDIT-PAGE");
    assertThat(english.select("#audit-kind option").eachText())
        .contains("New version of the guideline", "Substitute named for someone else");

    Document unknown = page("/administration?kind=NOTHING", "sv");
    assertThat(unknown.select("#audit-kind-error").text())
        .isEqualTo("Samspel känner inte till det slaget av åtgärd; alla slag visas.");
    assertThat(unknown.select("#audit-kind").attr("aria-invalid")).isEqualTo("true");
  }

  @Test
  void the_administration_page_is_refused_to_others_whatever_the_kind() {
    given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin("kd"))
        .get("/administration?kind=POLICY_UPLOADED")
        .then()
        .statusCode(403);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Document page(String path, String lang) {
    String html =
        given()
            .redirects()
            .follow(false)
            .cookie("samspel_token", Tokens.administrator("admin"))
            .cookie("samspel_lang", lang)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return Jsoup.parse(html);
  }

  private static ValidatableResponse problem(ValidatableResponse response, String field) {
    return response
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("invalid-input"))
        .body("errors[0].field", equalTo(field));
  }

  private static Map<String, Object> newest(String kind) {
    return asAdministrator()
        .get(AUDIT + "?size=1&kind=" + kind)
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo(kind))
        .extract()
        .path("items[0]");
  }

  private static long total(String kind) {
    return ((Number)
            asAdministrator()
                .get(AUDIT + "?size=1&kind=" + kind)
                .then()
                .statusCode(200)
                .extract()
                .path("total"))
        .longValue();
  }
}
