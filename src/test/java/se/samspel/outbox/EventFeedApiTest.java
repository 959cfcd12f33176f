package se.samspel.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.outbox.application.Outbox;
import se.samspel.support.Tokens;

/** GET /api/events: the feed intranet systems poll. */
@QuarkusTest
class EventFeedApiTest {

  @Inject MunicipalityScope scope;
  @Inject OutboxCaller caller;
  @Inject Outbox outbox;
  @Inject EntityManager em;

  @Test
  void the_feed_pages_by_cursor_in_the_order_events_were_recorded() {
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String request = UUID.randomUUID().toString();
      requests.add(request);
      caller.record(OutboxCaller.decided(request, "P-POL"));
    }

    List<Map<String, Object>> mine = new ArrayList<>();
    long cursor = 0;
    while (true) {
      JsonPath page = feed(cursor, 2);
      List<Map<String, Object>> events = page.getList("events");
      assertThat(events.size()).isLessThanOrEqualTo(2);
      if (events.isEmpty()) {
        assertThat(page.getLong("next")).isEqualTo(cursor);
        break;
      }
      long previous = cursor;
      for (Map<String, Object> event : events) {
        long position = ((Number) event.get("position")).longValue();
        assertThat(position).isGreaterThan(previous);
        previous = position;
        if (requests.contains(event.get("aggregateId"))) {
          mine.add(event);
        }
      }
      assertThat(page.getLong("next")).isEqualTo(previous);
      cursor = page.getLong("next");
    }

    assertThat(mine).extracting(e -> e.get("aggregateId")).containsExactlyElementsOf(requests);
    assertThat(mine).extracting(e -> e.get("id")).doesNotHaveDuplicates();
    Map<String, Object> first = mine.get(0);
    assertThat(first.get("type")).isEqualTo("REQUEST_DECIDED");
    assertThat(first.get("occurredAt")).isEqualTo("2026-11-23T09:15:00Z");
    assertThat(first.get("payload"))
        .isEqualTo(
            Map.of(
                "subject", "Dialog om läsfrämjande arbete",
                "status", "APPROVED",
                "decision", "APPROVED",
                "by", "P-FC-BUF"));
    assertThat(first.get("recipients"))
        .isEqualTo(List.of(Map.of("person", "P-POL", "reason", "DECISION_ON_YOUR_REQUEST")));
  }

  @Test
  void reading_the_same_cursor_twice_returns_the_same_events() {
    String first = UUID.randomUUID().toString();
    caller.record(OutboxCaller.decided(first));
    caller.record(OutboxCaller.decided(UUID.randomUUID().toString()));
    caller.record(OutboxCaller.decided(UUID.randomUUID().toString()));
    long cursor =
        allAfter(0).stream()
                .filter(e -> first.equals(e.get("aggregateId")))
                .mapToLong(e -> ((Number) e.get("position")).longValue())
                .findFirst()
                .orElseThrow()
            - 1;

    JsonPath once = feed(cursor, 2);
    caller.record(OutboxCaller.decided(UUID.randomUUID().toString()));
    JsonPath again = feed(cursor, 2);

    assertThat(once.getList("events.aggregateId")).first().isEqualTo(first);
    assertThat(once.getList("events.id")).hasSize(2).isEqualTo(again.getList("events.id"));
    assertThat(once.getList("events.position")).isEqualTo(again.getList("events.position"));
    assertThat(once.getLong("next")).isEqualTo(again.getLong("next"));
  }

  @Test
  void an_event_that_commits_after_a_later_one_is_not_skipped_by_a_reader_past_the_later_one()
      throws Exception {
    String slow = UUID.randomUUID().toString();
    String fast = UUID.randomUUID().toString();
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Long> slowId =
          thread.submit(
              // Work on a thread of its own names its municipality, as the application's does.
              () ->
                  scope.within(
                      new MunicipalityId("9901"),
                      () ->
                          QuarkusTransaction.requiringNew()
                              .call(
                                  () -> {
                                    long id = outbox.record(OutboxCaller.decided(slow));
                                    em.flush(); // the row is in the table, not yet committed
                                    written.countDown();
                                    assertThat(commit.await(30, TimeUnit.SECONDS)).isTrue();
                                    return id;
                                  })));
      assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
      long fastId = caller.record(OutboxCaller.decided(fast));

      // A reader reads while the slow transaction is open: it sees the fast event only.
      List<Map<String, Object>> seen = allAfter(0);
      assertThat(seen).extracting(e -> e.get("aggregateId")).contains(fast).doesNotContain(slow);
      long cursor = ((Number) seen.get(seen.size() - 1).get("position")).longValue();

      commit.countDown();
      long slowEventId = slowId.get(30, TimeUnit.SECONDS);
      // Paged by id, the reader would have moved past the slow event for good.
      assertThat(slowEventId).isLessThan(fastId);

      List<Map<String, Object>> after = allAfter(cursor);
      assertThat(after)
          .filteredOn(e -> slow.equals(e.get("aggregateId")))
          .singleElement()
          .satisfies(
              e -> assertThat(((Number) e.get("position")).longValue()).isGreaterThan(cursor));
    } finally {
      commit.countDown();
      thread.shutdownNow();
    }
  }

  @Test
  void an_administrator_may_read_the_feed_too() {
    asAdministrator().get("/api/events?limit=1").then().statusCode(200);
  }

  @Test
  void reading_the_feed_needs_a_token() {
    anonymous()
        .get("/api/events")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void a_person_of_the_organisation_without_the_integration_group_is_forbidden() {
    as("kd")
        .get("/api/events")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    given().auth().oauth2(Tokens.claimingRoles("kd")).get("/api/events").then().statusCode(403);
  }

  @Test
  void a_bad_cursor_or_limit_is_400_problem_naming_the_parameter() {
    for (String query : List.of("after=-1", "after=abc", "after=1.5")) {
      badRequest(query, "after");
    }
    for (String query : List.of("limit=0", "limit=501", "limit=ten")) {
      badRequest(query, "limit");
    }
  }

  /** Every event after the cursor, read page by page as a reader would. */
  private static List<Map<String, Object>> allAfter(long cursor) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (JsonPath page = feed(cursor, 500);
        !page.getList("events").isEmpty();
        page = feed(cursor, 500)) {
      all.addAll(page.getList("events"));
      cursor = page.getLong("next");
    }
    return all;
  }

  private static void badRequest(String query, String field) {
    integration()
        .get("/api/events?" + query)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field));
  }

  private static JsonPath feed(long after, int limit) {
    return integration()
        .get("/api/events?after=" + after + "&limit=" + limit)
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .extract()
        .jsonPath();
  }

  private static RequestSpecification integration() {
    return given().auth().oauth2(Tokens.integration("intranet"));
  }
}
