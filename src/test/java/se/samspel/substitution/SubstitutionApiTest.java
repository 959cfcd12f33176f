package se.samspel.substitution;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The substitutes API over real HTTP with real tokens. Every test uses its own year far in the
 * future, so that nothing it names is in force for the other tests of the suite, and ends what it
 * named afterwards.
 *
 * <p>In the demo organisation Sara Lind (larare, P-LARARE) is a teacher reporting to Eva Sjöberg
 * (rektor, P-REKTOR), who reports to Magnus Forsberg (verksamhetschef, P-VC-GR), who reports to
 * Lars Ek (fc-buf, P-FC-BUF).
 */
@QuarkusTest
class SubstitutionApiTest {

  /** What each test named, as (login that may end it, id). */
  private final List<String[]> named = new ArrayList<>();

  @AfterEach
  void endWhatWasNamed() {
    for (String[] n : named) {
      as(n[0]).post("/api/substitutions/" + n[1] + "/end");
    }
  }

  static String body(String substitute, String from, String to) {
    return "{\"substitute\":\""
        + substitute
        + "\",\"from\":\""
        + from
        + "\",\"to\":\""
        + to
        + "\"}";
  }

  static String bodyFor(String absent, String substitute, String from, String to) {
    return "{\"absent\":\""
        + absent
        + "\",\"substitute\":\""
        + substitute
        + "\",\"from\":\""
        + from
        + "\",\"to\":\""
        + to
        + "\"}";
  }

  ValidatableResponse post(String login, String json) {
    return as(login).contentType(ContentType.JSON).body(json).post("/api/substitutions").then();
  }

  String name(String login, String json) {
    String id = post(login, json).statusCode(201).extract().path("id");
    named.add(new String[] {login, id});
    return id;
  }

  @Test
  void a_teacher_names_a_substitute_for_her_leave_and_the_substitute_sees_it_without_the_reason() {
    String id =
        as("larare")
            .contentType(ContentType.JSON)
            .body(
                "{\"substitute\":\"P-VC-GR\",\"from\":\"2091-03-01\",\"to\":\"2091-03-10\","
                    + "\"reason\":\"Föräldraledighet\"}")
            .post("/api/substitutions")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/substitutions/"))
            .body("absent.id", equalTo("P-LARARE"))
            .body("absent.name", equalTo("Sara Lind"))
            .body("substitute.id", equalTo("P-VC-GR"))
            .body("namedBy.id", equalTo("P-LARARE"))
            .body("from", equalTo("2091-03-01"))
            .body("to", equalTo("2091-03-10"))
            .body("lastDay", equalTo("2091-03-10"))
            .body("status", equalTo("PLANNED"))
            .body("reason", equalTo("Föräldraledighet"))
            .extract()
            .path("id");
    named.add(new String[] {"larare", id});

    as("larare")
        .get("/api/substitutions/mine")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    // The substitute sees it among theirs, but not why the teacher is away.
    as("verksamhetschef")
        .get("/api/substitutions/mine?status=PLANNED")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items.find { it.id == '" + id + "' }.reason", nullValue());
    as("verksamhetschef")
        .get("/api/substitutions/" + id)
        .then()
        .statusCode(200)
        .body("substitute.id", equalTo("P-VC-GR"))
        .body("reason", nullValue());

    // Work for the teacher reaches the principal on the days of the leave, and only then.
    as("kd")
        .get("/api/substitutions/chain?person=P-LARARE&day=2091-03-01")
        .then()
        .statusCode(200)
        .body("original.id", equalTo("P-LARARE"))
        .body("acting.id", equalTo("P-VC-GR"))
        .body("substituted", equalTo(true))
        .body("substitutions", hasItem(id));
    as("kd")
        .get("/api/substitutions/chain?person=P-LARARE&day=2091-03-11")
        .then()
        .statusCode(200)
        .body("acting.id", equalTo("P-LARARE"))
        .body("substituted", equalTo(false));

    // The substitute (not her manager) cannot end it; the teacher can, and since it has not begun
    // it is cancelled.
    as("verksamhetschef")
        .post("/api/substitutions/" + id + "/end")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
    as("larare")
        .post("/api/substitutions/" + id + "/end")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("lastDay", nullValue())
        .body("ended.by.id", equalTo("P-LARARE"));
    as("larare")
        .post("/api/substitutions/" + id + "/end")
        .then()
        .statusCode(409)
        .body("code", equalTo("substitution-over"));
    as("kd")
        .get("/api/substitutions/chain?person=P-LARARE&day=2091-03-05")
        .then()
        .body("acting.id", equalTo("P-LARARE"));
    as("larare")
        .get("/api/substitutions/mine?status=CANCELLED")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void who_named_it_is_the_caller_and_never_a_field() {
    post(
            "larare",
            "{\"substitute\":\"P-REKTOR\",\"from\":\"2092-01-01\",\"to\":\"2092-01-02\","
                + "\"namedBy\":\"P-KD\"}")
        .statusCode(400)
        .body("errors.field", hasItem("namedBy"));
  }

  @Test
  void a_principal_names_a_substitute_for_a_teacher_who_reports_to_her() {
    String id =
        post("rektor", bodyFor("P-LARARE", "P-VC-GR", "2093-02-01", "2093-02-05"))
            .statusCode(201)
            .body("absent.id", equalTo("P-LARARE"))
            .body("substitute.id", equalTo("P-VC-GR"))
            .body("namedBy.id", equalTo("P-REKTOR"))
            .extract()
            .path("id");
    named.add(new String[] {"rektor", id});

    // The teacher sees what was named for her, and may end it herself.
    as("larare")
        .get("/api/substitutions/" + id)
        .then()
        .statusCode(200)
        .body("namedBy.id", equalTo("P-REKTOR"));
    as("larare")
        .post("/api/substitutions/" + id + "/end")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));

