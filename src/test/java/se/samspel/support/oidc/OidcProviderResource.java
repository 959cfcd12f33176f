package se.samspel.support.oidc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the application under test at the real provider ({@link KeycloakProvider}, started here if
 * it is not yet running): Samspel's OIDC settings ({@code samspel.auth.oidc.*}, issue 14) for the
 * demo realm and the {@value KeycloakProvider#CLIENT_ID} client. The audience is left at its
 * default, the client id. Only tests of a profile that lists this resource ({@link
 * WithOidcProvider}) start the provider; an ordinary {@code @QuarkusTest} does not.
 *
 * <p>The provider is not stopped with the application: other profiles of the same test JVM reuse
 * it, and a shutdown hook stops it when the JVM ends.
 */
public class OidcProviderResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    KeycloakProvider provider = KeycloakProvider.get();
    return Map.of(
        "samspel.auth.oidc.enabled",
        "true",
        "samspel.auth.oidc.issuer",
        provider.issuer(),
        "samspel.auth.oidc.client-id",
        KeycloakProvider.CLIENT_ID,
        "samspel.auth.oidc.client-secret",
        KeycloakProvider.CLIENT_SECRET);
  }

  @Override
  public void stop() {
    // The provider outlives the application: see the class comment.
  }
}
