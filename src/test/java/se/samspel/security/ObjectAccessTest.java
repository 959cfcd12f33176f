package se.samspel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * Access at the level of objects: every endpoint of the OpenAPI document with an {@code {id}} is
 * called on a real object of someone else by people who take no part in it, and answers 404 without
 * a trace of the object; those the rule allows (the acting holder, a substitute) can act; and no
 * field of a body can make the caller someone else.
 */
@QuarkusTest
class ObjectAccessTest {

  /**
   * Objects that every person of the organisation may read: the organisation itself, and the
   * municipalities of the deployment (their names and addresses).
   */
  static final Set<String> PUBLIC_TO_MEMBERS =
      Set.of("/api/units/", "/api/positions/", "/api/people/", "/api/municipalities/");

  /**
   * Addresses whose {@code {id}} is a person an administrator acts on (the right of access export):
   * an administrator reads every person's, anyone else is refused by role (403, with nothing of the
   * person), which {@code EndpointAccessMatrixTest} and {@code PersonalDataExportApiTest} check.
   */
  static final Set<String> ADMINISTRATION_OF_PEOPLE = Set.of("/api/administration/people/");

  /**
   * People who take no part in a teacher's problem at Ekbackens skola, nor in her substitutions.
   */
  static final List<String> OUTSIDERS =
      List.of("enhetschef", "fc-sbf", "politiker", "kommunikator");