    // And the principal may end one the teacher named herself.
    String own = name("larare", body("P-KD", "2093-03-01", "2093-03-05"));
    as("rektor")
        .post("/api/substitutions/" + own + "/end")
        .then()
        .statusCode(200)
        .body("ended.by.id", equalTo("P-REKTOR"));
  }

  @Test
  void no_one_else_may_name_a_substitute_for_someone() {
    // Lars Ek is the teacher's manager's manager's manager, not her nearest manager.
    post("fc-buf", bodyFor("P-LARARE", "P-REKTOR", "2094-01-01", "2094-01-02"))
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
    post("politiker", bodyFor("P-LARARE", "P-REKTOR", "2094-01-01", "2094-01-02")).statusCode(403);
    // The teacher cannot name one for her principal: the line runs the other way.
    post("larare", bodyFor("P-REKTOR", "P-VC-GR", "2094-01-01", "2094-01-02")).statusCode(403);
    anonymous()
        .contentType(ContentType.JSON)
        .body(body("P-REKTOR", "2094-01-01", "2094-01-02"))
        .post("/api/substitutions")
        .then()
        .statusCode(401);
  }

  @Test
  void someone_outside_a_substitution_finds_nothing_there() {
    String id = name("larare", body("P-REKTOR", "2095-01-01", "2095-01-05"));

    as("kd").get("/api/substitutions/" + id).then().statusCode(404);
    as("kd").post("/api/substitutions/" + id + "/end").then().statusCode(404);
    as("kd")
        .get("/api/substitutions/mine")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    as("larare")
        .get("/api/substitutions/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
    as("larare").get("/api/substitutions/not-an-id").then().statusCode(404);
  }

  @Test
  void bad_input_is_refused_naming_the_field() {
    post("larare", body("P-LARARE", "2096-01-01", "2096-01-02"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("substitute"));
    post("larare", body("P-REKTOR", "2096-01-05", "2096-01-02"))
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    post("larare", body("P-REKTOR", "2001-01-01", "2096-01-02"))
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    post("larare", body("P-REKTOR", "2096-01-01", "2099-01-01"))
        .statusCode(400)
        .body("errors[0].field", equalTo("to"))
        .body("detail", containsString("at most 730 days"));
    post("larare", body("P-NOBODY", "2096-01-01", "2096-01-02"))
        .statusCode(422)
        .body("code", equalTo("unknown-person"))
        .body("errors[0].field", equalTo("substitute"));
    post("rektor", bodyFor("P-NOBODY", "P-LARARE", "2096-01-01", "2096-01-02"))
        .statusCode(422)
        .body("errors[0].field", equalTo("absent"));
    post(
            "larare",
            "{\"substitute\":\"P-REKTOR\",\"from\":\"2096-01-01\",\"to\":\"2096-01-02\","
                + "\"reason\":\""
                + "x".repeat(501)
                + "\"}")
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    post("larare", "{\"from\":\"2096-01-01\",\"to\":\"2096-01-02\"}")
        .statusCode(400)
        .body("errors.field", hasItem("substitute"));
    post("larare", body("P-REKTOR", "1 januari", "2096-01-02"))
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    as("larare").get("/api/substitutions/mine?status=AWAY").then().statusCode(400);
    as("larare").get("/api/substitutions/chain?day=2096-01-01").then().statusCode(400);
    as("larare")
        .get("/api/substitutions/chain?person=P-LARARE&day=tomorrow")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("day"));
    as("larare").get("/api/substitutions/chain?person=P-NOBODY").then().statusCode(404);
    // Nothing was stored by any of these.
    as("larare")
        .get("/api/substitutions/chain?person=P-LARARE&day=2096-01-01")
        .then()
        .body("acting.id", equalTo("P-LARARE"));
  }

  @Test
  void overlapping_periods_of_the_same_person_conflict_and_adjacent_ones_do_not() {
    String first = name("larare", body("P-REKTOR", "2097-04-01", "2097-04-10"));

    post("larare", body("P-VC-GR", "2097-04-10", "2097-04-20"))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("substitution-overlap"))
        .body("detail", containsString(first));
    // Her manager cannot name an overlapping one either.
    post("rektor", bodyFor("P-LARARE", "P-VC-GR", "2097-03-25", "2097-04-01"))
        .statusCode(409)
        .body("code", equalTo("substitution-overlap"));
    // The next day on is free.
    name("larare", body("P-VC-GR", "2097-04-11", "2097-04-20"));
    // Another absent person's period on the same days is not affected.
    name("rektor", body("P-VC-GR", "2097-04-01", "2097-04-10"));
    // Once the first is ended (cancelled), its days are free again.
    as("larare").post("/api/substitutions/" + first + "/end").then().statusCode(200);
    name("larare", body("P-KD", "2097-04-01", "2097-04-10"));
  }

  @Test
  void a_chain_through_an_absent_substitute_is_followed_and_a_circle_is_refused() {
    name("larare", body("P-REKTOR", "2098-05-01", "2098-05-10"));
    name("rektor", body("P-FC-BUF", "2098-05-05", "2098-05-10"));

    as("larare")
        .get("/api/substitutions/chain?person=P-LARARE&day=2098-05-06")
        .then()
        .statusCode(200)
        .body("via.id", equalTo(List.of("P-REKTOR")))
        .body("acting.id", equalTo("P-FC-BUF"))
        .body("cycle", equalTo(false))
        .body("substitutions.size()", equalTo(2));
    as("larare")
        .get("/api/substitutions/chain?person=P-LARARE&day=2098-05-02")
        .then()
        .body("via", emptyIterable())
        .body("acting.id", equalTo("P-REKTOR"));

    // Lars Ek naming the teacher while she is away would close the circle larare → rektor →
    // fc-buf → larare on 2098-05-07.
    post("fc-buf", body("P-LARARE", "2098-05-07", "2098-05-08"))
        .statusCode(409)
        .body("code", equalTo("substitution-cycle"))
        .body("detail", containsString("2098-05-07"));
    // After the leave the same substitute is fine.
    name("fc-buf", body("P-LARARE", "2098-05-11", "2098-05-12"));
  }
}
