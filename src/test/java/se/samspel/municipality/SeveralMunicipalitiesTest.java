package se.samspel.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.application.EscalationSweeper;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.support.Fixtures;
import se.samspel.support.ImportDocuments;
import se.samspel.support.MovableClock;

/**
 * One deployment, two municipalities (issue 16): the embedded default's Mälarvik (9901, Kungsör's
 * guideline) and Vänerstrand (9902, Alingsås's), each with its own organisation. Nothing of one is
 * visible to the other's people, a sweep of one never touches the other's requests, and both can
 * import and upload at the same time.
 */
@QuarkusTest
@TestProfile(SeveralMunicipalitiesTest.TwoDemoMunicipalities.class)
public class SeveralMunicipalitiesTest {

  /** The embedded default as it ships: both demo municipalities. */
  public static class TwoDemoMunicipalities implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("samspel.demo.second-municipality", "true");
    }
  }

  static final MunicipalityId MALARVIK = new MunicipalityId("9901");
  static final MunicipalityId VANERSTRAND = new MunicipalityId("9902");

  @Inject EscalationSweeper sweeper;
  @Inject MovableClock clock;

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  static String staffProblem(String municipality, String login) {
    return as(login)
        .contentType(ContentType.JSON)
        .body("{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Arbetsmiljön i klassrummet\"}")
        .post("/api/" + municipality + "/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static List<String> history(String municipality, String login, String id) {
    return as(login)
        .get("/api/" + municipality + "/requests/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("history.event");
  }

  @Test
  void the_demo_serves_two_municipalities_each_on_its_own_guideline() {
    as("larare")
        .get("/api/municipalities")
        .then()
        .statusCode(200)
        .body("id", contains("9901", "9902"))
        .body("name", contains("Mälarviks kommun", "Vänerstrands kommun"));
    as("larare")
        .get("/api/9901/policies/active")
        .then()
        .statusCode(200)
        .body("key", equalTo("kungsor"));
    as("v-larare")
        .get("/api/9902/policies/active")
        .then()
        .statusCode(200)
        .body("key", equalTo("alingsas"));
    // The unscoped (deprecated) addresses are the first municipality's, not Vänerstrand's.
    as("v-larare").get("/api/policies/active").then().statusCode(404);
    as("v-larare")
        .get("/api/9902/units/U-KOMMUN")
        .then()
        .statusCode(200)
        .body("name", equalTo("Vänerstrands kommun"));
  }

  @Test
  void another_municipalitys_request_and_units_are_not_found_never_forbidden() {
    String id = staffProblem("9902", "v-larare");
    assertThat(history("9902", "v-larare", id)).contains("SUBMITTED");
    as("v-larare").get("/api/requests/" + id).then().statusCode(404);

    // A person of Mälarvik: at Mälarvik's address, at Vänerstrand's, at the unscoped one.
    for (String path :
        List.of("/api/9901/requests/" + id, "/api/9902/requests/" + id, "/api/requests/" + id)) {
      as("larare").get(path).then().statusCode(404).contentType("application/problem+json");
    }
    as("larare").get("/api/9902/units/U-KOMMUN").then().statusCode(404);
    as("larare").get("/api/9902/requests/mine").then().statusCode(404);
    // Mälarvik's own unit of the same external id is Mälarvik's.
    as("larare")
        .get("/api/9901/units/U-KOMMUN")
        .then()
        .statusCode(200)
        .body("name", equalTo("Mälarviks kommun"));
    as("larare")
        .get("/api/requests/mine")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
  }

  @Test
  void a_sweep_of_one_municipality_never_touches_the_others_requests() {
    String malarvik = staffProblem("9901", "larare");
    String vanerstrand = staffProblem("9902", "v-larare");
    Instant due =
        List.of(
                Instant.parse(
                    as("larare")
                        .get("/api/9901/requests/" + malarvik)
                        .then()
                        .extract()
                        .path("waiting.dueAt")),
                Instant.parse(
                    as("v-larare")
                        .get("/api/9902/requests/" + vanerstrand)
                        .then()
                        .extract()
                        .path("waiting.dueAt")))
            .stream()
            .max(Instant::compareTo)
            .orElseThrow();
    clock.setTo(due.plusSeconds(60));

    sweeper.sweep(MALARVIK);
    assertThat(history("9901", "larare", malarvik)).contains("ESCALATED");
    assertThat(history("9902", "v-larare", vanerstrand)).containsExactly("SUBMITTED");

    sweeper.sweep(VANERSTRAND);
    assertThat(history("9902", "v-larare", vanerstrand)).contains("ESCALATED");
  }

  @Test
  void two_municipalities_import_and_upload_at_the_same_time() throws Exception {
    String kungsor = Fixtures.resource("policies/kungsor-2023.json");
    String alingsas = Fixtures.resource("policies/alingsas-2022.json");
    int malarvikVersions = as("larare").get("/api/9901/policies").then().extract().path("size()");
    int vanerstrandVersions =
        as("v-larare").get("/api/9902/policies").then().extract().path("size()");

    CompletableFuture<Integer> importMalarvik =
        CompletableFuture.supplyAsync(
            () -> importInto("9901", ImportDocuments.json(ImportDocuments.demo())));
    CompletableFuture<Integer> importVanerstrand =
        CompletableFuture.supplyAsync(
            () ->
                importInto(
                    "9902",
                    ImportDocuments.json(ImportDocuments.toRequest(DemoOrganisation.second()))));
    CompletableFuture<Integer> uploadMalarvik =
        CompletableFuture.supplyAsync(() -> upload("9901", withTitle(kungsor, "Ny version A")));
    CompletableFuture<Integer> uploadVanerstrand =
        CompletableFuture.supplyAsync(() -> upload("9902", withTitle(alingsas, "Ny version B")));

    assertThat(importMalarvik.get()).isEqualTo(200);
    assertThat(importVanerstrand.get()).isEqualTo(200);
    assertThat(uploadMalarvik.get()).isEqualTo(201);
    assertThat(uploadVanerstrand.get()).isEqualTo(201);

    // Each kept its own organisation and got exactly its own new version.
    as("larare").get("/api/9901/units/U-KOMMUN").then().body("name", equalTo("Mälarviks kommun"));
    as("v-larare")
        .get("/api/9902/units/U-KOMMUN")
        .then()
        .body("name", equalTo("Vänerstrands kommun"));
    as("larare").get("/api/9901/policies").then().body("size()", equalTo(malarvikVersions + 1));
    as("v-larare")
        .get("/api/9902/policies")
        .then()
        .body("size()", equalTo(vanerstrandVersions + 1));
  }

  @Test
  void a_login_another_municipality_lists_is_refused_by_an_import() {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(ImportDocuments.toRequest(DemoOrganisation.second())))
        .post("/api/9901/organisation/import")
        .then()
        .statusCode(422)
        .body(
            "errors.reason",
            hasItem(
                org.hamcrest.Matchers.startsWith("is the login of a person of municipality 9902")));
  }

  @Test
  void an_administrator_of_the_deployment_adds_a_municipality_and_no_one_else_may() {
    as("larare")
        .contentType(ContentType.JSON)
        .body("{\"id\":\"9903\",\"name\":\"Testby kommun\",\"policyKey\":\"kungsor\"}")
        .post("/api/municipalities")
        .then()
        .statusCode(403);
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"id\":\"12\",\"name\":\" \",\"policyKey\":\"stockholm\"}")
        .post("/api/municipalities")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("id", "name", "policyKey"));

    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"id\":\"9903\",\"name\":\"Testby kommun\",\"policyKey\":\"kungsor\"}")
        .post("/api/municipalities")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/municipalities/9903"))
        .body("api", equalTo("/api/9903"));
    asAdministrator()
        .contentType(ContentType.JSON)
        .body("{\"id\":\"9903\",\"name\":\"Testby kommun\",\"policyKey\":\"kungsor\"}")
        .post("/api/municipalities")
        .then()
        .statusCode(409)
        .body("code", equalTo("municipality-exists"));
    as("larare").get("/api/municipalities").then().body("id", contains("9901", "9902", "9903"));
  }

  private static int importInto(String municipality, String json) {
    return asAdministrator()
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/" + municipality + "/organisation/import")
        .then()
        .extract()
        .statusCode();
  }

  private static int upload(String municipality, String document) {
    return asAdministrator()
        .contentType(ContentType.JSON)
        .body(document)
        .post("/api/" + municipality + "/policies")
        .then()
        .extract()
        .statusCode();
  }

  /** The document with another title: other content, so a new version. */
  private static String withTitle(String document, String title) {
    return document.replaceFirst("\"title\"\\s*:\\s*\"", "\"title\": \"" + title + " ");
  }
}