  @Inject MovableClock clock;
  private final List<Runnable> cleanUp = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    cleanUp.forEach(Runnable::run);
    clock.reset();
  }

  @Test
  void another_persons_objects_answer_404_without_a_trace_to_everyone_not_involved() {
    String secret = "Hemligt ärende " + UUID.randomUUID();
    String request =
        as("larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\"," + "\"subject\":\"" + secret + "\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String reason = "Hemlig orsak " + UUID.randomUUID();
    String substitution =
        as("larare")
            .contentType(ContentType.JSON)
            .body(
                "{\"substitute\":\"P-REKTOR\",\"from\":\"2030-01-07\",\"to\":\"2030-01-11\","
                    + "\"reason\":\""
                    + reason
                    + "\"}")
            .post("/api/substitutions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    cleanUp.add(
        () ->
            as("larare")
                .contentType(ContentType.JSON)
                .post("/api/substitutions/" + substitution + "/end"));

    String note = "Hemligt besök " + UUID.randomUUID();
    String visit =
        as("bun-ordforande")
            .contentType(ContentType.JSON)
            .body(
                "{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\""
                    + java.time.LocalDate.now(clock).minusDays(1)
                    + "\",\"note\":\""
                    + note
                    + "\"}")
            .post("/api/site-visits")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String operation : EndpointAccessMatrixTest.operations()) {
      String method = operation.split(" ")[0];
      String path = operation.split(" ")[1];
      if (!path.contains("{id}")) {
        continue;
      }
      if (PUBLIC_TO_MEMBERS.stream().anyMatch(path::startsWith)
          || ADMINISTRATION_OF_PEOPLE.stream().anyMatch(path::startsWith)) {
        continue;
      }
      String id;
      if (path.startsWith("/api/requests/")) {
        id = request;
      } else if (path.startsWith("/api/substitutions/")) {
        id = substitution;
      } else if (path.startsWith("/api/site-visits/")) {
        id = visit;
      } else {
        wrong.add(operation + ": whose are its objects? Add it to this test");
        continue;
      }
      String concrete = path.replace("{id}", id);
      List<RequestSpecification> callers = new ArrayList<>();
      OUTSIDERS.forEach(login -> callers.add(as(login)));
      // An administrator is no one's superior by that role; but reads every site visit (the
      // review's data, as KD and the KSO do).
      if (!path.startsWith("/api/site-visits/")) {
        callers.add(RestAssured.given().auth().oauth2(Tokens.administrator("admin")));
      }
      for (RequestSpecification caller : callers) {
        Response response =
            method.equals("GET")
                ? caller.get(concrete)
                : caller.contentType(ContentType.JSON).body(bodyFor(path)).post(concrete);
        checked++;
        String body = response.asString();
        if (response.statusCode() != 404) {
          wrong.add(operation + ": " + response.statusCode() + " " + body);
        }
        for (String trace :
            List.of(secret, reason, note, "P-LARARE", "Sara Lind", "POS-REKTOR-1")) {
          if (body.contains(trace)) {
            wrong.add(operation + ": the answer shows '" + trace + "'");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(40);

    // Nothing happened to either: the owner still finds them as they were.
    JsonPath after =
        as("larare").get("/api/requests/" + request).then().statusCode(200).extract().jsonPath();
    assertThat(after.getList("history.event")).containsExactly("SUBMITTED");
    assertThat(after.getString("status")).isEqualTo("AWAITING_ACTION");
    as("larare")
        .get("/api/substitutions/" + substitution)
        .then()
        .statusCode(200)
        .body("reason", equalTo(reason))
        .body("lastDay", equalTo("2030-01-11"));
  }

  /** A body the endpoint accepts, so that the answer is about the object, not the body. */
  static String bodyFor(String path) {
    if (path.endsWith("/decline") || path.endsWith("/escalate")) {
      return "{\"reason\":\"Ingen\"}";
    }
    if (path.endsWith("/redirect")) {
      return "{\"forum\":\"Kommunstyrelsen\",\"reason\":\"Ingen\"}";
    }
    if (path.endsWith("/quick-decision")) {
      return "{\"note\":\"Ingen\"}";
    }
    return "{}";
  }

  @Test
  void the_acting_holder_of_a_vacant_post_decides_in_its_place() {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-SOF-AO-EC-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Bemanningen på Solgården\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath read =
        as("tf-fc-sof").get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(read.getString("waiting.position.id")).isEqualTo("POS-FC-SOF");
    // The head of another department does not see it; KD, above the post, sees it but may not
    // decide in its place.
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(404);
    as("kd")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(403);
    JsonPath approved =
        as("tf-fc-sof")
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/api/requests/" + id + "/approve")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(approved.getString("history[1].event")).isEqualTo("APPROVED");
    assertThat(approved.getString("history[1].actor.name")).isEqualTo("Johanna Bergqvist");
  }

  @Test
  void a_substitute_acts_for_the_absent_department_head_and_the_history_names_both() {
    // A week of its own, so that the absence meets no other test's work.
    clock.setTo(
        LocalDateTime.of(2027, 3, 2, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
    String substitute =
        as("verksamhetschef").get("/api/me").then().statusCode(200).extract().path("personId");
    String substitution =
        as("fc-buf")
            .contentType(ContentType.JSON)
            .body(
                "{\"substitute\":\""
                    + substitute
                    + "\",\"from\":\"2027-03-02\",\"to\":\"2027-03-05\"}")
            .post("/api/substitutions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    cleanUp.add(
        () ->
            as("fc-buf")
                .contentType(ContentType.JSON)
                .post("/api/substitutions/" + substitution + "/end"));
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body(
                "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
                    + "\"subject\":\"Läsprojektet i årskurs 2\"}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(substitute.equals("P-FC-BUF") ? "fc-buf" : "verksamhetschef")
        .get("/api/requests/inbox?size=100")
        .then()
        .statusCode(200)
        .body("requests.items.id", hasItem(id));
    JsonPath approved =
        as("verksamhetschef")
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/api/requests/" + id + "/approve")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(approved.getString("history[1].actor.id")).isEqualTo(substitute);
    assertThat(approved.getString("history[1].onBehalfOf.id")).isEqualTo("P-FC-BUF");
  }

  @Test
  void no_field_of_a_body_makes_the_caller_someone_else() {
    String dialogue =
        "\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Besök\"";
    for (String claim :
        List.of(
            "\"requester\":\"P-KSO\"",
            "\"requesterPerson\":\"P-KSO\"",
            "\"actor\":\"P-KSO\"",
            "\"onBehalfOf\":\"P-KSO\"",
            "\"submittedBy\":\"P-KSO\"")) {
      String field = claim.substring(1, claim.indexOf('"', 1));
      as("politiker")
          .contentType(ContentType.JSON)
          .body("{" + dialogue + "," + claim + "}")
          .post("/api/requests")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo(field));
    }
    // Naming a position one does not hold is refused, and says which field.
    as("politiker")
        .contentType(ContentType.JSON)
        .body("{" + dialogue + ",\"requesterPosition\":\"POS-KSO\"}")
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("requesterPosition"));

    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body("{" + dialogue + "}")
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String claim :
        List.of(
            "{\"actor\":\"P-FC-BUF\"}",
            "{\"actedBy\":\"P-FC-BUF\"}",
            "{\"onBehalfOf\":\"P-FC-BUF\"}")) {
      as("politiker")
          .contentType(ContentType.JSON)
          .body(claim)
          .post("/api/requests/" + id + "/approve")
          .then()
          .statusCode(400);
    }
    for (String claim : List.of("{\"reporter\":\"P-KSO\"}", "{\"namedBy\":\"P-KSO\"}")) {
      as("politiker")
          .contentType(ContentType.JSON)
          .body(
              claim.replace(
                  "}", ",\"substitute\":\"P-KSO\",\"from\":\"2030-02-04\",\"to\":\"2030-02-05\"}"))
          .post("/api/substitutions")
          .then()
          .statusCode(400);
    }
    // The decision is recorded as the token's subject's, whatever the body says.
    JsonPath approved =
        as("fc-buf")
            .contentType(ContentType.JSON)
            .body("{\"note\":\"Godkänt av P-KSO\"}")
            .post("/api/requests/" + id + "/approve")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(approved.getString("history[1].actor.id")).isEqualTo("P-FC-BUF");
    assertThat(approved.getString("history[1].onBehalfOf")).isNull();
    assertThat(approved.getString("history[0].actor.id")).isNotEqualTo("P-KSO");
  }
}
