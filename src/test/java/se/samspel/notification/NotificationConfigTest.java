package se.samspel.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspel.notification.application.NotificationConfig;

/**
 * The path of the link in mails is checked when the configuration is read: one that would give
 * every mail a broken link, or a link to another host, stops the start instead.
 */
class NotificationConfigTest {

  private static NotificationConfig read(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(NotificationConfig.class)
            .withValidator(new BeanValidationConfigValidatorImpl())
            .withSources(new PropertiesConfigSource(properties, "test", 500))
            .build();
    return config.getConfigMapping(NotificationConfig.class);
  }

  @Test
  void by_default_mails_link_to_the_requests_page() {
    assertThat(read(Map.of()).requestPath()).isEqualTo("/arenden/{id}");
  }

  @Test
  void another_local_path_with_the_request_id_is_accepted() {
    assertThat(
            read(Map.of("samspel.notification.request-path", "/samspel/arenden/{id}?fran=mejl"))
                .requestPath())
        .isEqualTo("/samspel/arenden/{id}?fran=mejl");
  }

  @Test
  void a_path_without_the_id_or_not_local_stops_the_start() {
    for (String path :
        new String[] {
          "arenden/{id}", "/arenden/", "//evil.example/{id}", "/\\evil/{id}", "/a b/{id}"
        }) {
      assertThatThrownBy(() -> read(Map.of("samspel.notification.request-path", path)))
          .as(path)
          .isInstanceOf(ConfigValidationException.class)
          .hasMessageContaining("samspel.notification.request-path");
    }
  }
}
