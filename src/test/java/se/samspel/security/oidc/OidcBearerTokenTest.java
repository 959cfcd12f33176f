package se.samspel.security.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.PersonJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PositionJson;
import se.samspel.support.ImportDocuments;
import se.samspel.support.Tokens;
import se.samspel.support.oidc.ProviderTokens;
import se.samspel.support.oidc.WithOidcProvider;

/**
 * The API with bearer tokens issued by the real provider (issue 14, "The real provider in tests and
 * CI"): Keycloak's demo realm, subject claim {@code preferred_username}. The refusals (foreign
 * issuer, wrong audience, expired) use tokens that differ from an accepted one only in what is
 * checked; {@code KeycloakProviderTest} shows what each token carries.
 */
@QuarkusTest
@TestProfile(WithOidcProvider.class)
class OidcBearerTokenTest {

  private static final String IMPORT = "/api/organisation/import";

  @Test
  void a_person_of_the_organisation_is_found_by_the_providers_preferred_username() {
    me(ProviderTokens.forUser("kd"))
        .statusCode(200)
        .body("personId", equalTo("P-KD"))
        .body("roles", hasItem("kd"))
        .body("roles", not(hasItem("administrator")));
    me(ProviderTokens.forUser("fc-buf"))
        .statusCode(200)
        .body("personId", equalTo("P-FC-BUF"))
        .body("roles", hasItem("department-head"));
  }

  @Test
  void the_providers_administrator_group_gives_the_administrator_role() {
    me(ProviderTokens.forUser("admin"))
        .statusCode(200)
        .body("personId", equalTo("P-ADMIN"))
        .body("roles", hasItem("administrator"));
  }

  @Test
  void a_login_imported_in_mixed_case_is_found_by_the_providers_lower_case_username() {
    OrganisationImportRequest original = ImportDocuments.demo();
    List<PersonJson> people = new ArrayList<>(original.people());
    people.add(
        new PersonJson(
            "P-AGNETA",
            "Agneta Strömvall",
            "agneta.stromvall@ekelunda.example",
            "Agneta.Stromvall@Ekelunda.example"));
    List<PositionJson> positions = new ArrayList<>(original.positions());
    positions.add(
        new PositionJson(
            "POS-LARARE-AGNETA",
            "Lärare",
            "STAFF_MEMBER",
            "U-SKOLA-1",
            "POS-REKTOR-1",
            "P-AGNETA",
            null,
            List.of()));
    String token = ProviderTokens.forUser("agneta.stromvall@ekelunda.example");
    assertThat(ProviderTokens.claims(token).get("preferred_username"))
        .isEqualTo("agneta.stromvall@ekelunda.example");
    try {
      asAdministrator()
          .contentType(ContentType.JSON)
          .body(
              ImportDocuments.json(
                  new OrganisationImportRequest(original.units(), positions, people)))
          .post(IMPORT)
          .then()
          .statusCode(200);

      me(token).statusCode(200).body("personId", equalTo("P-AGNETA"));
    } finally {
      asAdministrator()
          .contentType(ContentType.JSON)
          .body(ImportDocuments.json(original))
          .post(IMPORT)
          .then()
          .statusCode(200);
    }
  }

  @Test
  void a_token_of_another_realm_is_401_problem_though_it_names_a_known_person() {
    refused(ProviderTokens.foreignIssuer("kd"));
  }

  @Test
  void a_token_of_the_same_realm_for_another_audience_is_401_problem() {
    refused(ProviderTokens.wrongAudience("kd"));
  }

  @Test
  void a_token_works_until_it_expires_and_is_401_problem_after() throws InterruptedException {
    String token = ProviderTokens.shortLived("kd").accessToken();
    me(token).statusCode(200).body("personId", equalTo("P-KD"));

    // Past exp, and past any grace the application allows for clocks that differ.
    long grace =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.oidc.token.lifespan-grace", Long.class)
            .orElse(0L);
    Instant after = ProviderTokens.expiresAt(token).plusSeconds(grace + 2);
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), after).toMillis()));

    refused(token);
  }

  @Test
  void the_intranet_reads_the_event_feed_with_a_client_credentials_token() {
    given().auth().oauth2(ProviderTokens.intranet()).get("/api/events").then().statusCode(200);
    // A person without the integration group may not: the group is what lets the intranet in.
    given().auth().oauth2(ProviderTokens.forUser("kd")).get("/api/events").then().statusCode(403);
  }

  @Test
  void a_provider_user_who_is_not_in_the_organisation_is_403_problem() {
    for (String stranger : List.of("utomstaende", "karin.holm")) {
      me(ProviderTokens.forUser(stranger))
          .statusCode(403)
          .contentType(startsWith("application/problem+json"))
          .body("status", equalTo(403));
    }
  }

  @Test
  void demo_tokens_keep_working_beside_the_provider() {
    me(Tokens.forLogin("kd")).statusCode(200).body("personId", equalTo("P-KD"));
    refused(Tokens.expired("kd"));
  }

  private static ValidatableResponse me(String token) {
    return given().auth().oauth2(token).get("/api/me").then();
  }

  private static void refused(String token) {
    me(token)
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(401));
  }
}
