package se.samspel.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samspel.support.oidc.KeycloakProvider;
import se.samspel.support.oidc.ProviderTokens;
import se.samspel.support.oidc.ProviderTokens.Grant;

/**
 * The real provider itself, without Samspel (issue 14, "The real provider in tests and CI"): it
 * starts from the distribution the build unpacked, and the realm files give the tokens the other
 * OIDC tests rely on. If one of these fails, the application's OIDC tests cannot mean anything.
 */
class KeycloakProviderTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  static KeycloakProvider provider;

  @BeforeAll
  static void start() {
    provider = KeycloakProvider.get();
    System.out.println("Keycloak answered after " + provider.startTime().toSeconds() + " s");
  }

  @Test
  void the_discovery_document_names_the_realm_as_issuer() throws Exception {
    for (String realm : List.of(KeycloakProvider.REALM, KeycloakProvider.FOREIGN_REALM)) {
      HttpResponse<String> discovery =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(provider.issuer(realm) + "/.well-known/openid-configuration"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(discovery.statusCode()).isEqualTo(200);
      Map<?, ?> document = new ObjectMapper().readValue(discovery.body(), Map.class);
      assertThat(document.get("issuer")).isEqualTo(provider.issuer(realm));
      assertThat(provider.issuer(realm)).startsWith("http://localhost:");
      assertThat(strings(document.get("code_challenge_methods_supported"))).contains("S256");
      assertThat(document.get("end_session_endpoint")).isNotNull();
    }
  }

  @Test
  void a_person_gets_the_claims_samspel_reads_and_the_samspel_audience() {
    Map<String, Object> kd = ProviderTokens.claims(ProviderTokens.forUser("kd"));
    assertThat(kd.get("iss")).isEqualTo(provider.issuer());
    assertThat(kd.get("preferred_username")).isEqualTo("kd");
    assertThat(kd.get("upn")).isEqualTo("KD");
    assertThat(audience(kd)).contains("samspel");

    Map<String, Object> admin = ProviderTokens.claims(ProviderTokens.forUser("admin"));
    assertThat(strings(admin.get("groups"))).containsExactly("samspel-admin");

    // The provider lower-cases usernames; the upn attribute keeps the directory's case.
    Map<String, Object> agneta =
        ProviderTokens.claims(ProviderTokens.forUser("Agneta.Stromvall@Ekelunda.example"));
    assertThat(agneta.get("preferred_username")).isEqualTo("agneta.stromvall@ekelunda.example");
    assertThat(agneta.get("upn")).isEqualTo("Agneta.Stromvall@Ekelunda.example");
  }

  @Test
  void the_tokens_meant_to_be_refused_differ_only_in_what_samspel_must_check() {
    Map<String, Object> other = ProviderTokens.claims(ProviderTokens.wrongAudience("kd"));
    assertThat(other.get("iss")).isEqualTo(provider.issuer());
    assertThat(other.get("preferred_username")).isEqualTo("kd");
    assertThat(audience(other)).doesNotContain("samspel");

    Map<String, Object> foreign = ProviderTokens.claims(ProviderTokens.foreignIssuer("kd"));
    assertThat(foreign.get("iss")).isEqualTo(provider.issuer(KeycloakProvider.FOREIGN_REALM));
    assertThat(foreign.get("preferred_username")).isEqualTo("kd");
    assertThat(audience(foreign)).contains("samspel");

    Grant shortLived = ProviderTokens.shortLived("kd");
    Map<String, Object> brief = ProviderTokens.claims(shortLived.accessToken());
    assertThat(((Number) brief.get("exp")).longValue() - ((Number) brief.get("iat")).longValue())
        .isEqualTo(ProviderTokens.SHORT_LIFESPAN_SECONDS);
    assertThat(audience(brief)).contains("samspel");
  }

  @Test
  void the_intranet_gets_the_integration_group_by_client_credentials() {
    Map<String, Object> intranet = ProviderTokens.claims(ProviderTokens.intranet());
    assertThat(strings(intranet.get("groups"))).containsExactly("samspel-integration");
    assertThat(audience(intranet)).contains("samspel");
    assertThat(intranet.get("azp")).isEqualTo("intranet");
  }

  @Test
  void ending_a_persons_sessions_at_the_provider_stops_their_refresh_token() {
    Grant grant =
        ProviderTokens.password(KeycloakProvider.REALM, ProviderTokens.TESTS_CLIENT, "larare");
    assertThat(grant.refreshToken()).isNotBlank();
    HttpResponse<String> before =
        ProviderTokens.refresh(
            KeycloakProvider.REALM, ProviderTokens.TESTS_CLIENT, grant.refreshToken());
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

    ProviderTokens.endSessions("larare");

    HttpResponse<String> after =
        ProviderTokens.refresh(
            KeycloakProvider.REALM, ProviderTokens.TESTS_CLIENT, grant.refreshToken());
    assertThat(after.statusCode()).isEqualTo(400);
    assertThat(after.body()).contains("invalid_grant");
  }

  @Test
  void samspels_client_shows_the_login_form_only_to_a_request_with_pkce() throws Exception {
    String redirect = URLEncoder.encode("http://localhost:8080/inloggning", StandardCharsets.UTF_8);
    String authorize =
        provider.issuer()
            + "/protocol/openid-connect/auth?client_id="
            + KeycloakProvider.CLIENT_ID
            + "&response_type=code&scope=openid&state=s&redirect_uri="
            + redirect;
    HttpResponse<String> withoutPkce =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(authorize)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withoutPkce.statusCode()).isEqualTo(302);
    assertThat(withoutPkce.headers().firstValue("Location").orElseThrow())
        .startsWith("http://localhost:8080/inloggning")
        .contains("error=invalid_request");

    HttpResponse<String> withPkce =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        authorize
                            + "&code_challenge_method=S256"
                            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withPkce.statusCode()).isEqualTo(200);
    assertThat(withPkce.body()).contains("name=\"username\"", "name=\"password\"", "kc-login");

    HttpResponse<String> foreignRedirect =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        authorize.replace(
                                redirect,
                                URLEncoder.encode(
                                    "https://evil.example/inloggning", StandardCharsets.UTF_8))
                            + "&code_challenge_method=S256"
                            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(foreignRedirect.statusCode()).isEqualTo(400);
  }

  private static List<String> audience(Map<String, Object> claims) {
    return strings(claims.get("aud"));
  }

  /** A claim that may be one string or an array of them (RFC 7519 §4.1.3 for aud). */
  private static List<String> strings(Object claim) {
    if (claim == null) {
      return List.of();
    }
    if (claim instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(claim));
  }
}
