package se.samspel.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A deployment that follows the Alingsås guideline. The one profile of every test class that needs
 * it (AlingsasAcuteTest, AlingsasAdministrationProposalApiTest, SiteVisitUnderAlingsasTest), so
 * that they share one Quarkus start instead of one each.
 */
public class AlingsasGuideline implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("samspel.policy.active", "alingsas");
  }
}
