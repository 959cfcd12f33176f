package se.samspel.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.SeveralMunicipalitiesTest;
import se.samspel.support.Tokens;

/**
 * Object access across municipalities (issue 16): with both demo municipalities, every endpoint of
 * the OpenAPI document, asked at one municipality's address ({@code /api/{municipalityId}/…}) about
 * that municipality's real objects (a request and its actions, a unit, a post, a person, a
 * deviation entry, the review, a substitution, a site visit, an export) by a person, an
 * administrator or an intranet system of the other municipality, answers 404 — never 403, which
 * would say the object exists, nor 200 — shows nothing of the object, and changes nothing.
 */
@QuarkusTest
@TestProfile(SeveralMunicipalitiesTest.TwoDemoMunicipalities.class)
class ObjectAccessAcrossMunicipalitiesTest {

  /** One municipality's real objects, by the name of the path parameter they fill. */
  record Objects(
      String municipality,
      String request,
      String substitution,
      String visit,
      long deviation,
      String policyKey,
      List<String> secrets) {}

  /** The people, administrator and system of the other municipality, with their tokens. */
  static Map<String, Supplier<RequestSpecification>> foreigners(String home, String prefix) {
    Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
    for (String login :
        List.of("larare", "politiker", "fc-buf", "kd", "kso", "revisor", "visselblasare")) {
      callers.put(prefix + login, () -> as(prefix + login));
    }
    callers.put(
        "administrator of " + home,
        () -> given().auth().oauth2(Tokens.administratorOf("admin-" + home, home)));
    callers.put(
        "integration of " + home,
        () -> given().auth().oauth2(Tokens.integrationOf("intranet-" + home, home)));
    return callers;
  }

