package se.samspel.support;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;

/**
 * Contact requests a test submits over the API, and their withdrawal when the test is done.
 *
 * <p>The suite shares one database: a request a test leaves open stays in every later test's
 * inboxes and escalation lists, and one left stuck at the top sorts first there. A test that
 * submits many ({@link #submit(String, String)} on an instance) withdraws them afterwards with
 * {@link #withdrawOpen()}, as their requesters, as a real requester would.
 */
public final class SubmittedRequests {

  private record Submitted(String login, String id) {}

  private final List<Submitted> submitted = new ArrayList<>();

  /**
   * Submits a request as {@code login} ({@code POST /api/requests}) and answers its id; fails the
   * test unless the answer is 201.
   */
  public static String submitted(String login, String json) {
    return as(login)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** As {@link #submitted(String, String)}, and remembered for {@link #withdrawOpen()}. */
  public String submit(String login, String json) {
    String id = submitted(login, json);
    submitted.add(new Submitted(login, id));
    return id;
  }

  /**
   * Withdraws every remembered request that is still open, as its requester. A request already
   * finished answers 409, which is expected; any other answer fails the test, since a request that
   * cannot be withdrawn would stay behind.
   */
  public void withdrawOpen() {
    for (Submitted request : submitted) {
      int status =
          as(request.login())
              .contentType(ContentType.JSON)
              .body("{\"note\":\"Testet är klart\"}")
              .post("/api/requests/" + request.id() + "/withdraw")
              .statusCode();
      assertThat(status).as("withdrawing %s", request.id()).isIn(200, 409);
    }
    submitted.clear();
  }
}
