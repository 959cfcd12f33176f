package se.samspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application started in production without its identity settings says in one log line
 * which setting is missing, and stops with EX_CONFIG (78) instead of a configuration stack.
 */
class IdentitySettingsIT {

  @TempDir Path workDir;

  /**
   * The PostgreSQL build needs a PostgreSQL database to start (Flyway migrates it before the check
   * runs): a scratch one beside the suite's. The H2 build keeps its embedded default, under the
   * temporary working directory.
   */
  private Map<String, String> database = Map.of();

  @org.junit.jupiter.api.BeforeEach
  void database() throws Exception {
    if ("postgresql".equals(System.getProperty("samspel.db.kind"))) {
      database = se.samspel.support.PackagedProcesses.scratchDatabase("identity_settings");
    }
  }

  @org.junit.jupiter.api.AfterEach
  void dropDatabase() throws Exception {
    if (!database.isEmpty()) {
      se.samspel.support.PackagedProcesses.dropDatabase(database);
    }
  }

  @Test
  void with_no_provider_setting_one_line_names_all_three_and_no_stack_is_printed()
      throws Exception {
    Started run = start(Map.of());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(78);
    assertThat(run.lines())
        .filteredOn(l -> l.contains("Samspel cannot start"))
        .singleElement()
        .asString()
        .contains("SAMSPEL_OIDC_ISSUER (")
        .contains("SAMSPEL_OIDC_CLIENT_ID (")
        .contains("SAMSPEL_OIDC_CLIENT_SECRET (")
        .contains("are not set");
    assertThat(run.lines()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
  }

  @Test
  void with_the_issuer_but_no_client_id_the_line_names_SAMSPEL_OIDC_CLIENT_ID() throws Exception {
    Started run = start(Map.of("SAMSPEL_OIDC_ISSUER", "http://127.0.0.1:9/realms/kommun"));
    assertThat(run.exitCode()).as(run.output()).isEqualTo(78);
    assertThat(run.lines())
        .filteredOn(l -> l.contains("Samspel cannot start"))
        .singleElement()
        .asString()
        .contains("SAMSPEL_OIDC_CLIENT_ID (")
        .doesNotContain("SAMSPEL_OIDC_ISSUER");
  }

  @Test
  void with_neither_provider_nor_demo_login_the_line_says_no_sign_in_is_configured()
      throws Exception {
    Started run = start(Map.of("SAMSPEL_OIDC_ENABLED", "false"));
    assertThat(run.exitCode()).as(run.output()).isEqualTo(78);
    assertThat(run.lines())
        .filteredOn(l -> l.contains("Samspel cannot start"))
        .singleElement()
        .asString()
        .contains("no sign-in is configured");
  }

  private record Started(int exitCode, String output) {
    List<String> lines() {
      return output.lines().toList();
    }
  }

  private Started start(Map<String, String> settings) throws Exception {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    assertThat(jar).as("the packaged application (mvn package runs before failsafe)").exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SAMSPEL_") || k.startsWith("QUARKUS_"));
    env.put("QUARKUS_HTTP_PORT", "0");
    env.put("SAMSPEL_MAIL_MOCK", "true");
    env.putAll(settings);
    env.putAll(database);
    builder.directory(workDir.toFile());
    builder.redirectErrorStream(true);
    Path log = workDir.resolve("out.log");
    builder.redirectOutput(log.toFile());
    Process app = builder.start();
    if (!app.waitFor(90, TimeUnit.SECONDS)) {
      app.destroyForcibly();
      throw new AssertionError(
          "the application did not stop: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Started(app.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
