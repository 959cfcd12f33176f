package se.samspel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's right of access (GDPR art. 15): the export holds what the parts hold about the person,
 * and of a whistleblowing report someone else made nothing but that it exists (lag (2021:890)).
 */
@QuarkusTest
class PersonalDataExportApiTest {

  private static String export(String person) {
    return "/api/administration/people/" + person + "/export";
  }

  private static String personOf(String login) {
    return as(login).get("/api/me").then().statusCode(200).extract().path("personId");
  }

  private static Response exportOf(String person) {
    Response response = asAdministrator().get(export(person));
    response.then().statusCode(200).contentType(startsWith("application/json"));
    return response;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void a_politicians_request_is_under_made_with_its_history_and_the_file_is_named() {
    String subject = "Lokalerna på Ekbacken " + UUID.randomUUID();
    String id = submit("politiker", "DIALOGUE", subject);
    String politician = personOf("politiker");

    Response response = exportOf(politician);
    assertThat(response.header("Content-Disposition"))
        .matches("attachment; filename=\"samspel-" + politician + "-\\d{4}-\\d{2}-\\d{2}\\.json\"");
    JsonPath json = response.jsonPath();
    assertThat(json.getString("person.id")).isEqualTo(politician);
    assertThat(json.getString("person.login")).isEqualTo("politiker");
    assertThat(json.getBoolean("person.retired")).isFalse();
    assertThat(json.getList("positions")).isNotEmpty();
    assertThat(json.getString("exportedAt")).isNotBlank();
    List<Map<String, Object>> made = json.getList("requests.made");
    Map<String, Object> request =
        made.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    assertThat(request.get("subject")).isEqualTo(subject);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> history = (List<Map<String, Object>>) request.get("history");
    assertThat(history).extracting(e -> e.get("event")).contains("SUBMITTED");
    assertThat(json.getList("deviations")).isNotNull();
    assertThat(json.getList("substitutions")).isNotNull();
    assertThat(json.getList("siteVisits")).isNotNull();
    assertThat(json.getList("administrativeActions")).isNotNull();
    // Made is not repeated in the other sections.
    assertThat(response.asString()).containsOnlyOnce(subject);
  }

  @Test
  void a_whistleblowing_report_is_the_reporters_in_full_and_withheld_from_the_person_it_names() {
    String rektor = personOf("rektor");
    String before = exportOf(rektor).asString();

    String subject = "Misstänkt jäv vid upphandling " + UUID.randomUUID();
    String report = submit("larare", "SUSPECTED_WRONGDOING", subject);
    String createdAt =
        as("larare").get("/api/requests/" + report).then().extract().path("createdAt");

    // The reporter gets their own report, in full.
    JsonPath reporter = exportOf(personOf("larare")).jsonPath();
    List<Map<String, Object>> made = reporter.getList("requests.made");
    Map<String, Object> own =
        made.stream().filter(r -> report.equals(r.get("id"))).findFirst().orElseThrow();
    assertThat(own.get("subject")).isEqualTo(subject);
    assertThat(own.get("kind")).isEqualTo("SUSPECTED_WRONGDOING");

    // The person it names learns that it exists, and nothing that identifies the reporter.
    String after = exportOf(rektor).asString();
    assertThat(after).doesNotContain(subject).doesNotContain(report);
    for (String trace : List.of("P-LARARE", "Sara Lind", "larare")) {
      assertThat(occurrences(after, trace))
          .as("'%s' in the named person's export", trace)
          .isEqualTo(occurrences(before, trace));
    }
    List<Map<String, Object>> withheld =
        JsonPath.from(after).getList("requests.concerning.findAll { it.withheld != null }");
    assertThat(withheld)
        .contains(
            Map.of(
                "kind",
                "SUSPECTED_WRONGDOING",
                "status",
                "AWAITING_ACTION",
                "createdAt",
                createdAt,
                "withheld",
                "lag (2021:890)"));
    assertThat(withheld)
        .allSatisfy(
            w ->
                assertThat(w)
                    .containsOnlyKeys(
                        Map.of("kind", "", "status", "", "createdAt", "", "withheld", "")
                            .keySet()));
  }

  @Test
  void
      a_step_waited_on_is_on_route_in_full_and_the_function_gets_no_more_of_a_report_than_others() {
    String dialogue = "Skolgården på Ekbacken " + UUID.randomUUID();
    String request = submit("politiker", "DIALOGUE", dialogue);
    String report = "Fusk med närvarolistor " + UUID.randomUUID();
    submit("larare", "SUSPECTED_WRONGDOING", report);

    // The department head approves the politician's request: it waits on them, in full.
    JsonPath head = exportOf(personOf("fc-buf")).jsonPath();
    List<Map<String, Object>> onRoute = head.getList("requests.onRoute");
    Map<String, Object> shown =
        onRoute.stream().filter(r -> request.equals(r.get("id"))).findFirst().orElseThrow();
    assertThat(shown.get("subject")).isEqualTo(dialogue);
    assertThat(shown.get("requester")).isNotNull();

    // The whistleblower function handles the report, but its export is the holder's own data:
    // the report is there as withheld, as for anyone else it touches.
    String function = exportOf(personOf("visselblasare")).asString();
    assertThat(function).doesNotContain(report);
    assertThat(JsonPath.from(function).getList("requests.onRoute.withheld"))
        .contains("lag (2021:890)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_deviation_naming_the_person_is_there_without_the_personal_data_of_the_entry() {
    String description = "Ringde mig direkt om schemat " + UUID.randomUUID();
    long seq =
        ((Number)
                as("larare")
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":"
                            + "\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                            + Instant.now().minus(Duration.ofDays(1))
                            + "\",\"description\":\""
                            + description
                            + "\"}")
                    .post("/api/contact-reports")
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("DEVIATION"))
                    .extract()
                    .path("recordedAs"))
            .longValue();

    String raw = exportOf(personOf("larare")).asString();
    assertThat(raw).doesNotContain(description);
    List<Map<String, Object>> deviations = JsonPath.from(raw).getList("deviations");
    Map<String, Object> entry =
        deviations.stream()
            .filter(d -> ((Number) d.get("seq")).longValue() == seq)
            .findFirst()
            .orElseThrow();
    assertThat(entry.get("kind")).isEqualTo("REPORTED_CONTACT");
    assertThat(entry.get("rule")).isEqualTo("KUN-POLITICIAN-DIALOGUE");
    assertThat(entry.get("recordedAt")).isNotNull();
    assertThat((List<Object>) entry.get("namedAs")).containsExactly("REPORTER", "TARGET");
    assertThat(entry).doesNotContainKeys("personal", "description", "requester", "reporter");
  }

