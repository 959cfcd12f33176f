package se.samspel.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * An ID token (Keycloak: {@code typ: "ID"}) sent as a bearer token to the API is refused; an access
 * token ({@code typ: "Bearer"}) and a token without the claim (Entra ID) are not taken for one.
 */
class IdTokenIsNotABearerTokenTest {

  private static DefaultJWTCallerPrincipal token(String typ) {
    JwtClaims claims = new JwtClaims();
    claims.setSubject("kd");
    if (typ != null) {
      claims.setClaim("typ", typ);
    }
    return new DefaultJWTCallerPrincipal("JWT", claims);
  }

  @Test
  void keycloaks_id_token_is_recognised_and_its_access_token_is_not() {
    assertThat(OrganisationRoleAugmentor.isIdToken(token("ID"))).isTrue();
    assertThat(OrganisationRoleAugmentor.isIdToken(token("Bearer"))).isFalse();
    assertThat(OrganisationRoleAugmentor.isIdToken(token(null))).isFalse();
  }
}
