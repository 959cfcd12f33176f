package se.samspel.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * A municipality's own identity provider as an operator sets it (README, "Sign-in"): environment
 * variables {@code SAMSPEL_MUNICIPALITIES__<code>__OIDC_*} (the code between double underscores;
 * with single ones SmallRye Config finds no key of the map) or properties {@code
 * samspel.municipalities.<code>.oidc.*}; and what the start says when one is incomplete.
 */
class MunicipalityProvidersTest {

  @Test
  void environment_variables_name_a_municipalitys_provider() {
    MunicipalityProviders providers =
        mapping(
            new EnvConfigSource(
                Map.of(
                    "SAMSPEL_MUNICIPALITIES__9902__OIDC_ISSUER",
                    "https://login.microsoftonline.com/t-9902/v2.0",
                    "SAMSPEL_MUNICIPALITIES__9902__OIDC_CLIENT_ID",
                    "client-9902",
                    "SAMSPEL_MUNICIPALITIES__9902__OIDC_CLIENT_SECRET",
                    "secret-9902",
                    "SAMSPEL_MUNICIPALITIES__9902__OIDC_AUDIENCE",
                    "api://client-9902"),
                300));

    MunicipalityProviders.Provider own = providers.of(new MunicipalityId("9902")).orElseThrow();
    assertThat(own.issuer()).contains("https://login.microsoftonline.com/t-9902/v2.0");
    assertThat(own.clientId()).contains("client-9902");
    assertThat(own.clientSecret()).contains("secret-9902");
    assertThat(own.audience()).contains("api://client-9902");
    assertThat(providers.of(new MunicipalityId("9901"))).isEmpty();
  }

  @Test
  void properties_name_it_too_and_the_audience_may_be_left_out() {
    MunicipalityProviders providers =
        mapping(
            new PropertiesConfigSource(
                Map.of(
                    "samspel.municipalities.1489.oidc.issuer", "https://idp.alingsas.example",
                    "samspel.municipalities.1489.oidc.client-id", "samspel",
                    "samspel.municipalities.1489.oidc.client-secret", "s"),
                "test",
                300));

    MunicipalityProviders.Provider own = providers.of(new MunicipalityId("1489")).orElseThrow();
    assertThat(own.issuer()).contains("https://idp.alingsas.example");
    assertThat(own.audience()).isEmpty();
  }

