package se.samspel.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactRequestLifecycleTest {

  static final String DIALOGUE_WITH_TEACHER =
      "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
          + "\"subject\":\"Läsfrämjande arbete i årskurs 3\","
          + "\"purpose\":\"Underlag inför nämndens budgetdialog\","
          + "\"wishedFrom\":\"2026-12-01\",\"wishedTo\":\"2026-12-15\"}";

  static String submitDialogue() {
    return as("politiker")
        .contentType(ContentType.JSON)
        .body(DIALOGUE_WITH_TEACHER)
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Response post(String login, String id, String action, String body) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests/" + id + "/" + action);
  }

  /**
   * The story of the guideline's commonest path: a politician asks for a dialogue with a teacher,
   * the head of the education department approves and names the principal, the principal arranges
   * it, and the politician marks it completed.
   */
  @Test
  void a_politicians_dialogue_with_a_teacher_goes_through_the_department_head_to_the_principal() {
    // Maria Berg, a member of the education committee, asks to meet a teacher.
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(DIALOGUE_WITH_TEACHER)
            .post("/api/requests")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/requests/"))
            .body("status", equalTo("AWAITING_DECISION"))
            .body("policy.key", equalTo("kungsor"))
            .body("rule.id", equalTo("KUN-POLITICIAN-DIALOGUE"))
            .body(
                "rule.quote",
                startsWith("Regeln är att alltid först ha kontakt med förvaltningschefen"))
            .body("waiting.position.id", equalTo("POS-FC-BUF"))
            .body("waiting.action", equalTo("APPROVE"))
            .extract()
            .path("id");

    // The department head, Lars Ek, finds it in his inbox, oldest first, with counts.
    as("fc-buf")
        .get("/api/requests/inbox")
        .then()
        .statusCode(200)
        .body("counts.AWAITING_DECISION", greaterThanOrEqualTo(1))
        .body("requests.items.id", hasItem(id));

    // He approves it and names the principal of the teacher's school as responsible manager.
    post(
            "fc-buf",
            id,
            "approve",
            "{\"responsibleManager\":\"POS-REKTOR-1\",\"note\":\"Gärna en onsdag\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("responsibleManager.id", equalTo("POS-REKTOR-1"))
        .body("waiting.position.id", equalTo("POS-REKTOR-1"))
        .body("waiting.action", equalTo("ARRANGE"));

    // The principal, Eva Sjöberg, arranges the dialogue.
    post("rektor", id, "arrange", "{\"note\":\"Onsdag 9 december kl. 15 i Ekbackens skola\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("ARRANGED"));

    // The politician sees it arranged, and marks it completed after the meeting.
    as("politiker").get("/api/requests/mine").then().statusCode(200).body("items.id", hasItem(id));
    post("politiker", id, "complete", "{}")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));

    // Everyone on the route can read who did what, when.
    as("rektor")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .body("history.event", contains("SUBMITTED", "APPROVED", "ARRANGED", "COMPLETED"))
        .body("history.actor.id", contains("P-POL", "P-FC-BUF", "P-REKTOR", "P-POL"))
        .body("history[1].note", equalTo("Gärna en onsdag"))
        .body("hops.state", contains("DONE", "DONE"));
  }

  @Test
  void the_requester_can_withdraw_an_open_request_and_nothing_can_be_decided_after() {
    String id = submitDialogue();
    post("politiker", id, "withdraw", "{\"note\":\"Frågan är löst\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("hops.state", contains("SKIPPED", "SKIPPED"));
    post("fc-buf", id, "approve", "{}")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("invalid-transition"))
        .body("detail", containsString("WITHDRAWN"));
    post("politiker", id, "withdraw", "{}").then().statusCode(409);
  }

  @Test
  void a_decision_cannot_be_made_twice() {
    String id = submitDialogue();
    post("fc-buf", id, "decline", "{\"reason\":\"Ta frågan i nämnden i stället\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    post("fc-buf", id, "decline", "{\"reason\":\"igen\"}").then().statusCode(409);
    post("fc-buf", id, "approve", "{}")
        .then()
        .statusCode(409)
        .body("code", equalTo("invalid-transition"));
  }

  @Test
  void steps_must_come_in_order() {
    String id = submitDialogue();
    post("rektor", id, "arrange", "{}")
        .then()
        .statusCode(409)
        .body("code", equalTo("invalid-transition"));
    post("politiker", id, "complete", "{}").then().statusCode(409);
    post("fc-buf", id, "approve", "{}").then().statusCode(200);
    post("fc-buf", id, "approve", "{}").then().statusCode(409);
    post("politiker", id, "complete", "{}").then().statusCode(409);
  }

  @Test
  void a_request_can_be_redirected_to_another_department() {
    String id = submitDialogue();
    post(
            "fc-buf",
            id,
            "redirect",
            "{\"department\":\"U-SBF\",\"reason\":\"Gäller skolgårdens utemiljö\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("REDIRECTED"))
        .body("redirectedTo", startsWith("U-SBF"));
  }

  @Test
  void only_the_holder_of_the_waiting_position_may_act_and_outsiders_do_not_see_the_request() {
    String id = submitDialogue();
    // The principal is on the route, so sees the request, but the decision is not theirs.
    post("rektor", id, "approve", "{}").then().statusCode(403);
    // KD oversees the department head it waits on, so sees it, but the decision is not theirs.
    post("kd", id, "approve", "{}").then().statusCode(403);
    // A teacher and a manager of another department are neither on the route nor above it: for
    // them the request does not exist.
    post("enhetschef", id, "approve", "{}").then().statusCode(404);
    as("larare").get("/api/requests/" + id).then().statusCode(404);
    as("enhetschef").get("/api/requests/" + id).then().statusCode(404);
    // Only the requester withdraws.
    post("fc-buf", id, "withdraw", "{}").then().statusCode(403);
    as("fc-buf")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("AWAITING_DECISION"));
  }

  @Test
  void the_named_manager_must_lead_others_in_the_targets_department() {
    String id = submitDialogue();
    post("fc-buf", id, "approve", "{\"responsibleManager\":\"POS-LARARE-1\"}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("responsibleManager"));
    post("fc-buf", id, "approve", "{\"responsibleManager\":\"POS-SBF-PB-CH\"}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("responsibleManager"));
    as("fc-buf").get("/api/requests/" + id).then().body("status", equalTo("AWAITING_DECISION"));
  }

  @Test
  void a_decision_on_a_stale_version_is_refused() {
    String id = submitDialogue();
    String etag = as("fc-buf").get("/api/requests/" + id).then().extract().header("ETag");
    assertThat(etag).isEqualTo("\"0\"");
    post("fc-buf", id, "approve", "{\"version\":7}")
        .then()
        .statusCode(409)
        .body("code", equalTo("stale-version"));
    post("fc-buf", id, "approve", "{\"version\":0}").then().statusCode(200).header("ETag", "\"1\"");
  }

  @Test
  void two_decisions_on_the_same_hop_at_once_exactly_one_wins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String id = submitDialogue();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> decisions =
            List.of(
                () -> {
                  start.await();
                  return post("fc-buf", id, "approve", "{\"version\":0}").statusCode();
                },
                () -> {
                  start.await();
                  return post("fc-buf", id, "decline", "{\"reason\":\"Nej\",\"version\":0}")
                      .statusCode();
                });
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> decision : decisions) {
          futures.add(pool.submit(decision));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
          statuses.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        // Nothing is half-written: one decision, one history entry for it.
        List<String> events =
            as("fc-buf").get("/api/requests/" + id).then().extract().path("history.event");
        assertThat(events).hasSize(2).first().isEqualTo("SUBMITTED");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_staff_members_problem_is_handled_by_the_nearest_manager() {
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Schemat\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .body("status", equalTo("AWAITING_ACTION"))
            .body("waiting.action", equalTo("HANDLE"))
            .extract()
            .path("id");
    post("rektor", id, "resolve", "{\"note\":\"Nytt schema från v. 50\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
  }

  @Test
  void a_free_or_forbidden_contact_is_not_stored_and_the_answer_quotes_the_rule() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"context\":\"OFF_DUTY\",\"subject\":\"x\"}")
        .post("/api/requests")
        .then()
        .statusCode(422)
        .body("code", equalTo("contact-free"))
        .body("detail", containsString("KUN-POLITICIAN-OFF-DUTY"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"STEER_INDIVIDUAL_CASE\",\"subject\":\"x\"}")
        .post("/api/requests")
        .then()
        .statusCode(422)
        .body("code", equalTo("contact-not-permitted"))
        .body("detail", containsString("enskilt ärende"));
  }

  @Test
  void bad_submissions_are_400_problems() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\"}")
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("subject"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"x\","
                + "\"wishedFrom\":\"2026-12-15\",\"wishedTo\":\"2026-12-01\"}")
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("wishedTo"));
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"x\",\"wishedFrom\":\"snart\"}")
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("wishedFrom"));
    as("politiker").get("/api/requests/not-a-uuid").then().statusCode(404);
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/00000000-0000-0000-0000-000000000000/decline")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
  }

  @Test
  void the_inbox_holds_only_what_waits_on_my_positions() {
    String id = submitDialogue();
    as("fc-sbf")
        .get("/api/requests/inbox")
        .then()
        .statusCode(200)
        .body("requests.items.id", org.hamcrest.Matchers.not(hasItem(id)));
    as("larare")
        .get("/api/requests/inbox")
        .then()
        .statusCode(200)
        .body("requests.items", hasSize(0));
  }
}