  @Test
  @SuppressWarnings("unchecked")
  void texts_naming_the_person_are_found_by_name_login_and_id_as_whole_words_in_any_case() {
    String tag = UUID.randomUUID().toString();
    // Named only in free text: in a request's subject and purpose, a site visit's note and a
    // reported contact's description, by name (any case, Swedish letters), login and id.
    String subject = "Samtal med SARA LIND om schemat " + tag;
    String request =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-REKTOR-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\""
                    + subject
                    + "\",\"purpose\":\"Fråga larare (P-LARARE) om läsåret "
                    + tag
                    + "\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // Neither a longer name nor a word that only contains the login names her.
    String lookalike = "Sara Lindqvist och skollararen " + tag;
    String other = submit("politiker", "DIALOGUE", lookalike);
    String note = "Träffade sara lind i klassrummet " + tag;
    String visit =
        as("bun-ordforande")
            .contentType(ContentType.JSON)
            .body(
                "{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\""
                    + java.time.LocalDate.now().minusDays(1)
                    + "\",\"note\":\""
                    + note
                    + "\"}")
            .post("/api/site-visits")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String description = "Ringde mig; rektor EVA SJÖBERG var med " + tag;
    long seq =
        ((Number)
                as("larare")
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":"
                            + "\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                            + Instant.now().minus(Duration.ofDays(1))
                            + "\",\"description\":\""
                            + description
                            + "\"}")
                    .post("/api/contact-reports")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("recordedAs"))
            .longValue();

