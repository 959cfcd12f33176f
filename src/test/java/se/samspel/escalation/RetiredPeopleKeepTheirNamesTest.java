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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
 * longer in the organisation.
 */
@QuarkusTest
class RetiredPeopleKeepTheirNamesTest {

  @Inject MovableClock clock;

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(OpenWorkFollowsTheOrganisationTest.SUBMITTED);
  }

  @AfterEach
  void restoreTheDemoOrganisation() {
    importOrganisation(ImportDocuments.demo());
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
}
