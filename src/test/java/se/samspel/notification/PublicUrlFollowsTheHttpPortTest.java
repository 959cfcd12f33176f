package se.samspel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Links in e-mails point at the port the service listens on unless {@code SAMSPEL_PUBLIC_URL} says
 * otherwise: a service started on another port no longer mails links to 8080. Reads the real
 * application.properties.
 */
class PublicUrlFollowsTheHttpPortTest {

  private static SmallRyeConfig config(Map<String, String> overrides) throws IOException {
    URL properties = PublicUrlFollowsTheHttpPortTest.class.getResource("/application.properties");
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withSources(new PropertiesConfigSource(properties, 250))
        .withSources(new PropertiesConfigSource(overrides, "overrides", 400))
        .build();
  }

  @Test
  void the_public_url_follows_another_http_port() throws IOException {
    assertThat(
            config(Map.of("quarkus.http.port", "8091"))
                .getValue("samspel.public-url", String.class))
        .isEqualTo("http://localhost:8091");
  }

  @Test
  void the_public_url_is_port_8080_when_no_port_is_set() throws IOException {
    assertThat(config(Map.of()).getValue("samspel.public-url", String.class))
        .isEqualTo("http://localhost:8080");
  }

  @Test
  void samspel_public_url_wins_over_the_port() throws IOException {
    assertThat(
            config(
                    Map.of(
                        "quarkus.http.port",
                        "8091",
                        "SAMSPEL_PUBLIC_URL",
                        "https://samspel.example.se"))
                .getValue("samspel.public-url", String.class))
        .isEqualTo("https://samspel.example.se");
  }
}
