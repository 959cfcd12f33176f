package se.samspel.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.notification.application.NotificationDispatcher;
import se.samspel.retention.application.RetentionSweeper;
import se.samspel.retention.domain.RetentionRun;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * Retention (gallring) with a moved clock (issue 16): a municipality records its decision, and the
 * sweep culls nothing a day before anything is due and everything the day after; the yearly
 * review's figures and the deviation record's verification (INTACT, the same head hash) are the
 * same before and after; the other municipality, which has no decision, keeps everything. Its own
 * profile: the moved clock culls whatever every other test left, so no other test class shares its
 * database.
 */
@QuarkusTest
@TestProfile(RetentionTest.TwoMunicipalities.class)
class RetentionTest {

  /** Both demo municipalities, in an application of their own. */
  public static class TwoMunicipalities implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "samspel.demo.second-municipality", "true", "samspel.retention.interval", "off");
    }
  }

  static final MunicipalityId MALARVIK = new MunicipalityId("9901");
  static final MunicipalityId VANERSTRAND = new MunicipalityId("9902");
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject MovableClock clock;
  @Inject RetentionSweeper retention;
  @Inject NotificationDispatcher dispatcher;
  @Inject MunicipalityScope scope;
  @Inject EntityManager em;

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  @Test
  void nothing_is_culled_early_everything_due_is_culled_and_the_review_and_record_stay_the_same() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.setTo(start);
    LocalDate today = LocalDate.ofInstant(start, SWEDEN);
    String period = "?from=" + today.withDayOfMonth(1) + "&to=" + today;

    // A staff problem withdrawn, a whistleblowing report withdrawn, a staff problem left open, a
    // contact outside the route reported (a deviation naming people); the same in Vänerstrand.
    String withdrawn = submit("9901", "larare", "STAFF_PROBLEM", "Arbetsmiljön i klassrummet");
    withdraw("9901", "larare", withdrawn);
    String report = submit("9901", "larare", "SUSPECTED_WRONGDOING", "Misstänkt jäv");
    withdraw("9901", "larare", report);
    String open = submit("9901", "larare", "STAFF_PROBLEM", "Schemat i höst");
    long seq = reportedContact();
    String visit =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\""
                    + today
                    + "\",\"note\":\"Tittade in hos Sara Lind\"}")
            .post("/api/9901/site-visits")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String elsewhere = submit("9902", "v-larare", "STAFF_PROBLEM", "Arbetsmiljön i Vänerstrand");
    withdraw("9902", "v-larare", elsewhere);
    while (!dispatcher.dispatchPending().isEmpty()) {
      // Send everything pending: a pending notification is never culled.
    }

    JsonPath reviewBefore = review(period);
    String headBefore = verifyIntact();
    long feedEnd = feedNext();
    assertThat(feedEnd).isPositive();

    // Without a decision nothing is culled, however much time passes.
    clock.setTo(at(start, Period.ofYears(5)));
    assertThat(retention.applyIn(MALARVIK)).isEmpty();
    clock.setTo(start);
    assertThat(read("9901", "larare", withdrawn)).isEqualTo(200);

    recordDecision();

    // A day before the notifications are due: nothing.
    clock.setTo(dayBefore(start, Period.ofMonths(6)));
    RetentionRun early = retention.applyIn(MALARVIK).orElseThrow();
    assertThat(early.notificationsCulled() + early.eventsCulled() + early.requestsCulled())
        .isZero();
    assertThat(feedAfter(0).getBoolean("missedCulled")).isFalse();

    // A day after: the notifications and the feed's events are culled; a reader from the start has
    // missed them and is told so, one at the end has not.
    clock.setTo(dayAfter(start, Period.ofMonths(6)));
    RetentionRun notifications = retention.applyIn(MALARVIK).orElseThrow();
    assertThat(notifications.eventsCulled()).isPositive();
    assertThat(notifications.notificationsCulled()).isPositive();
    assertThat(notifications.requestsCulled()).isZero();
    JsonPath fromStart = feedAfter(0);
    assertThat(fromStart.getBoolean("missedCulled")).isTrue();
    assertThat(fromStart.getLong("culledThrough")).isLessThanOrEqualTo(feedEnd).isPositive();
    assertThat(feedAfter(feedEnd).getBoolean("missedCulled")).isFalse();
    assertThat(read("9901", "larare", withdrawn)).isEqualTo(200);

    // The report's year: a day before, kept; a day after, culled. The ordinary request stays.
    clock.setTo(dayBefore(start, Period.ofYears(1)));
    retention.applyIn(MALARVIK);
    assertThat(read("9901", "larare", report)).isEqualTo(200);
    clock.setTo(dayAfter(start, Period.ofYears(1)));
    assertThat(retention.applyIn(MALARVIK).orElseThrow().requestsCulled()).isPositive();
    assertThat(read("9901", "larare", report)).isEqualTo(404);
    assertThat(read("9901", "larare", withdrawn)).isEqualTo(200);

    // Two years: the withdrawn request is culled down to its anonymous facts, and the site visit
    // to its count; the open request stays.
    clock.setTo(dayBefore(start, Period.ofYears(2)));
    assertThat(retention.applyIn(MALARVIK).orElseThrow().siteVisitsCulled()).isZero();
    assertThat(read("9901", "larare", withdrawn)).isEqualTo(200);
    assertThat(as("politiker").get("/api/9901/site-visits/" + visit).statusCode()).isEqualTo(200);
    clock.setTo(dayAfter(start, Period.ofYears(2)));
    RetentionRun twoYears = retention.applyIn(MALARVIK).orElseThrow();
    assertThat(twoYears.requestsCulled()).isPositive();
    assertThat(twoYears.siteVisitsCulled()).isPositive();
    assertThat(read("9901", "larare", withdrawn)).isEqualTo(404);
    assertThat(as("politiker").get("/api/9901/site-visits/" + visit).statusCode()).isEqualTo(404);
    scope.within(
        MALARVIK,
        () -> {
          Object[] row =
              (Object[])
                  em.createNativeQuery(
                          "select visitor, visitor_position, note, visited_on, culled_at"
                              + " from site_visit where id = ?1")
                      .setParameter(1, visit)
                      .getSingleResult();
          assertThat(row[0]).as("visitor").isNull();
          assertThat(row[1]).as("visitor_position").isNull();
          assertThat(row[2]).as("note").isNull();
          assertThat(row[3]).as("visited_on, which the review counts").isNotNull();
          assertThat(row[4]).as("culled_at").isNotNull();
        });
    assertThat(read("9901", "larare", open)).isEqualTo(200);
    as("larare")
        .get("/api/9901/requests/mine?size=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(open))
        .body("items.id", org.hamcrest.Matchers.not(hasItem(withdrawn)));
    assertCulledInTheDatabase(withdrawn);

    // The deviation keeps its personal data until its three years are up.
    clock.setTo(dayBefore(start, Period.ofYears(3)));
    assertThat(retention.applyIn(MALARVIK).orElseThrow().deviationsRedacted()).isZero();
    as("kd")
        .get("/api/9901/deviations/" + seq)
        .then()
        .statusCode(200)
        .body("personal.reporter", org.hamcrest.Matchers.notNullValue())
        .body("redactedAt", org.hamcrest.Matchers.nullValue());
    clock.setTo(dayAfter(start, Period.ofYears(3)));
    assertThat(retention.applyIn(MALARVIK).orElseThrow().deviationsRedacted()).isPositive();
    JsonPath entry =
        as("kd").get("/api/9901/deviations/" + seq).then().statusCode(200).extract().jsonPath();
    assertThat(entry.getString("personal.reporter")).isNull();
    assertThat(entry.getString("personal.description")).isNull();
    assertThat(entry.getString("redactedAt")).isNotNull();

    // The review of the period and the record's verification are as they were.
    clock.setTo(start);
    JsonPath reviewAfter = review(period);
    for (String section : List.of("deviations", "escalations", "approvalLeadTimes", "siteVisits")) {
      assertThat(reviewAfter.getMap(section)).as(section).isEqualTo(reviewBefore.getMap(section));
    }
    assertThat(verifyIntact()).isEqualTo(headBefore);

    // Mälarvik's runs never touched Vänerstrand's request, due as it was by Mälarvik's decision.
    assertThat(read("9902", "v-larare", elsewhere)).isEqualTo(200);

    as("larare")
        .get("/api/9901/retention")
        .then()
        .statusCode(200)
        .body("inForce", equalTo(true))
        .body("policy.closedRequests", equalTo("P2Y"))
        .body("lastRun.ranAt", org.hamcrest.Matchers.notNullValue());
    asAdministrator()
        .get("/api/9901/administration/audit?size=100")
        .then()
        .statusCode(200)
        .body("items.kind", hasItem("RETENTION_POLICY_CHANGED"))
        .body("items.kind", hasItem("RETENTION_APPLIED"));
  }

  @Test
  void a_decision_is_checked_field_by_field_and_two_changes_are_never_merged() {
    long version = currentVersion();
    String valid = DECISION.replace("\"version\":0", "\"version\":" + version);

    // Only the municipality's administrators record it; another
    // municipality's people find nothing (404).
    as("v-kd")
        .contentType(ContentType.JSON)
        .body(valid)
        .post("/api/9902/retention")
        .then()
        .statusCode(403);
    as("larare")
        .contentType(ContentType.JSON)
        .body(valid)
        .post("/api/9902/retention")
        .then()
        .statusCode(404);

    asAdministrator()
        .contentType(ContentType.JSON)
        .body(
            "{\"closedRequests\":\"2 years\",\"whistleblowingReports\":\"P3Y\","
                + "\"notifications\":\"P0D\",\"decision\":{\"reference\":\" \","
                + "\"decidedOn\":\"2999-01-01\"}}")
        .post("/api/9902/retention")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            org.hamcrest.Matchers.containsInAnyOrder(
                "closedRequests",
                "whistleblowingReports",
                "notifications",
                "deviationPersonalData",
                "decision.reference",
                "decision.decidedOn",
                "version"))
        .body(
            "errors.find { it.field == 'whistleblowingReports' }.reason",
            org.hamcrest.Matchers.containsString("2021:890"));
    assertThat(currentVersion()).isEqualTo(version);

    asAdministrator()
        .contentType(ContentType.JSON)
        .body(valid)
        .post("/api/9902/retention")
        .then()
        .statusCode(200)
        .body("version", equalTo((int) version + 1));
    // A second administrator who read the same version: refused, never merged.
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(valid.replace("P6M", "P3M"))
        .post("/api/9902/retention")
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("retention-changed"));
    as("v-larare")
        .get("/api/9902/retention")
        .then()
        .body("policy.notifications", equalTo("P6M"))
        .body("policy.version", equalTo((int) version + 1));
  }

  private static long currentVersion() {
    Object v = as("v-larare").get("/api/9902/retention").path("policy.version");
    return v == null ? 0 : ((Number) v).longValue();
  }

  // ---- the decision ---------------------------------------------------------------------------

  private static final String DECISION =
      "{\"closedRequests\":\"P2Y\",\"whistleblowingReports\":\"P1Y\","
          + "\"notifications\":\"P6M\",\"deviationPersonalData\":\"P3Y\","
          + "\"decision\":{\"reference\":\"Dokumenthanteringsplan för kommunstyrelsen, KS 2025/112\","
          + "\"section\":\"4.3 Kontakter mellan förtroendevalda och förvaltningen\","
          + "\"decidedOn\":\"2025-03-12\"},\"version\":0}";

  private static void recordDecision() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(DECISION)
        .post("/api/9901/retention")
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static Instant at(Instant start, Period later) {
    return start.atZone(SWEDEN).plus(later).toInstant();
  }

  /** The moment whose cut-off for {@code period} lies a day before {@code start}. */
  private static Instant dayBefore(Instant start, Period period) {
    return start.atZone(SWEDEN).minusDays(1).plus(period).toInstant();
  }

  /** The moment whose cut-off for {@code period} lies a day after {@code start}. */
  private static Instant dayAfter(Instant start, Period period) {
    return start.atZone(SWEDEN).plusDays(1).plus(period).toInstant();
  }

  private static String submit(String municipality, String login, String kind, String subject) {
    return as(login)
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"" + kind + "\",\"subject\":\"" + subject + "\"}")
        .post("/api/" + municipality + "/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void withdraw(String municipality, String login, String id) {
    as(login)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/" + municipality + "/requests/" + id + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
  }

  private static int read(String municipality, String login, String id) {
    return as(login).get("/api/" + municipality + "/requests/" + id).statusCode();
  }

  private long reportedContact() {
    Instant rang = clock.instant().minusSeconds(3600);
    return ((Number)
            as("larare")
                .contentType(ContentType.JSON)
                .body(
                    "{\"requesterPosition\":\"POS-BUN-LED-POL\","
                        + "\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                        + "\"occurredAt\":\""
                        + rang
                        + "\",\"description\":\"Ringde om läsprojektet\"}")
                .post("/api/9901/contact-reports")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("DEVIATION"))
                .extract()
                .path("recordedAs"))
        .longValue();
  }

  private static JsonPath review(String period) {
    return as("kd").get("/api/9901/review" + period).then().statusCode(200).extract().jsonPath();
  }

  private static String verifyIntact() {
    return as("kd")
        .get("/api/9901/deviations/verify")
        .then()
        .statusCode(200)
        .body("status", equalTo("INTACT"))
        .extract()
        .path("headHash");
  }

  private static JsonPath feedAfter(long cursor) {
    return given()
        .auth()
        .oauth2(Tokens.integration("intranet"))
        .get("/api/9901/events?limit=500&after=" + cursor)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long feedNext() {
    long cursor = 0;
    while (true) {
      JsonPath page = feedAfter(cursor);
      if (page.getList("events").isEmpty()) {
        return cursor;
      }
      cursor = page.getLong("next");
    }
  }

  private void assertCulledInTheDatabase(String id) {
    scope.within(
        MALARVIK,
        () -> {
          Object[] row =
              (Object[])
                  em.createNativeQuery(
                          "select requester_person, subject, purpose, culled_at, kind, status"
                              + " from contact_request where id = ?1")
                      .setParameter(1, id)
                      .getSingleResult();
          assertThat(row[0]).as("requester").isNull();
          assertThat(row[1]).as("subject").isNull();
          assertThat(row[2]).as("purpose").isNull();
          assertThat(row[3]).as("culled_at").isNotNull();
          assertThat(row[4]).isEqualTo("STAFF_PROBLEM");
          assertThat(row[5]).isEqualTo("WITHDRAWN");
          assertThat(
                  em.createNativeQuery("select count(*) from request_hop where request_id = ?1")
                      .setParameter(1, id)
                      .getSingleResult())
              .asString()
              .isEqualTo("0");
          assertThat(
                  em.createNativeQuery(
                          "select count(*) from request_event where request_id = ?1"
                              + " and (actor is not null or note is not null)")
                      .setParameter(1, id)
                      .getSingleResult())
              .asString()
              .isEqualTo("0");
        });
  }
}
