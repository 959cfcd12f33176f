package se.samspel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link StrictJson} refuses, on a mapper configured like the application's. */
class StrictJsonTest {

  enum Colour {
    RED,
    GREEN
  }

  record Body(
      String text, Integer number, Boolean flag, Colour colour, Instant at, LocalDate day) {}

  record Nested(Body body, List<String> texts) {}

  static final ObjectMapper MAPPER =
      StrictJson.configure(new ObjectMapper().registerModule(new JavaTimeModule()));

  @Test
  void a_well_formed_body_is_read() throws Exception {
    Body body =
        MAPPER.readValue(
            "{\"text\":\"åäö\",\"number\":3,\"flag\":true,\"colour\":\"RED\","
                + "\"at\":\"2026-11-29T10:00:00Z\",\"day\":\"2026-11-29\"}",
            Body.class);
    assertThat(body)
        .isEqualTo(
            new Body(
                "åäö",
                3,
                true,
                Colour.RED,
                Instant.parse("2026-11-29T10:00:00Z"),
                LocalDate.of(2026, 11, 29)));
  }

  @Test
  void a_member_named_twice_is_refused_naming_it() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"text\":\"a\",\"text\":\"a\"}", Body.class))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("Duplicate field 'text'");
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"body\":{\"number\":1,\"number\":2}}", Nested.class))
        .hasRootCauseInstanceOf(JsonParseException.class)
        .hasMessageContaining("Duplicate field 'number'");
  }

  @Test
  void content_after_the_value_is_refused() {
    for (String tail : List.of(" {}", " 1", "\"x\"", "}", "]garbage")) {
      assertThatThrownBy(() -> MAPPER.readValue("{\"text\":\"a\"}" + tail, Body.class))
          .as(tail)
          .isInstanceOfAny(JsonParseException.class, MismatchedInputException.class);
    }
  }

  @Test
  void scalars_are_never_taken_for_text_nor_text_for_scalars() throws Exception {
    List<String> accepted = new java.util.ArrayList<>();
    for (String json :
        List.of(
            "{\"text\":1e400}",
            "{\"text\":-0}",
            "{\"text\":1}",
            "{\"text\":0.5}",
            "{\"text\":true}",
            "{\"number\":\"3\"}",
            "{\"number\":1.5}",
            "{\"flag\":\"true\"}",
            "{\"flag\":1}",
            "{\"colour\":0}",
            "{\"colour\":-0}",
            "{\"at\":1}",
            "{\"at\":1.5}",
            "{\"day\":1}",
            "{\"day\":[2026,12,1]}",
            "{\"at\":[2026,12,1,10,0]}",
            "{\"day\":\"2026-02-30\"}")) {
      try {
        accepted.add(json + " → " + MAPPER.readValue(json, Body.class));
      } catch (MismatchedInputException refused) {
        // as it must be
      }
    }
    assertThat(accepted).isEmpty();
    assertThatThrownBy(() -> MAPPER.readValue("{\"texts\":[1]}", Nested.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void a_nul_character_in_any_string_is_refused() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"text\":\"a\\u0000b\"}", Body.class))
        .isInstanceOf(StrictJson.ForbiddenCharacterException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"texts\":[\"ok\",\"\\u0000\"]}", Nested.class))
        .isInstanceOf(StrictJson.ForbiddenCharacterException.class);
  }
}
