package se.samspel.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * One rule for every read of a whistleblowing report ({@code request.domain.Whistleblowing}): what
 * it is about (its subject) and who sent it are for the reporter and the whistleblower function
 * alone. The test walks every endpoint and page that shows a request, as someone on the report's
 * route who is neither (KD, after the report climbed to them), and — where the read has such a
 * reader — as the function or the reporter, who must see the subject: so each read is shown able to
 * carry it, and the one rule is what leaves it out.
 *
 * <p>Issue 12 changes answers here: {@code GET /api/requests/{id}}, {@code /api/requests/inbox},
 * the request's page and "Att besluta" used to show KD the subject of a report that reached KD,
 * while {@code /api/escalations} hid it.
 */
@QuarkusTest
class WhistleblowingReadsTest {

  /**
   * The reporter (Sara Lind, P-LARARE), and two reports: A climbed to KD, B waits on the function.
   */
  record Reports(String a, String subjectA, String b, String subjectB) {}

  private static Reports reports;

  /** Between the pages of one read, which {@link #around} takes apart again. */
  private static final String SEPARATOR = "\u0000";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject MovableClock clock;
  @Inject EscalationSweeper sweeper;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /**
   * A read of requests ({@code list}: of many requests): how {@code login} reads it (every page of
   * it that is needed), who on the route must not learn the subject of report A ({@code
   * withheldFrom}, null where no one but the reporter reaches the read), and who must read a
   * report's subject there ({@code shownTo} and which report; null where the read never carries it,
   * as the event feed).
   */
  record Read(
      String name,
      Reading read,
      String withheldFrom,
      String shownTo,
      boolean shownIsA,
      boolean list) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** How one reads: as {@code login}, as far as {@code target} (a report's id) is found. */
  @FunctionalInterface
  interface Reading {
    String read(String login, String target, Reports reports);
  }

  static Stream<Read> reads() {
    return Stream.of(
        new Read(
            "GET /api/requests/{id}",
            (login, target, r) -> api(login, "/api/requests/" + r.a()),
            "kd",
            "visselblasare",
            true,
            false),
        new Read(
            "GET /api/requests/{id} (the reporter)",
            (login, target, r) -> api(login, "/api/requests/" + r.a()),
            null,
            "larare",
            true,
            false),
        new Read(
            "GET /api/requests/inbox",
            (login, target, r) -> apiPages(login, "/api/requests/inbox?size=100&page=", target),
            "kd",
            "visselblasare",
            false,
            true),
        new Read(
            "GET /api/requests/mine",
            (login, target, r) -> apiPages(login, "/api/requests/mine?size=100&page=", target),
            null,
            "larare",
            true,
            true),
        new Read(
            "GET /api/escalations",
            (login, target, r) -> apiPages(login, "/api/escalations?size=100&page=", target),
            "kd",
            "visselblasare",
            false,
            true),
        new Read(
            "GET /api/events", WhistleblowingReadsTest::feed, "integration", null, false, false),
        new Read(
            "page /arenden/{id}",
            (login, target, r) -> page(login, "/arenden/" + r.a()),
            "kd",
            "visselblasare",
            true,
            false),
        new Read(
            "page /att-besluta",
            (login, target, r) -> pages(login, "/att-besluta?sida=", target),
            "kd",
            "visselblasare",
            false,
            true),
        new Read(
            "page /mina-arenden",
            (login, target, r) -> pages(login, "/mina-arenden?sida=", target),
            null,
            "larare",
            true,
            true),
        new Read(
            "page /eskaleringar",
            (login, target, r) -> pages(login, "/eskaleringar?sida=", target),
            "kd",
            "visselblasare",
            false,
            true),
        new Read(
            "page /eskaleringar/{id}/eskalera",
            (login, target, r) -> page(login, "/eskaleringar/" + r.a() + "/eskalera"),
            "kd",
            null,
            false,
            false),
        // Last, as it closes the reports: what answers an action, and the notice that follows it.
        new Read(
            "POST /api/requests/{id}/resolve and the notice on /att-besluta",
            WhistleblowingReadsTest::resolveAndNotice,
            "kd",
            "visselblasare",
            false,
            false));
  }

  /** Resolves the target report as {@code login}: the API's answer and the page's notice after. */
  private static String resolveAndNotice(String login, String target, Reports r) {
    String answer =
        as(login)
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/api/requests/" + target + "/resolve")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String inbox = page(login, "/att-besluta?klart=lost&arende=" + target);
    int at = inbox.indexOf("<div class=\"notice notice--success\"");
    assertThat(at).as("the notice of what %s just did", login).isNotNegative();
    return answer + SEPARATOR + inbox.substring(at, inbox.indexOf("</div>", at));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void a_whistleblowing_reports_subject_and_reporter_stay_with_the_reporter_and_the_function(
      Read read) {
    Reports r = reports();
    if (read.withheldFrom() != null) {
      String seen = read.read().read(read.withheldFrom(), r.a(), r);
      assertThat(seen).as("%s as %s lists report A", read, read.withheldFrom()).contains(r.a());
      // In a list, only A's own item or row: other requests may name the same reporter openly.
      String aroundA = read.list() ? around(seen, r.a()) : seen;
      assertThat(aroundA)
          .as("%s as %s", read, read.withheldFrom())
          .doesNotContain(r.subjectA())
          .doesNotContain("P-LARARE")
          .doesNotContain("Sara Lind");
    }
    if (read.shownTo() != null) {
      String seen = read.read().read(read.shownTo(), read.shownIsA() ? r.a() : r.b(), r);
      assertThat(seen)
          .as("%s as %s", read, read.shownTo())
          .contains(read.shownIsA() ? r.subjectA() : r.subjectB());
    }
  }

  /** Report A, climbed past the function's manager to KD, and report B, fresh at the function. */
  private synchronized Reports reports() {
    if (reports != null) {
      return reports;
    }
    String subjectA = "Misstankt jav A " + UUID.randomUUID();
    String a = report(subjectA);
    // Unhandled, it climbs past the function's manager to KD, who must act but not learn what.
    for (int level = 0; level < 2; level++) {
      Instant due =
          Instant.parse(
              as("visselblasare")
                  .get("/api/requests/" + a)
                  .then()
                  .statusCode(200)
                  .extract()
                  .path("waiting.dueAt"));
      clock.setTo(due.plusSeconds(60));
      sweeper.sweep();
    }
    clock.reset();
    assertThat(
            (String)
                as("kd")
                    .get("/api/requests/" + a)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("waiting.position.id"))
        .isEqualTo("POS-KD");
    String subjectB = "Misstankt jav B " + UUID.randomUUID();
    reports = new Reports(a, subjectA, report(subjectB), subjectB);
    return reports;
  }

  /**
   * Whom a report names is what it is about: a report that names the principal as its target shows
   * KD (above the function) neither her nor the wished dates, while the function sees both. Issue
   * 12's newcomer check found KD shown the named person.
   */
  @Test
  void whom_a_report_names_and_its_dates_stay_with_the_reporter_and_the_function() {
    // Forty days ahead: never the day of submission or of the deadline, which every reader sees.
    String wished = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(40).toString();
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-REKTOR-1\"},\"kind\":\"SUSPECTED_WRONGDOING\","
                    + "\"subject\":\"Misstänkt jäv\",\"wishedFrom\":\""
                    + wished
                    + "\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    String kd = api("kd", "/api/requests/" + id);
    assertThat(kd).contains(id).doesNotContain("POS-REKTOR-1").doesNotContain(wished);
    String function = api("visselblasare", "/api/requests/" + id);
    assertThat(function).contains("POS-REKTOR-1").contains(wished);
    String reporter = api("larare", "/api/requests/" + id);
    assertThat(reporter).contains("POS-REKTOR-1");
  }

  private static String report(String subject) {
    return as("larare")
        .contentType(ContentType.JSON)
        .body(
            "{\"kind\":\"SUSPECTED_WRONGDOING\","
                + "\"subject\":\""
                + subject
                + "\",\"purpose\":\""
                + subject
                + "\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  // ---- reading -------------------------------------------------------------------------------

  private static String api(String login, String path) {
    return as(login).get(path).then().statusCode(200).extract().asString();
  }

  /** The pages of a paged API list up to the one that holds the target, all of them joined. */
  private static String apiPages(String login, String path, String target) {
    StringBuilder all = new StringBuilder();
    for (int page = 0; page < 50; page++) {
      String body = api(login, path + page);
      all.append(body).append(SEPARATOR);
      if (body.contains(target) || !body.contains("\"id\"")) {
        break;
      }
    }
    return all.toString();
  }

  private static RequestSpecification browser(String login) {
    return given().redirects().follow(false).cookie("samspel_token", Tokens.forLogin(login));
  }

  private static String page(String login, String path) {
    return browser(login).get(path).then().statusCode(200).extract().asString();
  }

  /** The pages of a paged page up to the one that holds the target, all of them joined. */
  private static String pages(String login, String path, String target) {
    StringBuilder all = new StringBuilder();
    String previous = null;
    for (int number = 1; number <= 50; number++) {
      String body = page(login, path + number);
      all.append(body).append(SEPARATOR);
      // A page number past the last shows the last page again: stop there too.
      if (body.contains(target) || body.equals(previous)) {
        break;
      }
      previous = body;
    }
    return all.toString();
  }

  /** The events of both reports in the feed, as an intranet system reads them. */
  @SuppressWarnings("unchecked")
  private static String feed(String login, String target, Reports r) {
    List<Map<String, Object>> mine = new java.util.ArrayList<>();
    long after = 0;
    while (true) {
      Map<String, Object> page =
          given()
              .auth()
              .oauth2(Tokens.integration("intranet"))
              .get("/api/events?limit=500&after=" + after)
              .then()
              .statusCode(200)
              .extract()
              .as(Map.class);
      List<Map<String, Object>> events = (List<Map<String, Object>>) page.get("events");
      for (Map<String, Object> event : events) {
        Object aggregate = event.get("aggregateId");
        if (r.a().equals(aggregate) || r.b().equals(aggregate)) {
          mine.add(event);
        }
      }
      long next = ((Number) page.get("next")).longValue();
      if (events.isEmpty() || next == after) {
        return JSON.valueToTree(mine).toString();
      }
      after = next;
    }
  }

  /**
   * The part of a read that is about the request {@code id}: in JSON the object whose {@code id} it
   * is, on a page the table row that links to it, else the whole piece (a page or answer about that
   * one request). Other requests in a list may name the same reporter openly.
   */
  private static String around(String text, String id) {
    for (String piece : text.split(SEPARATOR)) {
      if (!piece.contains(id)) {
        continue;
      }
      if (piece.startsWith("{") || piece.startsWith("[")) {
        try {
          JsonNode found = objectWithId(JSON.readTree(piece), id);
          return found == null ? piece : found.toString();
        } catch (java.io.IOException e) {
          throw new AssertionError("not JSON: " + piece, e);
        }
      }
      int at = piece.indexOf(id);
      int row = piece.lastIndexOf("<tr", at);
      if (row >= 0) {
        int end = piece.indexOf("</tr>", at);
        return piece.substring(row, end < 0 ? piece.length() : end);
      }
      return piece;
    }
    return "";
  }

  private static JsonNode objectWithId(JsonNode node, String id) {
    if (node.isObject() && id.equals(node.path("id").asText(null))) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = objectWithId(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
