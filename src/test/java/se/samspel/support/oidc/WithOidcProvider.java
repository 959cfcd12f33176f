package se.samspel.support.oidc;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The application signed in through the real provider (issue 14): OIDC enabled against the demo
 * realm of {@link KeycloakProvider}, subject claim {@code preferred_username} (the default), groups
 * from {@code groups}. The demo login and its tokens keep working beside it.
 */
public class WithOidcProvider implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(OidcProviderResource.class));
  }

  /**
   * The same, with the second demo municipality (9902, Vänerstrand) signing in with an identity
   * provider of its own (issue 16): realm {@value KeycloakProvider#OWN_REALM} of the same server,
   * another issuer with its own signing keys and clients, as separate Microsoft Entra ID tenants
   * are separate issuers on one host ({@link OwnProviderResource}). 9901 keeps the default one.
   */
  public static class OwnProviderFor9902 extends WithOidcProvider {

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(OidcProviderResource.class),
          new TestResourceEntry(OwnProviderResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("samspel.demo.second-municipality", "true");
    }
  }

  /**
   * The same, with the subject read from the {@code upn} claim, which the demo realm fills with a
   * mixed-case value (e.g. {@code KD}, {@code Fc-Buf}), as Microsoft Entra ID sends user principal
   * names.
   */
  public static class UpnSubject extends WithOidcProvider {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("samspel.auth.subject-claim", "upn");
    }
  }
}
