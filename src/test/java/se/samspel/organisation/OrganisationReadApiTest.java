package se.samspel.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationReadApiTest {

  @Test
  void the_unit_tree_starts_at_the_municipality_and_holds_every_kind_of_body() {
    as("larare")
        .get("/api/units/tree")
        .then()
        .statusCode(200)
        .body("id", equalTo("U-KOMMUN"))
        .body("kind", equalTo("MUNICIPALITY"))
        .body("children.id", hasItem("U-KF"))
        .body("children.id", hasItem("U-KS"))
        .body("children.id", hasItem("U-BUF"))
        .body("children.find { it.id == 'U-BUF' }.children.id", hasItem("U-BUF-GR"));
  }

  @Test
  void the_tree_can_be_cut_at_a_depth() {
    as("larare")
        .queryParam("depth", 1)
        .get("/api/units/tree")
        .then()
        .statusCode(200)
        .body("children.find { it.id == 'U-BUF' }.children", hasSize(0));
  }

  @Test
  void a_department_shows_its_head_committee_and_chair() {
    as("politiker")
        .get("/api/units/U-BUF")
        .then()
        .statusCode(200)
        .body("name", equalTo("Barn- och utbildningsförvaltningen"))
        .body("head.id", equalTo("POS-FC-BUF"))
        .body("head.holder.name", equalTo("Lars Ek"))
        .body("responsibleCommittee.id", equalTo("U-BUN"))
        .body("chair.id", equalTo("POS-BUN-ORF"));
  }

  @Test
  void a_position_shows_its_holder_and_chain_of_command_up_to_kd() {
    as("kd")
        .get("/api/positions/POS-LARARE-1")
        .then()
        .statusCode(200)
        .body("holder.name", equalTo("Sara Lind"))
        .body("department.id", equalTo("U-BUF"))
        .body("nearestManager.id", equalTo("POS-REKTOR-1"))
        .body("departmentHead.id", equalTo("POS-FC-BUF"))
        .body(
            "chainOfCommand.id", contains("POS-REKTOR-1", "POS-BUF-GR-CH", "POS-FC-BUF", "POS-KD"));
  }

  @Test
  void a_vacant_position_with_an_acting_holder_names_the_acting_holder() {
    as("kd")
        .get("/api/positions/POS-FC-SOF")
        .then()
        .statusCode(200)
        .body("vacant", equalTo(false))
        .body("acting", equalTo(true))
        .body("holder.id", equalTo("P-TF-FC-SOF"))
        .body("appointedHolder", equalTo(null))
        .body("actingAssignments[0].person.id", equalTo("P-TF-FC-SOF"));
  }

  @Test
  void a_vacant_position_without_an_acting_holder_is_shown_as_vacant() {
    as("kd")
        .get("/api/positions/POS-SOF-AO-EC-2")
        .then()
        .statusCode(200)
        .body("vacant", equalTo(true))
        .body("holder", equalTo(null));
  }

  @Test
  void positions_can_be_listed_by_kind() {
    as("kd")
        .queryParam("kind", "department_head")
        .get("/api/positions")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.id", hasItem("POS-FC-BUF"));
  }

  @Test
  void a_person_shows_the_positions_they_hold_today() {
    as("larare")
        .get("/api/people/P-KSO")
        .then()
        .statusCode(200)
        .body("name", equalTo("Anna Lindqvist"))
        .body("positions.kind", hasItem("KSO"))
        .body("positions.kind", hasItem("PARTY_GROUP_LEADER"));
  }

  @Test
  void people_are_found_by_every_word_of_their_name_and_paged() {
    as("larare")
        .queryParam("q", "sara lind")
        .get("/api/people")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("P-LARARE"));
    as("larare")
        .queryParam("size", 5)
        .queryParam("page", 1)
        .get("/api/people")
        .then()
        .statusCode(200)
        .body("items", hasSize(5))
        .body("page", equalTo(1))
        .body("total", greaterThan(300));
  }

  @Test
  void units_are_paged_and_filtered_by_kind() {
    as("larare")
        .queryParam("kind", "DEPARTMENT")
        .get("/api/units")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items.size()", lessThanOrEqualTo(20));
  }

  @Test
  void unknown_ids_are_404_problems() {
    for (String path : new String[] {"/api/units/U-NOPE", "/api/positions/X", "/api/people/Y"}) {
      as("larare")
          .get(path)
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body("status", equalTo(404))
          .body("code", equalTo("not-found"));
    }
  }

  @Test
  void bad_paging_and_filters_are_400_problems_naming_the_parameter() {
    as("larare")
        .queryParam("size", 1000)
        .get("/api/people")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("size"));
    as("larare")
        .queryParam("page", "abc")
        .get("/api/units")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("page"));
    as("larare")
        .queryParam("kind", "CASTLE")
        .get("/api/units")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].reason", startsWith("unknown value 'CASTLE'"));
  }

  @Test
  void reading_the_organisation_requires_a_token() {
    for (String path :
        new String[] {
          "/api/units/tree", "/api/units/U-BUF", "/api/positions/POS-KD", "/api/people"
        }) {
      anonymous()
          .get(path)
          .then()
          .statusCode(401)
          .header("WWW-Authenticate", startsWith("Bearer"))
          .contentType(startsWith("application/problem+json"))
          .body("code", equalTo("unauthenticated"));
    }
  }

  @Test
  void a_valid_token_for_someone_outside_the_organisation_is_forbidden() {
    as("stranger")
        .get("/api/units/tree")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
  }
}
