package se.samspel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.support.ImportDocuments;

/** GET /api/organisation/search: people and posts found by part of a name, title or unit. */
@QuarkusTest
class SearchApiTest {

  private static final String SEARCH = "/api/organisation/search";

  @Test
  void a_post_is_found_by_its_holders_name_with_its_title_and_unit_best_first() {
    as("larare")
        .queryParam("q", "lars ek")
        .get(SEARCH)
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo("POS-FC-BUF"))
        .body("items[0].title", equalTo("Förvaltningschef"))
        .body("items[0].unit.name", equalTo("Barn- och utbildningsförvaltningen"))
        .body("items[0].holder.name", equalTo("Lars Ek"))
        .body("total", greaterThan(0));
  }

  @Test
  void a_person_is_found_with_the_posts_they_hold() {
    as("larare")
        .queryParam("q", "SARA lind lärare")
        .queryParam("type", "person")
        .get(SEARCH)
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo("P-LARARE"))
        .body("items[0].name", equalTo("Sara Lind"))
        .body("items[0].positions.title", hasItem("Lärare"))
        .body("items[0].positions.unit.name", hasItem("Ekbackens skola"));
  }

  @Test
  void å_is_not_a_and_other_accents_are_ignored() {
    as("larare")
        .queryParam("q", "åberg")
        .queryParam("type", "person")
        .get(SEARCH)
        .then()
        .statusCode(200)
        .body("items.name", hasItem("Göran Åberg"));
    List<String> names =
        as("larare")
            .queryParam("q", "aberg")
            .queryParam("type", "person")
            .get(SEARCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.name");
    assertThat(names).doesNotContain("Göran Åberg");
    as("larare")
        .queryParam("q", "FÖRVALTNÍNGSCHÉF")
        .get(SEARCH)
        .then()
        .statusCode(200)
        .body("items.id", hasItem("POS-FC-BUF"));
  }

  @Test
  void results_are_paged_and_the_pages_follow_each_other() {
    JsonPath all =
        as("larare")
            .queryParam("q", "lärare")
            .queryParam("size", 100)
            .get(SEARCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> ids = all.getList("items.id");
    assertThat(all.getInt("total")).isGreaterThan(20);
    as("larare")
        .queryParam("q", "lärare")
        .queryParam("page", 2)
        .queryParam("size", 5)
        .get(SEARCH)
        .then()
        .statusCode(200)
        .body("items", hasSize(5))
        .body("page", equalTo(2))
        .body("total", equalTo(all.getInt("total")))
        .body("items.id", equalTo(ids.subList(10, 15)));
  }

  @Test
  void a_missing_short_or_long_query_or_bad_paging_is_a_400_problem_naming_the_field() {
    record Bad(String q, String type, String size, String field) {}
    for (Bad bad :
        List.of(
            new Bad(null, null, null, "q"),
            new Bad("  ", null, null, "q"),
            new Bad("e", null, null, "q"),
            new Bad("--", null, null, "q"),
            new Bad("x".repeat(101), null, null, "q"),
            new Bad("lars", "unit", null, "type"),
            new Bad("lars", null, "0", "size"),
            new Bad("lars", null, "101", "size"))) {
      var request = as("larare");
      if (bad.q() != null) {
        request = request.queryParam("q", bad.q());
      }
      if (bad.type() != null) {
        request = request.queryParam("type", bad.type());
      }
      if (bad.size() != null) {
        request = request.queryParam("size", bad.size());
      }
      request
          .get(SEARCH)
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("errors[0].field", equalTo(bad.field()));
    }
  }

  @Test
  void only_members_of_the_organisation_may_search() {
    anonymous().queryParam("q", "lars").get(SEARCH).then().statusCode(401);
    as("stranger-not-in-the-organisation")
        .queryParam("q", "lars")
        .get(SEARCH)
        .then()
        .statusCode(403);
  }

  @Test
  void the_people_list_searches_with_the_same_ranking() {
    as("larare")
        .queryParam("q", "lars ek")
        .get("/api/people")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo("P-FC-BUF"));
    as("larare").queryParam("q", "e").get("/api/people").then().statusCode(400);
  }

  @Test
  void retired_people_and_posts_are_not_offered() {
    OrganisationImportRequest original = ImportDocuments.demo();
    // Someone with no role in other tests: a preschool teacher of the second preschool.
    JsonPath found =
        as("larare")
            .queryParam("q", "förskollärare blåklinten")
            .get(SEARCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String position = found.getString("items[0].id");
    String person = found.getString("items[0].holder.id");
    String name = found.getString("items[0].holder.name");
    assertThat(position).isNotNull();
    assertThat(person).isNotNull();
    OrganisationImportRequest without =
        new OrganisationImportRequest(
            original.units(),
            original.positions().stream().filter(p -> !p.id().equals(position)).toList(),
            original.people().stream().filter(p -> !p.id().equals(person)).toList());
    try {
      importing(without);
      List<String> positions =
          as("larare")
              .queryParam("q", name)
              .get(SEARCH)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id");
      List<String> people =
          as("larare")
              .queryParam("q", name)
              .queryParam("type", "person")
              .get(SEARCH)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id");
      assertThat(positions).doesNotContain(position);
      assertThat(people).doesNotContain(person);
    } finally {
      importing(original);
    }
    as("larare")
        .queryParam("q", name)
        .get(SEARCH)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(position));
  }

  private static void importing(OrganisationImportRequest request) {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(request))
        .post("/api/organisation/import")
        .then()
        .statusCode(200);
  }
}