  static Objects objectsOf(String municipality, String prefix, String policyKey) {
    String api = "/api/" + municipality;
    String secret = "Hemligt ärende " + UUID.randomUUID();
    String request =
        as(prefix + "larare")
            .contentType(ContentType.JSON)
            .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"" + secret + "\"}")
            .post(api + "/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String reason = "Hemlig orsak " + UUID.randomUUID();
    String substitution =
        as(prefix + "larare")
            .contentType(ContentType.JSON)
            .body(
                "{\"substitute\":\"P-REKTOR\",\"from\":\"2031-01-07\",\"to\":\"2031-01-10\","
                    + "\"reason\":\""
                    + reason
                    + "\"}")
            .post(api + "/substitutions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String note = "Hemligt besök " + UUID.randomUUID();
    String visit =
        as(prefix + "bun-ordforande")
            .contentType(ContentType.JSON)
            .body(
                "{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\""
                    + LocalDate.now().minusDays(1)
                    + "\",\"note\":\""
                    + note
                    + "\"}")
            .post(api + "/site-visits")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String description = "Hemligt samtal " + UUID.randomUUID();
    // A deviation under Kungsör's guideline; Alingsås's may judge the same contact otherwise,
    // and then the first entry of the record stands in (a foreigner is told of none).
    Number recorded =
        (Number)
            as(prefix + "larare")
                .contentType(ContentType.JSON)
                .body(
                    "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":"
                        + "\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                        + Instant.now().minus(Duration.ofDays(1))
                        + "\",\"description\":\""
                        + description
                        + "\"}")
                .post(api + "/contact-reports")
                .then()
                .statusCode(200)
                .extract()
                .path("recordedAs");
    long deviation = recorded == null ? 1 : recorded.longValue();
    return new Objects(
        municipality,
        request,
        substitution,
        visit,
        deviation,
        policyKey,
        List.of(secret, reason, note, description, "Sara Lind"));
  }

  /** The operation's address in the objects' municipality, filled with their ids. */
  static String concrete(String path, Objects objects) {
    String id;
    if (path.startsWith("/api/requests/")) {
      id = objects.request();
    } else if (path.startsWith("/api/substitutions/")) {
      id = objects.substitution();
    } else if (path.startsWith("/api/site-visits/")) {
      id = objects.visit();
    } else if (path.startsWith("/api/units/")) {
      id = "U-SKOLA-1";
    } else if (path.startsWith("/api/positions/")) {
      id = "POS-LARARE-1";
    } else if (path.startsWith("/api/municipalities/")) {
      id = objects.municipality();
    } else {
      id = "P-LARARE";
    }
    return "/api/"
        + objects.municipality()
        + path.substring("/api".length())
            .replace("{id}", id)
            .replace("{seq}", Long.toString(objects.deviation()))
            .replace("{key}", objects.policyKey())
            .replace("{version}", "1");
  }

  /** Every endpoint but the public ones, as every caller of the other municipality: 404. */
  static List<String> askedByForeigners(
      Objects objects, Map<String, Supplier<RequestSpecification>> callers) {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, EndpointAccessMatrixTest.Rule> entry :
        EndpointAccessMatrixTest.RULES.entrySet()) {
      if (entry.getValue() == EndpointAccessMatrixTest.Rule.PUBLIC) {
        continue;
      }
      String method = entry.getKey().split(" ")[0];
      String path = entry.getKey().split(" ")[1];
      String address = concrete(path, objects);
      for (Map.Entry<String, Supplier<RequestSpecification>> caller : callers.entrySet()) {
        RequestSpecification spec = caller.getValue().get();
        Response response =
            method.equals("GET")
                ? spec.get(address)
                : spec.contentType(ContentType.JSON)
                    .body(ObjectAccessTest.bodyFor(path))
                    .post(address);
        checked++;
        String body = response.asString();
        if (response.statusCode() != 404) {
          wrong.add(
              method + " " + address + " as " + caller.getKey() + ": " + response.statusCode());
        }
        for (String trace : objects.secrets()) {
          if (body.contains(trace)) {
            wrong.add(method + " " + address + " as " + caller.getKey() + " shows '" + trace + "'");
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(400);
    return wrong;
  }

  @Test
  void every_endpoint_of_one_municipality_is_not_found_for_the_other_municipalitys_callers() {
    Objects vanerstrand = objectsOf("9902", "v-", "alingsas");
    Objects malarvik = objectsOf("9901", "", "kungsor");
    long vanerstrandTrail = trail("9902");
    long malarvikTrail = trail("9901");
    long vanerstrandRecord = record("9902", "v-kd");

    List<String> wrong = new ArrayList<>();
    wrong.addAll(askedByForeigners(vanerstrand, foreigners("9901", "")));
    wrong.addAll(askedByForeigners(malarvik, foreigners("9902", "v-")));
    assertThat(wrong).as("answers other than 404 across municipalities").isEmpty();

    // Nothing changed: each owner still finds their objects as they were.
    for (Objects objects : List.of(vanerstrand, malarvik)) {
      String prefix = objects.municipality().equals("9902") ? "v-" : "";
      String api = "/api/" + objects.municipality();
      JsonPath request =
          as(prefix + "larare")
              .get(api + "/requests/" + objects.request())
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(request.getList("history.event")).containsExactly("SUBMITTED");
      as(prefix + "larare")
          .get(api + "/substitutions/" + objects.substitution())
          .then()
          .statusCode(200)
          .body("lastDay", equalTo("2031-01-10"))
          .body("status", equalTo("PLANNED"));
      as(prefix + "larare")
          .contentType(ContentType.JSON)
          .post(api + "/substitutions/" + objects.substitution() + "/end")
          .then()
          .statusCode(200);
    }
    assertThat(trail("9902")).isEqualTo(vanerstrandTrail);
    assertThat(trail("9901")).isEqualTo(malarvikTrail);
    assertThat(record("9902", "v-kd")).isEqualTo(vanerstrandRecord);
  }

  private static long trail(String municipality) {
    return asAdministrator()
        .get("/api/" + municipality + "/administration/audit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static long record(String municipality, String reader) {
    return as(reader)
        .get("/api/" + municipality + "/deviations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }
}
