package se.samspel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import se.samspel.support.PackagedProcesses;

/**
 * The container files, which cannot be run here (no Docker), agree with the application: every
 * environment variable docker-compose.yml gives Samspel is a configuration name Samspel reads, its
 * database settings name the compose file's PostgreSQL service, and the image's HEALTHCHECK
 * command, run as Docker runs it, is healthy against a running Samspel and unhealthy where nothing
 * answers.
 *
 * <p>The names Samspel reads come from its running configuration: every property name of its
 * configuration sources (application.properties, the defaults of Quarkus' and Samspel's own
 * configuration mappings) in its environment-variable form (MicroProfile Config: upper case, every
 * other character than a letter or digit as {@code _}; {@code quarkus.datasource.jdbc.url} is
 * {@code QUARKUS_DATASOURCE_JDBC_URL}), and every name application.properties reads in an
 * expression ({@code ${SAMSPEL_DB_URL:…}}). The test JVM's own environment and system properties
 * are left out, or whatever is set where the test runs would count as known.
 */
@QuarkusTest
class DockerComposeConfigTest {

  static final Path COMPOSE = Path.of("docker-compose.yml");
  static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

  /** {@code ${NAME}} or {@code ${NAME:default}} in a raw configuration value. */
  static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}$]+)");

  @Test
  void every_variable_the_compose_file_gives_samspel_is_a_configuration_name_samspel_reads()
      throws Exception {
    Set<String> known = namesSamspelReads();
    Map<String, String> environment = environment(compose().path("services").path("samspel"));

    assertThat(environment).as("Samspel's environment in %s", COMPOSE).isNotEmpty();
    assertThat(environment.keySet())
        .as("variables of %s that Samspel reads under no name", COMPOSE)
        .allMatch(known::contains);
    // The check can fail: misspelt names and a Quarkus name of the wrong shape are not known, nor
    // is what merely happens to be set in the test JVM's environment (PATH is, everywhere).
    assertThat(System.getenv("PATH")).isNotNull();
    assertThat(known)
        .contains("SAMSPEL_DB_URL", "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_HTTP_PORT")
        .doesNotContain(
            "SAMSPEL_DATABASE_URL", "SAMSPEL_OIDC_SECRET", "QUARKUS_HTTP_PORTS", "PATH");
  }

  @Test
  void samspels_database_settings_name_the_postgresql_service_of_the_compose_file()
      throws Exception {
    JsonNode services = compose().path("services");
    Map<String, String> samspel = environment(services.path("samspel"));
    Map<String, String> db = environment(services.path("db"));

    assertThat(samspel.get("SAMSPEL_DB_URL"))
        .isEqualTo("jdbc:postgresql://db:5432/" + db.get("POSTGRES_DB"));
    assertThat(samspel.get("SAMSPEL_DB_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
    assertThat(samspel.get("SAMSPEL_DB_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
    assertThat(services.path("samspel").path("depends_on").path("db").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(services.path("samspel").path("build").path("dockerfile").asText())
        .isEqualTo(DOCKERFILE.toString());
  }

  @Test
  void the_image_health_check_is_healthy_while_samspel_is_ready_and_unhealthy_without_it()
      throws Exception {
    String command = healthCheckCommand();
    Matcher request = Pattern.compile("GET (\\S+) HTTP").matcher(command);
    assertThat(request.find()).as(command).isTrue();
    given().get(request.group(1)).then().statusCode(200).body("status", equalTo("UP"));

    String toPort = "/dev/tcp/127.0.0.1/8080";
    assertThat(command).as("the probe asks the container's own port 8080").contains(toPort);
    assertThat(runAsDockerDoes(command.replace(toPort, "/dev/tcp/127.0.0.1/" + RestAssured.port)))
        .as("exit status of the health check against this Samspel")
        .isZero();
    int nothingListens = PackagedProcesses.freePort();
    assertThat(runAsDockerDoes(command.replace(toPort, "/dev/tcp/127.0.0.1/" + nothingListens)))
        .as("exit status of the health check where nothing answers")
        .isNotZero();
  }

  // ---- the files -----------------------------------------------------------------------------

  private static JsonNode compose() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
  }

  /** A service's environment in either of compose's forms: a map, or a list of NAME=value. */
  private static Map<String, String> environment(JsonNode service) {
    Map<String, String> environment = new LinkedHashMap<>();
    JsonNode node = service.path("environment");
    if (node.isArray()) {
      node.forEach(
          entry -> {
            String[] pair = entry.asText().split("=", 2);
            environment.put(pair[0], pair.length > 1 ? pair[1] : "");
          });
    } else {
      node.properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
    }
    return environment;
  }

  /** The HEALTHCHECK's CMD in shell form, its continuation lines joined. */
  private static String healthCheckCommand() throws Exception {
    String dockerfile =
        Files.readString(DOCKERFILE, StandardCharsets.UTF_8).replaceAll("\\\\\\r?\\n\\s*", " ");
    Matcher healthCheck =
        Pattern.compile("(?m)^HEALTHCHECK\\s.*?\\sCMD\\s+(.+)$").matcher(dockerfile);
    assertThat(healthCheck.find()).as("a HEALTHCHECK with a CMD in %s", DOCKERFILE).isTrue();
    return healthCheck.group(1).trim();
  }

  /** Docker runs a shell-form CMD as {@code /bin/sh -c}; its exit status is the verdict. */
  private static int runAsDockerDoes(String command) throws Exception {
    Process probe = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
    assertThat(probe.waitFor(10, TimeUnit.SECONDS)).as("the probe ends: %s", command).isTrue();
    return probe.exitValue();
  }

  // ---- the configuration ---------------------------------------------------------------------

  private static Set<String> namesSamspelReads() {
    Set<String> names = new HashSet<>();
    for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
      if (isTheProcessEnvironment(source)) {
        continue;
      }
      for (Map.Entry<String, String> property : source.getProperties().entrySet()) {
        names.add(environmentName(property.getKey().replaceFirst("^%[^.]+\\.", "")));
        Matcher read = EXPRESSION.matcher(property.getValue() == null ? "" : property.getValue());
        while (read.find()) {
          names.add(environmentName(read.group(1)));
        }
      }
    }
    return names;
  }

  private static boolean isTheProcessEnvironment(ConfigSource source) {
    String name = source.getName();
    return name.startsWith("EnvConfigSource") || name.startsWith("SysPropConfigSource");
  }

  /** MicroProfile Config's environment-variable form of a property name. */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