  @Test
  void the_start_names_the_missing_setting_of_a_municipalitys_provider() {
    MunicipalityProviders providers =
        mapping(
            new EnvConfigSource(
                Map.of(
                    "SAMSPEL_MUNICIPALITIES__9902__OIDC_ISSUER", "https://idp.example/9902",
                    "SAMSPEL_MUNICIPALITIES__9902__OIDC_CLIENT_ID", "samspel"),
                300));

    Optional<String> missing = new IdentitySettings(demoOnly(), providers).missing();

    assertThat(missing)
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .contains("municipality 9902")
                    .contains("SAMSPEL_MUNICIPALITIES__9902__OIDC_CLIENT_SECRET is not set")
                    .doesNotContain("CLIENT_ID"));
  }

  @Test
  void a_key_that_is_no_municipality_code_stops_the_start() {
    MunicipalityProviders providers =
        mapping(
            new PropertiesConfigSource(
                Map.of(
                    "samspel.municipalities.vanerstrand.oidc.issuer", "https://idp.example",
                    "samspel.municipalities.vanerstrand.oidc.client-id", "samspel",
                    "samspel.municipalities.vanerstrand.oidc.client-secret", "s"),
                "test",
                300));

    assertThat(new IdentitySettings(demoOnly(), providers).missing())
        .hasValueSatisfying(line -> assertThat(line).contains("no four-digit municipality code"));
  }

  @Test
  void complete_providers_and_the_demo_login_start() {
    MunicipalityProviders providers =
        mapping(
            new PropertiesConfigSource(
                Map.of(
                    "samspel.municipalities.9902.oidc.issuer", "https://idp.example",
                    "samspel.municipalities.9902.oidc.client-id", "samspel",
                    "samspel.municipalities.9902.oidc.client-secret", "s"),
                "test",
                300));

    assertThat(new IdentitySettings(demoOnly(), providers).missing()).isEmpty();
  }

  @Test
  void a_municipalitys_own_provider_turns_on_the_sign_in_address_when_the_default_one_is_off() {
    Map<String, String> withoutProvider =
        Map.of(IncompleteProviderSettings.SIGN_IN_PERMISSION, "false");
    assertThat(signInPermission(new PropertiesConfigSource(withoutProvider, "test", 300)))
        .isEqualTo("false");
    assertThat(
            signInPermission(
                new PropertiesConfigSource(withoutProvider, "test", 300),
                new EnvConfigSource(
                    Map.of("SAMSPEL_MUNICIPALITIES__9902__OIDC_ISSUER", "https://idp.example/9902"),
                    300)))
        .isEqualTo("true");
    assertThat(
            signInPermission(
                new PropertiesConfigSource(
                    Map.of(
                        IncompleteProviderSettings.SIGN_IN_PERMISSION,
                        "false",
                        "samspel.municipalities.9902.oidc.issuer",
                        "https://idp.example/9902"),
                    "test",
                    300)))
        .isEqualTo("true");
  }

  @Test
  void a_municipalitys_own_tenants_are_told_apart_from_the_deployments() {
    MunicipalityId vanerstrand = new MunicipalityId("9902");
    assertThat(IdentityTenants.ownProviderOf(IdentityTenants.apiTenant(vanerstrand)))
        .contains(vanerstrand);
    assertThat(IdentityTenants.ownProviderOf(IdentityTenants.webTenant(vanerstrand)))
        .contains(vanerstrand);
    assertThat(IdentityTenants.ownProviderOf(IdentityTenants.WEB)).isEmpty();
    assertThat(IdentityTenants.ownProviderOf(IdentityTenants.PROVIDER_API)).isEmpty();
    assertThat(IdentityTenants.isProviderApi(IdentityTenants.apiTenant(vanerstrand))).isTrue();
    assertThat(IdentityTenants.isProviderApi(IdentityTenants.DEMO)).isFalse();
    assertThat(IdentityTenants.isWeb(IdentityTenants.webTenant(vanerstrand))).isTrue();
    // Its session cookie has the municipality's path, chunks too; the deployment's the root.
    assertThat(IdentityTenants.cookiePathOf("q_session_web-9902")).isEqualTo("/9902");
    assertThat(IdentityTenants.cookiePathOf("q_session_web-9902_chunk_2")).isEqualTo("/9902");
    assertThat(IdentityTenants.cookiePathOf("q_session_web")).isEqualTo("/");
    assertThat(IdentityTenants.cookiePathOf("q_session_web_chunk_1")).isEqualTo("/");
  }

  private static String signInPermission(
      org.eclipse.microprofile.config.spi.ConfigSource... sources) {
    return new SmallRyeConfigBuilder()
        .withSources(sources)
        .withInterceptors(new IncompleteProviderSettings())
        .build()
        .getRawValue(IncompleteProviderSettings.SIGN_IN_PERMISSION);
  }

  private static MunicipalityProviders mapping(org.eclipse.microprofile.config.spi.ConfigSource s) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder().withSources(s).withMapping(MunicipalityProviders.class).build();
    return config.getConfigMapping(MunicipalityProviders.class);
  }

  /** The embedded default: no default provider, the demo login on. */
  private static AuthConfig demoOnly() {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withSources(
                new PropertiesConfigSource(
                    Map.of("samspel.auth.demo.enabled", "true"), "test", 300))
            .withMapping(AuthConfig.class)
            .build();
    return config.getConfigMapping(AuthConfig.class);
  }
}
