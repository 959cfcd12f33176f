package se.samspel.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.ActingJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PersonJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PositionJson;
import se.samspel.request.application.Capacities;
import se.samspel.support.ImportDocuments;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * Open work follows the organisation (issue 15): a step waiting on a post whose holder changes — by
 * an import, the end of an acting period, the end of a substitution — follows at once, to the new
 * person in the post or, when the post falls vacant, to the nearest level above where someone acts.
 * The history says why and from where, the person who now acts is told, the deadline restarts from
 * the move (except the whistleblowing act's), and no request is left with no one able to act. Each
 * test restores the demo organisation, the fixture every test shares.
 */
@QuarkusTest
class OpenWorkFollowsTheOrganisationTest {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final String IMPORT = "/api/organisation/import";

  /** Tuesday 24 November 2026, 09:00: a request submitted now is due Tuesday 1 December 09:00. */
  static final Instant SUBMITTED = at(2026, 11, 24, 9, 0);

  /** Thursday 26 November 2026, 09:00: five working days on is Thursday 3 December 09:00. */
  static final Instant TWO_DAYS_LATER = at(2026, 11, 26, 9, 0);

  static final String DIALOGUE_WITH_TEACHER =
      "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
          + "\"subject\":\"Läsfrämjande arbete\",\"purpose\":\"Underlag inför budgetdialogen\"}";

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;
  @Inject Capacities capacities;

  private final List<String> substitutions = new ArrayList<>();

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(SUBMITTED);
  }

  @AfterEach
  void restoreTheDemoOrganisationAndTheClock() {
    clock.setTo(SUBMITTED);
    for (String id : substitutions) {
      as("fc-buf").contentType(ContentType.JSON).post("/api/substitutions/" + id + "/end");
    }
    importOrganisation(ImportDocuments.demo());
    clock.reset();
  }

  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SWEDEN).toInstant();
  }

  // ---- the stories ----

  @Test
  void a_post_left_vacant_by_an_import_passes_its_step_to_kd_who_may_approve_it() {
    String id = politiciansDialogue();
    long deviationsBefore = deviations();
    clock.setTo(TWO_DAYS_LATER);

    importOrganisation(change(holder("POS-FC-BUF", null)));

    JsonPath moved = read("politiker", id);
    assertThat(moved.getString("waiting.position.id")).isEqualTo("POS-KD");
    assertThat(Instant.parse(moved.getString("waiting.dueAt")))
        .as("the deadline restarts from the move")
        .isEqualTo(at(2026, 12, 3, 9, 0));
    Map<String, Object> entry = lastFollow(moved);
    assertThat(entry.get("actor")).extracting("id").isEqualTo("samspel");
    assertThat(entry.get("movedFrom")).extracting("position.id").isEqualTo("POS-FC-BUF");
    assertThat(entry.get("movedTo")).extracting("position.id").isEqualTo("POS-KD");
    assertThat(entry.get("movedBecause")).isEqualTo("VACANT_POST");
    assertThat(notices(id)).contains("HOP_WAITING:P-KD:WAITS_ON_YOU:VACANT_POST:POS-FC-BUF");
    as("kd").get("/api/requests/inbox").then().body("requests.items.id", hasItem(id));
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);

    as("kd")
        .contentType(ContentType.JSON)
        .body("{\"note\":\"Godkänt i förvaltningschefens ställe\"}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);
    assertThat(deviations())
        .as("no action outside the route was recorded")
        .isEqualTo(deviationsBefore);
  }

  @Test
  void a_holder_replaced_by_an_import_keeps_the_step_on_the_post_for_the_new_holder() {
    String id = politiciansDialogue();
    clock.setTo(TWO_DAYS_LATER);

    importOrganisation(
        change(
            withPerson("P-NY-FC-BUF", "Nina Ny", "ny-fc-buf"),
            holder("POS-FC-BUF", "P-NY-FC-BUF")));

    JsonPath after = read("politiker", id);
    assertThat(after.getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
    assertThat(Instant.parse(after.getString("waiting.dueAt"))).isEqualTo(at(2026, 12, 3, 9, 0));
    Map<String, Object> entry = lastFollow(after);
    assertThat(entry.get("movedTo")).extracting("position.id").isEqualTo("POS-FC-BUF");
    assertThat(entry.get("movedBecause")).isEqualTo("NEW_HOLDER");
    assertThat(notices(id)).contains("HOP_WAITING:P-NY-FC-BUF:WAITS_ON_YOU:NEW_HOLDER:POS-FC-BUF");
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(403);
    as("ny-fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);
  }

  @Test
  void a_person_retired_by_an_import_passes_the_step_up_with_the_reason_retired() {
    String id = politiciansDialogue();

    importOrganisation(change(holder("POS-FC-BUF", null), withoutPerson("P-FC-BUF")));

    JsonPath after = read("politiker", id);
    assertThat(after.getString("waiting.position.id")).isEqualTo("POS-KD");
    assertThat(lastFollow(after).get("movedBecause")).isEqualTo("RETIRED");
    assertThat(notices(id)).contains("HOP_WAITING:P-KD:WAITS_ON_YOU:RETIRED:POS-FC-BUF");
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);
  }

  @Test
  void an_acting_period_that_ends_at_midnight_passes_the_step_up_at_the_next_sweep() {
    // The head of schools acts as department head until Wednesday 25 November; the post is vacant.
    importOrganisation(
        change(
            holder("POS-FC-BUF", null),
            acting("POS-FC-BUF", "P-VC-GR", "2026-11-01", "2026-11-25")));
    String id = politiciansDialogue();
    assertThat(read("politiker", id).getString("waiting.position.id")).isEqualTo("POS-FC-BUF");

    clock.setTo(at(2026, 11, 25, 16, 0));
    sweeper.sweep();
    assertThat(read("politiker", id).getString("waiting.position.id"))
        .as("still the last day of the acting period")
        .isEqualTo("POS-FC-BUF");
    assertThat(follows(read("politiker", id))).isEmpty();

    clock.setTo(TWO_DAYS_LATER);
    sweeper.sweep();
    JsonPath after = read("politiker", id);
    assertThat(after.getString("waiting.position.id")).isEqualTo("POS-KD");
    assertThat(Instant.parse(after.getString("waiting.dueAt"))).isEqualTo(at(2026, 12, 3, 9, 0));
    assertThat(lastFollow(after).get("movedBecause")).isEqualTo("ACTING_PERIOD_ENDED");
    assertThat(notices(id))
        .contains("HOP_WAITING:P-KD:WAITS_ON_YOU:ACTING_PERIOD_ENDED:POS-FC-BUF");
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);

    sweeper.sweep();
    assertThat(follows(read("politiker", id))).as("a second sweep changes nothing").hasSize(1);
  }

  @Test
  void an_acting_period_that_begins_gives_the_step_to_the_acting_holder_on_its_first_day() {
    // The head of schools will act as department head from Thursday while Lars Ek is seconded.
    importOrganisation(change(acting("POS-FC-BUF", "P-VC-GR", "2026-11-26", "2026-12-31")));
    String id = politiciansDialogue();

    clock.setTo(TWO_DAYS_LATER);
    sweeper.sweep();

    JsonPath after = read("politiker", id);
    assertThat(after.getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
    assertThat(lastFollow(after).get("movedBecause")).isEqualTo("ACTING_PERIOD_STARTED");
    assertThat(notices(id))
        .contains("HOP_WAITING:P-VC-GR:WAITS_ON_YOU:ACTING_PERIOD_STARTED:POS-FC-BUF");
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);
  }

  @Test
  void two_sweeps_at_once_move_a_step_once_and_notify_once() throws Exception {
    importOrganisation(
        change(
            holder("POS-FC-BUF", null),
            acting("POS-FC-BUF", "P-VC-GR", "2026-11-01", "2026-11-25")));
    String id = politiciansDialogue();
    clock.setTo(TWO_DAYS_LATER);

    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Integer>> sweeps = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        sweeps.add(
            two.submit(
                () -> {
                  start.await();
                  return sweeper.sweep();
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<Integer> sweep : sweeps) {
        sweep.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      two.shutdownNow();
    }

    assertThat(follows(read("politiker", id))).hasSize(1);
    assertThat(notices(id))
        .filteredOn(n -> n.contains("ACTING_PERIOD_ENDED"))
        .containsExactly("HOP_WAITING:P-KD:WAITS_ON_YOU:ACTING_PERIOD_ENDED:POS-FC-BUF");
  }

  @Test
  void a_department_head_replaced_while_a_teachers_problem_waits_on_them_gets_it_at_once() {
    // The teacher's problem climbs to the department head, then the head is replaced.
    String id = teachersProblem();
    for (int level = 0; level < 2; level++) {
      clock.setTo(Instant.parse(read("larare", id).getString("waiting.dueAt")).plusSeconds(60));
      sweeper.sweep();
    }
    assertThat(read("larare", id).getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
    Instant replaced = clock.instant().plusSeconds(3600);
    clock.setTo(replaced);

    importOrganisation(
        change(
            withPerson("P-NY-FC-BUF", "Nina Ny", "ny-fc-buf"),
            holder("POS-FC-BUF", "P-NY-FC-BUF")));

    JsonPath after = read("larare", id);
    assertThat(after.getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
    assertThat(Instant.parse(after.getString("waiting.dueAt"))).isAfter(replaced);
    assertThat(lastFollow(after).get("movedBecause")).isEqualTo("NEW_HOLDER");
    everyWaitingStepHasSomeoneToActOnIt("larare", id);
    as("ny-fc-buf")
        .contentType(ContentType.JSON)
        .body("{\"note\":\"Löst\"}")
        .post("/api/requests/" + id + "/resolve")
        .then()
        .statusCode(200);
  }

  @Test
  void a_step_follows_a_substitute_when_named_and_the_holder_when_the_substitution_ends() {
    String id = politiciansDialogue();

    substitutions.add(
        as("fc-buf")
            .contentType(ContentType.JSON)
            .body(
                "{\"substitute\":\"P-VC-GR\",\"from\":\"2026-11-24\",\"to\":\"2026-11-27\",\"reason\":\"Kurs\"}")
            .post("/api/substitutions")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    JsonPath during = read("politiker", id);
    assertThat(lastFollow(during).get("movedBecause")).isEqualTo("SUBSTITUTION_STARTED");
    assertThat(notices(id))
        .contains("HOP_WAITING:P-VC-GR:WAITS_ON_YOU:SUBSTITUTION_STARTED:POS-FC-BUF");

    // The substitution ends at the end of Friday: on Monday the holder is back.
    clock.setTo(at(2026, 11, 30, 9, 0));
    sweeper.sweep();
    JsonPath back = read("politiker", id);
    assertThat(back.getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
    assertThat(lastFollow(back).get("movedBecause")).isEqualTo("SUBSTITUTION_ENDED");
    assertThat(notices(id))
        .contains("HOP_WAITING:P-FC-BUF:WAITS_ON_YOU:SUBSTITUTION_ENDED:POS-FC-BUF");
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);
  }

  @Test
  void ending_a_substitution_early_gives_the_step_back_to_the_holder_at_once() {
    String id = politiciansDialogue();
    String substitution =
        as("fc-buf")
            .contentType(ContentType.JSON)
            .body("{\"substitute\":\"P-VC-GR\",\"from\":\"2026-11-24\",\"to\":\"2026-11-27\"}")
            .post("/api/substitutions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    substitutions.add(substitution);
    clock.setTo(TWO_DAYS_LATER);

    as("fc-buf")
        .contentType(ContentType.JSON)
        .post("/api/substitutions/" + substitution + "/end")
        .then()
        .statusCode(200);

    JsonPath back = read("politiker", id);
    assertThat(follows(back))
        .extracting(e -> e.get("movedBecause"))
        .containsExactly("SUBSTITUTION_STARTED", "SUBSTITUTION_ENDED");
    assertThat(Instant.parse(back.getString("waiting.dueAt"))).isEqualTo(at(2026, 12, 3, 9, 0));
    assertThat(notices(id))
        .contains("HOP_WAITING:P-FC-BUF:WAITS_ON_YOU:SUBSTITUTION_ENDED:POS-FC-BUF");
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);
  }

  @Test
  void a_whistleblowing_report_that_moves_keeps_the_deadline_the_act_counts_from_the_report() {
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"SUSPECTED_WRONGDOING\",\"subject\":\"Oegentligheter\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Instant statutory = Instant.parse(read("larare", id).getString("waiting.dueAt"));
    assertThat(statutory).isEqualTo(at(2026, 12, 1, 9, 0));
    clock.setTo(TWO_DAYS_LATER);

    importOrganisation(change(holder("POS-VISSELBLASARE", null)));

    JsonPath after = read("larare", id);
    assertThat(after.getString("waiting.position.id")).isEqualTo("POS-KANSLICHEF");
    assertThat(Instant.parse(after.getString("waiting.dueAt")))
        .as("seven days from the report, whatever the organisation did")
        .isEqualTo(statutory);
    assertThat(lastFollow(after).get("movedBecause")).isEqualTo("VACANT_POST");
    everyWaitingStepHasSomeoneToActOnIt("larare", id);
  }

  @Test
  void a_later_step_whose_post_fell_vacant_after_submission_moves_up_as_soon_as_it_waits() {
    // The route was resolved with the principal arranging; the principal leaves before the
    // department head approves. The arranging step moves up the moment it waits, not at a sweep.
    String id = politiciansDialogue();
    importOrganisation(change(holder("POS-REKTOR-1", null)));
    assertThat(read("politiker", id).getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
    clock.setTo(TWO_DAYS_LATER);

    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);

    JsonPath approved = read("politiker", id);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    assertThat(approved.getString("waiting.position.id")).isEqualTo("POS-BUF-GR-CH");
    assertThat(Instant.parse(approved.getString("waiting.dueAt")))
        .as("the deadline runs from the move")
        .isAfter(TWO_DAYS_LATER);
    Map<String, Object> entry = lastFollow(approved);
    assertThat(entry.get("movedFrom")).extracting("position.id").isEqualTo("POS-REKTOR-1");
    assertThat(entry.get("movedBecause")).isEqualTo("VACANT_POST");
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);
  }

  @Test
  void a_step_that_moved_up_stays_there_when_the_post_is_filled_again() {
    String id = politiciansDialogue();
    importOrganisation(change(holder("POS-FC-BUF", null)));
    assertThat(read("politiker", id).getString("waiting.position.id")).isEqualTo("POS-KD");

    importOrganisation(ImportDocuments.demo());

    JsonPath after = read("politiker", id);
    assertThat(after.getString("waiting.position.id")).isEqualTo("POS-KD");
    List<Map<String, Object>> follows = follows(after);
    assertThat(follows).hasSize(1);
    assertThat(follows.get(0).get("movedFrom")).extracting("position.id").isEqualTo("POS-FC-BUF");

    // KD's own post changing hands moves it on again: the history shows both moves.
    importOrganisation(
        change(withPerson("P-NY-KD", "Nils Ny", "ny-kd"), holder("POS-KD", "P-NY-KD")));
    List<Map<String, Object>> both = follows(read("politiker", id));
    assertThat(both)
        .extracting(e -> e.get("movedBecause"))
        .containsExactly("VACANT_POST", "NEW_HOLDER");
    everyWaitingStepHasSomeoneToActOnIt("politiker", id);
  }

  @Test
  void a_policy_that_lets_an_escalated_step_wait_on_a_vacant_post_is_obeyed() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(se.samspel.support.Fixtures.resource("policies/kungsor-2023.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("escalation"))
        .put("vacant", "WAIT_ON_POST");
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(doc.toString())
        .post("/api/policies")
        .then()
        .statusCode(201);
    try {
      importOrganisation(change(holder("POS-BUF-GR-CH", null)));
      String id = teachersProblem();
      clock.setTo(Instant.parse(read("larare", id).getString("waiting.dueAt")).plusSeconds(60));

      sweeper.sweep();

      JsonPath after = read("larare", id);
      assertThat(after.getString("waiting.position.id"))
          .as("the escalation gave the step to the vacant post, as the policy says")
          .isEqualTo("POS-BUF-GR-CH");
      assertThat(follows(after)).isEmpty();
    } finally {
      asAdministrator()
          .contentType(ContentType.JSON)
          .body(se.samspel.support.Fixtures.resource("policies/kungsor-2023.json"))
          .post("/api/policies")
          .then()
          .statusCode(201);
    }
  }

  @Test
  void the_request_page_tells_in_swedish_and_english_why_the_step_moved() {
    String id = politiciansDialogue();
    importOrganisation(change(holder("POS-FC-BUF", null)));

    String swedish = page("politiker", "/arenden/" + id, "sv");
    assertThat(swedish)
        .contains("Följde en ändring i organisationen")
        .contains(
            "Steget flyttades från Lars Ek (Förvaltningschef, Barn- och utbildningsförvaltningen) till Karin Holm (Kommundirektör")
        .contains("tjänsten är vakant");
    String english = page("politiker", "/arenden/" + id, "en");
    assertThat(english)
        .contains("Followed a change in the organisation")
        .contains(
            "The step moved from Lars Ek (Förvaltningschef, Barn- och utbildningsförvaltningen) to Karin Holm (Kommundirektör")
        .contains("the post is vacant");
  }

  // ---- helpers ----

  static String politiciansDialogue() {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(DIALOGUE_WITH_TEACHER)
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(read("politiker", id).getString("waiting.position.id")).isEqualTo("POS-FC-BUF");
    return id;
  }

  static String teachersProblem() {
    return as("larare")
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Arbetsmiljön\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static JsonPath read(String login, String id) {
    return as(login).get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
  }

  static List<Map<String, Object>> follows(JsonPath request) {
    List<Map<String, Object>> history = request.getList("history");
    return history.stream()
        .filter(e -> "STEP_FOLLOWED_ORGANISATION".equals(e.get("event")))
        .toList();
  }

  static Map<String, Object> lastFollow(JsonPath request) {
    List<Map<String, Object>> follows = follows(request);
    assertThat(follows).as("the history records the step following the organisation").isNotEmpty();
    return follows.get(follows.size() - 1);
  }

  /**
   * The request's waiting step has a person who acts in its post today, and that person may act on
   * it.
   */
  void everyWaitingStepHasSomeoneToActOnIt(String reader, String id) {
    String position = read(reader, id).getString("waiting.position.id");
    LocalDate today = LocalDate.ofInstant(clock.instant(), SWEDEN);
    Optional<PersonId> acting = capacities.whoActsIn(new PositionId(position), today);
    assertThat(acting).as("someone acts in %s", position).isPresent();
    assertThat(capacities.of(acting.get(), today).covers(new PositionId(position))).isTrue();
  }

  /** The notifications of the request's events, as type:person:reason:movedBecause:movedFrom. */
  @SuppressWarnings("unchecked")
  static List<String> notices(String id) {
    List<String> found = new ArrayList<>();
    long after = 0;
    while (true) {
      JsonPath page =
          given()
              .auth()
              .oauth2(Tokens.integration("intranet"))
              .queryParam("after", after)
              .queryParam("limit", 500)
              .get("/api/events")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> events = page.getList("events");
      if (events.isEmpty()) {
        return found;
      }
      for (Map<String, Object> e : events) {
        if (!id.equals(e.get("aggregateId"))) {
          continue;
        }
        Map<String, Object> payload = (Map<String, Object>) e.get("payload");
        for (Map<String, Object> r : (List<Map<String, Object>>) e.get("recipients")) {
          found.add(
              e.get("type")
                  + ":"
                  + r.get("person")
                  + ":"
                  + r.get("reason")
                  + ":"
                  + payload.get("movedBecause")
                  + ":"
                  + payload.get("movedFrom"));
        }
      }
      after = page.getLong("next");
    }
  }

  static long deviations() {
    return as("kd")
        .get("/api/deviations/verify")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("entries");
  }

  static String page(String login, String path, String lang) {
    return given()
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_lang", lang)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  // ---- changing the demo organisation ----

  static void importOrganisation(OrganisationImportRequest document) {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(document))
        .post(IMPORT)
        .then()
        .statusCode(200);
  }

  @SafeVarargs
  static OrganisationImportRequest change(UnaryOperator<OrganisationImportRequest>... changes) {
    OrganisationImportRequest document = ImportDocuments.demo();
    for (UnaryOperator<OrganisationImportRequest> c : changes) {
      document = c.apply(document);
    }
    return document;
  }

  static UnaryOperator<OrganisationImportRequest> holder(String position, String person) {
    return d ->
        new OrganisationImportRequest(
            d.units(),
            d.positions().stream()
                .map(
                    p ->
                        p.id().equals(position)
                            ? new PositionJson(
                                p.id(),
                                p.title(),
                                p.kind(),
                                p.unit(),
                                p.reportsTo(),
                                person,
                                p.party(),
                                p.acting())
                            : p)
                .toList(),
            d.people());
  }

  static UnaryOperator<OrganisationImportRequest> acting(
      String position, String person, String from, String to) {
    return d ->
        new OrganisationImportRequest(
            d.units(),
            d.positions().stream()
                .map(
                    p ->
                        p.id().equals(position)
                            ? new PositionJson(
                                p.id(),
                                p.title(),
                                p.kind(),
                                p.unit(),
                                p.reportsTo(),
                                p.holder(),
                                p.party(),
                                List.of(new ActingJson(person, from, to)))
                            : p)
                .toList(),
            d.people());
  }

  static UnaryOperator<OrganisationImportRequest> withPerson(String id, String name, String login) {
    return d -> {
      List<PersonJson> people = new ArrayList<>(d.people());
      people.add(new PersonJson(id, name, login + "@example.se", login));
      return new OrganisationImportRequest(d.units(), d.positions(), people);
    };
  }

  static UnaryOperator<OrganisationImportRequest> withoutPerson(String id) {
    return d ->
        new OrganisationImportRequest(
            d.units(), d.positions(), d.people().stream().filter(p -> !p.id().equals(id)).toList());
  }
}
