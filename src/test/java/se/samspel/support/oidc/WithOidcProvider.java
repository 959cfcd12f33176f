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
