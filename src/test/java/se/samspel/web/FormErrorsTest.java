package se.samspel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormErrorsTest {

  @Test
  void the_first_problem_of_a_field_is_shown_and_the_fields_keep_the_forms_order() {
    FormErrors errors =
        FormErrors.none()
            .add("target", "Välj den person du vill nå.")
            .add("kind", "Välj typ av kontakt.")
            .add("target", "Personen finns inte.");

    assertThat(errors.any()).isTrue();
    assertThat(errors.isEmpty()).isFalse();
    assertThat(errors.has("kind")).isTrue();
    assertThat(errors.has("subject")).isFalse();
    assertThat(errors.of("target")).isEqualTo("Välj den person du vill nå.");
    assertThat(errors.of("subject")).isEmpty();
    assertThat(errors.list())
        .extracting(FormErrors.FieldError::field)
        .containsExactly("target", "kind");
  }

  @Test
  void no_problems_is_nothing_to_show() {
    assertThat(FormErrors.none().any()).isFalse();
    assertThat(FormErrors.none().list()).isEmpty();
  }
}
