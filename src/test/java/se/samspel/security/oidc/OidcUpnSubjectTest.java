package se.samspel.security.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import se.samspel.support.oidc.ProviderTokens;
import se.samspel.support.oidc.WithOidcProvider;

/**
 * The subject from another claim, in the case the directory sends it (issue 14): with {@code
 * samspel.auth.subject-claim=upn} the demo realm's mixed-case {@code upn} values ({@code KD},
 * {@code Fc-Buf}) find the people whose logins are {@code kd} and {@code fc-buf}.
 */
@QuarkusTest
@TestProfile(WithOidcProvider.UpnSubject.class)
class OidcUpnSubjectTest {

  @Test
  void a_mixed_case_upn_finds_the_person_with_the_lower_case_login() {
    String kd = ProviderTokens.forUser("kd");
    assertThat(ProviderTokens.claims(kd).get("upn")).isEqualTo("KD");
    given()
        .auth()
        .oauth2(kd)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-KD"));

    String head = ProviderTokens.forUser("fc-buf");
    assertThat(ProviderTokens.claims(head).get("upn")).isEqualTo("Fc-Buf");
    given()
        .auth()
        .oauth2(head)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-FC-BUF"));
  }

  @Test
  void the_subject_is_the_upn_not_the_username() {
    // karin.holm is no login of the organisation (403 with preferred_username,
    // OidcBearerTokenTest);
    // her upn KD is.
    String token = ProviderTokens.forUser("karin.holm");
    assertThat(ProviderTokens.claims(token).get("preferred_username")).isEqualTo("karin.holm");
    given()
        .auth()
        .oauth2(token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-KD"));
  }
}
