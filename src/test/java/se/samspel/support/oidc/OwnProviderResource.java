package se.samspel.support.oidc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives municipality {@value #MUNICIPALITY} an identity provider of its own (issue 16): realm
 * {@value KeycloakProvider#OWN_REALM} of the real provider ({@link KeycloakProvider}, started here
 * if it is not yet running), client {@value KeycloakProvider#CLIENT_ID} with secret {@value
 * #CLIENT_SECRET}, set as an operator sets them ({@code samspel.municipalities.9902.oidc.*}).
 */
public class OwnProviderResource implements QuarkusTestResourceLifecycleManager {

  /** The municipality with its own provider: the second demo municipality. */
  public static final String MUNICIPALITY = "9902";

  /** The secret of client samspel in realm vanerstrand (test only). */
  public static final String CLIENT_SECRET = "vanerstrand-test-secret";

  @Override
  public Map<String, String> start() {
    KeycloakProvider provider = KeycloakProvider.get();
    String prefix = "samspel.municipalities." + MUNICIPALITY + ".oidc.";
    return Map.of(
        prefix + "issuer",
        provider.issuer(KeycloakProvider.OWN_REALM),
        prefix + "client-id",
        KeycloakProvider.CLIENT_ID,
        prefix + "client-secret",
        CLIENT_SECRET);
  }

  @Override
  public void stop() {
    // The provider outlives the application (OidcProviderResource).
  }
}