    List<Map<String, Object>> larare =
        exportOf(personOf("larare")).jsonPath().getList("mentionedInText");
    // A visit the guideline finds out of order is also in the record, its note as the description.
    assertThat(larare)
        .filteredOn(m -> "DEVIATION".equals(m.get("source")))
        .filteredOn(m -> String.valueOf(m.get("text")).contains(tag))
        .allSatisfy(m -> assertThat(m.get("text")).isEqualTo(note));
    assertThat(larare)
        .filteredOn(m -> String.valueOf(m.get("text")).contains(tag))
        .filteredOn(m -> !"DEVIATION".equals(m.get("source")))
        .extracting(m -> m.get("source") + " " + m.get("id") + " " + m.get("field"))
        .containsExactlyInAnyOrder(
            "REQUEST " + request + " subject",
            "REQUEST " + request + " purpose",
            "SITE_VISIT " + visit + " note");
    assertThat(larare).noneMatch(m -> other.equals(m.get("id")));
    Map<String, Object> found =
        larare.stream().filter(m -> subject.equals(m.get("text"))).findFirst().orElseThrow();
    assertThat(found.get("at")).isNotNull();

    // Swedish letters in any case: the rector is named in the description, not in the entry.
    List<Map<String, Object>> rektor =
        exportOf(personOf("rektor")).jsonPath().getList("mentionedInText");
    assertThat(rektor)
        .filteredOn(m -> description.equals(m.get("text")))
        .extracting(m -> m.get("source") + " " + m.get("id") + " " + m.get("field"))
        .containsExactly("DEVIATION " + seq + " description");
  }

  @Test
  void a_whistleblowing_report_naming_someone_in_its_text_identifies_no_reporter_to_them() {
    String subject = "Eva Sjöberg gynnar en leverantör " + UUID.randomUUID();
    String report = submit("larare", "SUSPECTED_WRONGDOING", subject);

    String rektor = exportOf(personOf("rektor")).asString();
    assertThat(rektor).doesNotContain(subject).doesNotContain(report);
    List<Map<String, Object>> mentioned = JsonPath.from(rektor).getList("mentionedInText");
    assertThat(mentioned).noneMatch(m -> String.valueOf(m.get("text")).contains(subject));
    assertThat(mentioned)
        .filteredOn(m -> m.get("withheld") != null)
        .allSatisfy(m -> assertThat(m).containsOnlyKeys("source", "kind", "at", "withheld"));

    // The reporter's own report is theirs, mentions included.
    String reporter = exportOf(personOf("larare")).asString();
    assertThat(reporter).contains(subject);
  }

  private static String submit(String login, String kind, String subject) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-REKTOR-1\"},\"kind\":\""
                + kind
                + "\",\"subject\":\""
                + subject
                + "\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void the_export_is_kept_in_the_audit_trail() {
    String politician = personOf("politiker");
    JsonPath json = exportOf(politician).jsonPath();
    Map<String, Object> entry =
        asAdministrator()
            .get("/api/administration/audit?size=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("items[0]");
    assertThat(entry.get("kind")).isEqualTo("PERSONAL_DATA_EXPORTED");
    assertThat(entry.get("actorLogin")).isEqualTo("admin");
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) entry.get("summary");
    assertThat(summary.get("person")).isEqualTo(politician);
    assertThat(summary.get("requestsMade")).isEqualTo(json.getList("requests.made").size());
    assertThat(summary.get("positions")).isEqualTo(json.getList("positions").size());
    assertThat(summary)
        .containsKeys(
            "requestsOnRoute",
            "requestsConcerning",
            "deviations",
            "substitutions",
            "siteVisits",
            "administrativeActions");
  }

  @Test
  void only_administrators_export_and_an_unknown_person_is_404() {
    String politician = personOf("politiker");
    anonymous()
        .get(export(politician))
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
    for (String login : List.of("politiker", "kd", "larare")) {
      as(login)
          .get(export(politician))
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"));
    }
    long trail =
        asAdministrator()
            .get("/api/administration/audit")
            .then()
            .extract()
            .jsonPath()
            .getLong("total");
    asAdministrator()
        .get(export("P-NO-SUCH-" + UUID.randomUUID()))
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404));
    // Refusals export nothing, and so are not in the trail.
    assertThat(
            asAdministrator()
                .get("/api/administration/audit")
                .then()
                .extract()
                .jsonPath()
                .getLong("total"))
        .isEqualTo(trail);
  }
}
