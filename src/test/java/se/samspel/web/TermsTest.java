package se.samspel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** No domain value reaches a page as a raw constant: each has a Swedish and an English name. */
class TermsTest {

  @Test
  void every_value_shown_on_pages_has_a_swedish_and_an_english_name() throws IOException {
    Properties sv = load("terms/terms.properties");
    Properties en = load("terms/terms_en.properties");
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : Terms.SHOWN) {
      for (Enum<?> value : type.getEnumConstants()) {
        String key = type.getSimpleName() + "." + value.name();
        if (!sv.containsKey(key)) {
          missing.add("sv:" + key);
        }
        if (!en.containsKey(key)) {
          missing.add("en:" + key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TermsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void swedish_and_english_differ_and_fall_back_readably() {
    assertThat(Terms.of("RequestStatus", "APPROVED", "sv")).isEqualTo("Godkänt");
    assertThat(Terms.of("RequestStatus", "APPROVED", "en")).isEqualTo("Approved");
    assertThat(Terms.of("Nothing", "SOME_VALUE", "sv")).isEqualTo("some value");
  }
}
