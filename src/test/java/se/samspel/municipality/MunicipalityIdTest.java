package se.samspel.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;

/** A municipality id is a four-digit SCB municipality code; 99xx are fictional. */
class MunicipalityIdTest {

  @Test
  void kungsor_and_alingsas_are_real_codes_and_the_demos_are_fictional() {
    assertThat(MunicipalityId.parse("1960")).map(MunicipalityId::fictional).hasValue(false);
    assertThat(MunicipalityId.parse("1489")).map(MunicipalityId::fictional).hasValue(false);
    assertThat(MunicipalityId.parse("9901")).map(MunicipalityId::fictional).hasValue(true);
  }

  @Test
  void anything_but_four_digits_is_no_municipality_id() {
    assertThat(MunicipalityId.parse("196")).isEmpty();
    assertThat(MunicipalityId.parse("19600")).isEmpty();
    assertThat(MunicipalityId.parse("19a0")).isEmpty();
    assertThat(MunicipalityId.parse("１９６０")).as("full-width digits").isEmpty();
    assertThat(MunicipalityId.parse(null)).isEmpty();
    assertThatThrownBy(() -> new MunicipalityId("kungsor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four-digit SCB municipality code");
  }

  @Test
  void a_municipality_has_a_name_of_at_most_200_characters() {
    assertThatThrownBy(() -> new Municipality(new MunicipalityId("1960"), " ", "kungsor"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Municipality(new MunicipalityId("1960"), "x".repeat(201), "kungsor"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Municipality(new MunicipalityId("1960"), "Kungsörs kommun", "kungsor").name())
        .isEqualTo("Kungsörs kommun");
  }
}
