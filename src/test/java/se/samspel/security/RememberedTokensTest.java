package se.samspel.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.support.ImportDocuments;
import se.samspel.support.Tokens;

/**
 * A bearer token is verified and resolved to roles once, then remembered (VerifiedTokens): what it
 * grants must still follow the organisation, the address, the day and the token's lifetime as if it
 * were verified on every request.
 */
@QuarkusTest
class RememberedTokensTest {

  @Test
  void a_token_seen_before_loses_what_an_import_takes_away_and_gets_it_back() {
    String token = Tokens.forLogin("politiker");
    me(token).statusCode(200).body("personId", equalTo("P-POL"));
    me(token).statusCode(200).body("personId", equalTo("P-POL"));
    importOrganisation(ImportDocuments.demoWithout("P-POL"));
    try {
      // No longer in the organisation: a valid token of nobody (403), at once after the import.
      me(token).statusCode(403);
    } finally {
      importOrganisation(ImportDocuments.demo());
    }
    me(token).statusCode(200).body("personId", equalTo("P-POL"));
  }

  @Test
  void a_token_seen_at_one_municipality_is_judged_again_at_another() {
    String token = Tokens.forLogin("kd");
    me(token).statusCode(200).body("roles", hasItem("kd"));
    // KD of Mälarvik is nobody at Vänerstrand's addresses: told it does not exist.
    given().auth().oauth2(token).get("/api/9902/me").then().statusCode(404);
    me(token).statusCode(200).body("roles", hasItem("kd"));
  }

  @Test
  void a_token_seen_before_is_refused_once_it_has_expired() throws InterruptedException {
    String shortLived =
        Jwt.issuer(Tokens.ISSUER)
            .subject("kd")
            .preferredUserName("kd")
            .expiresIn(Duration.ofSeconds(2))
            .sign();
    me(shortLived).statusCode(200);
    // Quarkus OIDC allows no clock skew for the demo tenant; one more second for the second's
    // rounding of exp.
    Thread.sleep(3_100);
    me(shortLived).statusCode(401);
  }

  private static io.restassured.response.ValidatableResponse me(String token) {
    return given().auth().oauth2(token).get("/api/me").then();
  }

  private static void importOrganisation(OrganisationImportRequest document) {
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(ImportDocuments.json(document))
        .post("/api/organisation/import")
        .then()
        .statusCode(200);
  }
}
