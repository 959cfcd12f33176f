package se.samspel.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands the test database chosen by the Maven profile (system properties {@code samspel.test.db.*}
 * set by failsafe) to the packaged application, which runs in a process of its own and does not see
 * the test JVM's system properties. SAMSPEL_TEST_DB_* in the environment still win: the process
 * inherits the environment and application.properties prefers them.
 */
public class PackagedApplicationDatabase implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    for (String key :
        new String[] {
          "samspel.test.db.url", "samspel.test.db.username", "samspel.test.db.password"
        }) {
      String value = System.getProperty(key);
      if (value != null && !value.isEmpty()) {
        config.put(key, value);
      }
    }
    return config;
  }

  @Override
  public void stop() {}
}
