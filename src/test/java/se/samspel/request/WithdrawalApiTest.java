package se.samspel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.request.ContactRequestLifecycleTest.post;
import static se.samspel.request.ContactRequestLifecycleTest.submitDialogue;
import static se.samspel.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing a request, pinned over real HTTP (issue 11, "approve then withdraw"): the requester
 * may withdraw until the request is ARRANGED; a withdrawal after the approval tells the approver
 * and the manager who was to arrange it; and a withdrawal racing an approval or an arrangement on
 * the same request is serialised by the request's version, so the stored outcome is always one that
 * the two actions taken one after the other could have given.
 *
 * <p>The politician (P-POL) asks to meet a teacher; the head of the education department (fc-buf,
 * P-FC-BUF) approves and the principal (rektor, P-REKTOR) arranges.
 */
@QuarkusTest
class WithdrawalApiTest {

  static final int ROUNDS = 30;

  @Inject EntityManager em;

  @Test
  void an_approved_request_may_be_withdrawn_and_the_approver_and_arranger_are_told() {
    String id = submitDialogue();
    post("fc-buf", id, "approve", "{}").then().statusCode(200).body("status", equalTo("APPROVED"));

    post("politiker", id, "withdraw", "{\"note\":\"Vi löste det på annat sätt\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("hops.state", contains("DONE", "SKIPPED"))
        .body("history.event", contains("SUBMITTED", "APPROVED", "WITHDRAWN"))
        .body("history[2].from", equalTo("APPROVED"))
        .body("history[2].to", equalTo("WITHDRAWN"))
        .body("history[2].note", equalTo("Vi löste det på annat sätt"));

    List<Notice> withdrawn = notices(id, "REQUEST_WITHDRAWN");
    assertThat(withdrawn)
        .extracting(Notice::recipient)
        .containsExactlyInAnyOrder(
            "P-FC-BUF:FOR_YOUR_INFORMATION", "P-REKTOR:FOR_YOUR_INFORMATION");
    JsonPath payload = JsonPath.from(withdrawn.get(0).payload());
    assertThat(payload.getString("from")).isEqualTo("APPROVED");
    assertThat(payload.getString("by")).isEqualTo("P-POL");
    assertThat(payload.getString("status")).isEqualTo("WITHDRAWN");
  }

  @Test
  void a_request_awaiting_the_decision_may_be_withdrawn_and_the_approver_is_told() {
    String id = submitDialogue();
    post("politiker", id, "withdraw", "{}")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("history[1].from", equalTo("AWAITING_DECISION"));

    assertThat(notices(id, "REQUEST_WITHDRAWN"))
        .extracting(Notice::recipient)
        .containsExactly("P-FC-BUF:FOR_YOUR_INFORMATION");
  }

  /** Steps whose body is optional are posted bare: no body and no Content-Type (issue 11). */
  @Test
  void a_step_may_be_posted_without_a_body_or_a_content_type() throws Exception {
    String id = submitDialogue();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (String[] step : new String[][] {{"fc-buf", "approve"}, {"politiker", "withdraw"}}) {
      java.net.http.HttpRequest bare =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(
                      "http://localhost:"
                          + io.restassured.RestAssured.port
                          + "/api/requests/"
                          + id
                          + "/"
                          + step[1]))
              .header("Authorization", "Bearer " + se.samspel.support.Tokens.forLogin(step[0]))
              .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
              .build();
      java.net.http.HttpResponse<String> answer =
          http.send(bare, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(bare.headers().firstValue("Content-Type")).isEmpty();
      assertThat(answer.statusCode()).as(step[1] + ": " + answer.body()).isEqualTo(200);
    }
    as("politiker")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
  }

  @Test
  void a_withdrawn_whistleblowing_report_tells_the_function_without_naming_the_reporter() {
    String id =
        as("larare")
            .contentType(io.restassured.http.ContentType.JSON)
            .body("{\"kind\":\"SUSPECTED_WRONGDOING\",\"subject\":\"Oegentligheter\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    post("larare", id, "withdraw", "{}")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));

    List<Notice> withdrawn = notices(id, "REQUEST_WITHDRAWN");
    assertThat(withdrawn)
        .extracting(Notice::recipient)
        .containsExactly("P-VB:FOR_YOUR_INFORMATION");
    assertThat(withdrawn.get(0).payload()).doesNotContain("P-LARARE").doesNotContain("\"by\"");
  }

  @Test
  void an_arranged_request_cannot_be_withdrawn_and_nothing_changes() {
    String id = submitDialogue();
    post("fc-buf", id, "approve", "{}").then().statusCode(200);
    post("rektor", id, "arrange", "{}").then().statusCode(200).body("status", equalTo("ARRANGED"));
    io.restassured.response.Response before = as("politiker").get("/api/requests/" + id);
    long eventsBefore = countEvents(id);

    post("politiker", id, "withdraw", "{\"note\":\"Behövs inte\"}")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("invalid-transition"))
        .body("detail", containsString("ARRANGED"));

    io.restassured.response.Response after = as("politiker").get("/api/requests/" + id);
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    assertThat(after.jsonPath().getString("status")).isEqualTo("ARRANGED");
    assertThat(after.jsonPath().getList("history.event"))
        .containsExactly("SUBMITTED", "APPROVED", "ARRANGED");
    assertThat(after.jsonPath().getList("hops.state"))
        .isEqualTo(before.jsonPath().getList("hops.state"));
    assertThat(countEvents(id)).isEqualTo(eventsBefore);
    assertThat(notices(id, "REQUEST_WITHDRAWN")).isEmpty();
    // The arranged contact goes on to be completed as before.
    post("politiker", id, "complete", "{}")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
  }

  /**
   * The approver approves while the requester withdraws. Either the approval comes first and the
   * withdrawal then withdraws the approved request (both 200, the approver told), or the withdrawal
   * comes first and the approval finds nothing to decide (409). Never both lost, never
   * half-written.
   */
  @Test
  void approve_and_withdraw_at_once_give_one_of_the_two_orders() throws Exception {
    int bothInOrder = 0;
    int withdrawnFirst = 0;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String id = submitDialogue();
        List<io.restassured.response.Response> answers =
            atOnce(
                pool,
                () -> post("fc-buf", id, "approve", "{}"),
                () -> post("politiker", id, "withdraw", "{}"));
        int approve = answers.get(0).statusCode();
        int withdraw = answers.get(1).statusCode();
        JsonPath stored = as("politiker").get("/api/requests/" + id).jsonPath();
        List<String> events = stored.getList("history.event");
        String context = "round " + round + ": approve " + approve + ", withdraw " + withdraw;

        assertThat(withdraw).as(context).isEqualTo(200);
        assertThat(stored.getString("status")).as(context).isEqualTo("WITHDRAWN");
        List<Notice> notified = notices(id, "REQUEST_WITHDRAWN");
        if (approve == 200) {
          bothInOrder++;
          assertThat(events).as(context).containsExactly("SUBMITTED", "APPROVED", "WITHDRAWN");
          assertThat(stored.getList("hops.state")).as(context).containsExactly("DONE", "SKIPPED");
          assertThat(notified)
              .as(context)
              .extracting(Notice::recipient)
              .containsExactlyInAnyOrder(
                  "P-FC-BUF:FOR_YOUR_INFORMATION", "P-REKTOR:FOR_YOUR_INFORMATION");
        } else {
          withdrawnFirst++;
          assertThat(approve).as(context).isEqualTo(409);
          assertThat(answers.get(0).jsonPath().getString("code"))
              .as(context)
              .isIn("invalid-transition", "concurrent-modification");
          assertThat(events).as(context).containsExactly("SUBMITTED", "WITHDRAWN");
          assertThat(stored.getList("hops.state"))
              .as(context)
              .containsExactly("SKIPPED", "SKIPPED");
          assertThat(notices(id, "REQUEST_DECIDED")).as(context).isEmpty();
          assertThat(notified)
              .as(context)
              .extracting(Notice::recipient)
              .containsExactly("P-FC-BUF:FOR_YOUR_INFORMATION");
        }
        assertThat(countEvents(id, "REQUEST_WITHDRAWN")).as(context).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(bothInOrder + withdrawnFirst).isEqualTo(ROUNDS);
    System.out.printf(
        "approve vs withdraw: %d approved then withdrawn, %d withdrawn first%n",
        bothInOrder, withdrawnFirst);
  }

  /**
   * The principal arranges an approved request while the requester withdraws it: exactly one wins,
   * the other gets 409, and what is stored is the winner's.
   */
  @Test
  void arrange_and_withdraw_at_once_exactly_one_wins() throws Exception {
    int arranged = 0;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String id = submitDialogue();
        post("fc-buf", id, "approve", "{}").then().statusCode(200);
        List<io.restassured.response.Response> answers =
            atOnce(
                pool,
                () -> post("rektor", id, "arrange", "{}"),
                () -> post("politiker", id, "withdraw", "{}"));
        int arrange = answers.get(0).statusCode();
        int withdraw = answers.get(1).statusCode();
        String context = "round " + round + ": arrange " + arrange + ", withdraw " + withdraw;
        assertThat(List.of(arrange, withdraw)).as(context).containsExactlyInAnyOrder(200, 409);
        io.restassured.response.Response loser = answers.get(arrange == 409 ? 0 : 1);
        assertThat(loser.contentType()).as(context).startsWith("application/problem+json");
        assertThat(loser.jsonPath().getString("code"))
            .as(context)
            .isIn("invalid-transition", "concurrent-modification");

        JsonPath stored = as("politiker").get("/api/requests/" + id).jsonPath();
        List<String> events = stored.getList("history.event");
        if (arrange == 200) {
          arranged++;
          assertThat(stored.getString("status")).as(context).isEqualTo("ARRANGED");
          assertThat(events).as(context).containsExactly("SUBMITTED", "APPROVED", "ARRANGED");
          assertThat(stored.getList("hops.state")).as(context).containsExactly("DONE", "DONE");
          assertThat(countEvents(id, "REQUEST_WITHDRAWN")).as(context).isZero();
        } else {
          assertThat(stored.getString("status")).as(context).isEqualTo("WITHDRAWN");
          assertThat(events).as(context).containsExactly("SUBMITTED", "APPROVED", "WITHDRAWN");
          assertThat(stored.getList("hops.state")).as(context).containsExactly("DONE", "SKIPPED");
          assertThat(notices(id, "REQUEST_DECIDED"))
              .as(context)
              .extracting(n -> JsonPath.from(n.payload()).getString("decision"))
              .containsOnly("APPROVED");
          assertThat(notices(id, "REQUEST_WITHDRAWN"))
              .as(context)
              .extracting(Notice::recipient)
              .containsExactlyInAnyOrder(
                  "P-FC-BUF:FOR_YOUR_INFORMATION", "P-REKTOR:FOR_YOUR_INFORMATION");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "arrange vs withdraw: %d arranged, %d withdrawn%n", arranged, ROUNDS - arranged);
  }

  /** Starts both calls at the same moment and gives their answers in the order given. */
  @SafeVarargs
  private static List<io.restassured.response.Response> atOnce(
      ExecutorService pool, Callable<io.restassured.response.Response>... calls) throws Exception {
    CountDownLatch ready = new CountDownLatch(calls.length);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<io.restassured.response.Response>> futures = new ArrayList<>();
    for (Callable<io.restassured.response.Response> call : calls) {
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                start.await();
                return call.call();
              }));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    start.countDown();
    List<io.restassured.response.Response> answers = new ArrayList<>();
    for (Future<io.restassured.response.Response> f : futures) {
      io.restassured.response.Response answer = f.get(30, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).as("never a server error").isLessThan(500);
      answers.add(answer);
    }
    return answers;
  }

  /** One person an outbox event of the request notifies: {@code person:reason}, and the payload. */
  record Notice(String recipient, String payload) {}

  @SuppressWarnings("unchecked")
  private List<Notice> notices(String request, String type) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((List<Object[]>)
                        em.createNativeQuery(
                                "select r.person_id, r.reason, e.payload from outbox_event e"
                                    + " join outbox_recipient r on r.event_id = e.id"
                                    + " where e.aggregate_id = :a and e.event_type = :t"
                                    + " order by r.id")
                            .setParameter("a", request)
                            .setParameter("t", type)
                            .getResultList())
                    .stream()
                        .map(row -> new Notice(row[0] + ":" + row[1], (String) row[2]))
                        .toList());
  }

  private long countEvents(String request) {
    return count("select count(*) from outbox_event where aggregate_id = :a", request, null);
  }

  private long countEvents(String request, String type) {
    return count(
        "select count(*) from outbox_event where aggregate_id = :a and event_type = :t",
        request,
        type);
  }

  private long count(String sql, String request, String type) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              jakarta.persistence.Query query =
                  em.createNativeQuery(sql).setParameter("a", request);
              if (type != null) {
                query.setParameter("t", type);
              }
              return ((Number) query.getSingleResult()).longValue();
            });
  }
}
