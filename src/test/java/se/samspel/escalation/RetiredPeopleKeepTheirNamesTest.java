package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.change;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.holder;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.importOrganisation;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.page;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.politiciansDialogue;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.read;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.withoutPerson;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.ImportDocuments;
import se.samspel.support.MovableClock;

/**
 * An import that retires the person who asked leaves the record saying who asked and who acted: the
 * request, its history, the inbox and the request page keep the retired person's name, marked as no
 * longer in the organisation; so do the site visits they registered and the substitutions they
 * arranged or were part of.
 */
@QuarkusTest
class RetiredPeopleKeepTheirNamesTest {

  @Inject MovableClock clock;

  /** Substitutions a test arranged as Maria Berg, cancelled once she is back. */
  private final List<String> substitutions = new ArrayList<>();

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(OpenWorkFollowsTheOrganisationTest.SUBMITTED);
  }

  @AfterEach
  void restoreTheDemoOrganisation() {
    importOrganisation(ImportDocuments.demo());
    // Cancelled so that no later test finds someone acting for her.
    for (String id : substitutions) {
      as("politiker")
          .contentType(ContentType.JSON)
          .post("/api/substitutions/" + id + "/end")
          .then()
          .statusCode(200);
    }
    clock.reset();
  }

  @Test
  void the_api_still_names_a_requester_an_import_retired_and_marks_them_retired() {
    String id = politiciansDialogue();

    importOrganisation(
        change(
            holder("POS-BUN-LED-POL", null),
            holder("POS-KF-LED-POL", null),
            withoutPerson("P-POL")));

    JsonPath request = read("fc-buf", id);
    assertThat(request.getString("requester.id")).isEqualTo("P-POL");
    assertThat(request.getString("requester.name")).isEqualTo("Maria Berg");
    assertThat(request.getBoolean("requester.retired")).isTrue();
    List<Map<String, Object>> history = request.getList("history");
    Map<String, Object> submitted =
        history.stream().filter(e -> "SUBMITTED".equals(e.get("event"))).findFirst().orElseThrow();
    assertThat(submitted.get("actor")).extracting("name").isEqualTo("Maria Berg");
    assertThat(submitted.get("actor")).extracting("retired").isEqualTo(true);

    JsonPath inbox =
        as("fc-buf").get("/api/requests/inbox").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> items = inbox.getList("requests.items");
    Map<String, Object> mine =
        items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
    assertThat(mine.get("requester")).extracting("name").isEqualTo("Maria Berg");
    assertThat(mine.get("requester")).extracting("retired").isEqualTo(true);
  }

  @Test
  void a_person_still_in_the_organisation_is_not_marked_retired() {
    String id = politiciansDialogue();

    JsonPath request = read("fc-buf", id);
    assertThat(request.getString("requester.name")).isEqualTo("Maria Berg");
    assertThat(request.getBoolean("requester.retired")).isFalse();
  }

  @Test
  void the_request_page_names_a_retired_requester_and_says_they_have_left() {
    String id = politiciansDialogue();
    importOrganisation(
        change(
            holder("POS-BUN-LED-POL", null),
            holder("POS-KF-LED-POL", null),
            withoutPerson("P-POL")));

    assertThat(page("fc-buf", "/arenden/" + id, "sv"))
        .contains("Skickat</strong> – Maria Berg (har slutat)");
    assertThat(page("fc-buf", "/arenden/" + id, "en")).contains("Maria Berg (has left)");
  }

  /** Maria Berg (P-POL) leaves: the import no longer lists her nor her two political offices. */
  private static void mariaBergLeaves() {
    importOrganisation(
        change(
            holder("POS-BUN-LED-POL", null),
            holder("POS-KF-LED-POL", null),
            withoutPerson("P-POL")));
  }

  @Test
  void a_site_visit_still_names_a_visitor_an_import_retired_and_marks_them_retired() {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body("{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\"2026-11-23\",\"note\":\"Tittade in\"}")
            .post("/api/site-visits")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath before =
        as("kd").get("/api/site-visits/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(before.getString("visitor.name")).isEqualTo("Maria Berg");
    assertThat(before.getBoolean("visitor.retired")).isFalse();

    mariaBergLeaves();

    JsonPath visit =
        as("kd").get("/api/site-visits/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(visit.getString("visitor.id")).isEqualTo("P-POL");
    assertThat(visit.getString("visitor.name")).isEqualTo("Maria Berg");
    assertThat(visit.getBoolean("visitor.retired")).isTrue();
    JsonPath list =
        as("kd").get("/api/site-visits?size=100").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> items = list.getList("items");
    Map<String, Object> listed =
        items.stream().filter(v -> id.equals(v.get("id"))).findFirst().orElseThrow();
    assertThat(listed.get("visitor")).extracting("name").isEqualTo("Maria Berg");
    assertThat(listed.get("visitor")).extracting("retired").isEqualTo(true);
  }

  @Test
  void a_substitution_still_names_who_arranged_it_after_an_import_retired_them() {
    String id =
        as("politiker")
            .contentType(ContentType.JSON)
            .body("{\"substitute\":\"P-OPP\",\"from\":\"2026-11-25\",\"to\":\"2026-11-27\"}")
            .post("/api/substitutions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    substitutions.add(id);

    mariaBergLeaves();

    // The substitute, still in the organisation, reads the substitution they were named in.
    JsonPath substitution =
        as("oppositionsrad")
            .get("/api/substitutions/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(substitution.getString("absent.id")).isEqualTo("P-POL");
    assertThat(substitution.getString("absent.name")).isEqualTo("Maria Berg");
    assertThat(substitution.getBoolean("absent.retired")).isTrue();
    assertThat(substitution.getString("namedBy.name")).isEqualTo("Maria Berg");
    assertThat(substitution.getBoolean("namedBy.retired")).isTrue();
    assertThat(substitution.getString("substitute.name")).isEqualTo("Erik Johansson");
    assertThat(substitution.getBoolean("substitute.retired")).isFalse();
    JsonPath mine =
        as("oppositionsrad")
            .get("/api/substitutions/mine?size=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = mine.getList("items");
    Map<String, Object> listed =
        items.stream().filter(v -> id.equals(v.get("id"))).findFirst().orElseThrow();
    assertThat(listed.get("absent")).extracting("name").isEqualTo("Maria Berg");
    assertThat(listed.get("absent")).extracting("retired").isEqualTo(true);
  }
}
