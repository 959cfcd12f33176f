package se.samspel.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one normalisation of logins decided in issue 14: strip, NFC, lower case with ROOT. */
class LoginTest {

  @Test
  void case_is_ignored() {
    assertThat(Login.normalise("KD")).isEqualTo("kd");
    assertThat(Login.normalise("Agneta.Stromvall@Ekelunda.example"))
        .isEqualTo("agneta.stromvall@ekelunda.example");
    assertThat(Login.normalise("FC-BUF")).isEqualTo(Login.normalise("fc-buf"));
  }

  @Test
  void swedish_letters_are_lower_cased_too() {
    assertThat(Login.normalise("ÖSTLUND")).isEqualTo("östlund");
    assertThat(Login.normalise("Ö")).isEqualTo(Login.normalise("ö"));
    assertThat(Login.normalise("ÅSA.ÄNGSTRÖM")).isEqualTo("åsa.ängström");
  }

  @Test
  void a_decomposed_letter_equals_the_composed_one() {
    String decomposed = "o\u0308stlund";
    String composed = "\u00f6stlund";
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(Login.normalise(decomposed)).isEqualTo(composed);
    assertThat(Login.normalise("O\u0308STLUND")).isEqualTo(composed);
  }

  @Test
  void surrounding_whitespace_is_stripped_but_inner_characters_are_kept() {
    assertThat(Login.normalise("  kd\t")).isEqualTo("kd");
    assertThat(Login.normalise("anna  berg")).isEqualTo("anna  berg");
    assertThat(Login.normalise("   ")).isEmpty();
  }

  @Test
  void the_servers_default_locale_does_not_change_the_result() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      // Under a Turkish locale String.toLowerCase() makes "I" a dotless "ı".
      assertThat("I".toLowerCase()).isEqualTo("\u0131");
      assertThat(Login.normalise("I")).isEqualTo("i");
      assertThat(Login.normalise("INGRID.IVARSSON")).isEqualTo("ingrid.ivarsson");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void different_logins_stay_different() {
    assertThat(Login.normalise("o")).isNotEqualTo(Login.normalise("ö"));
    assertThat(Login.normalise("fc-buf")).isNotEqualTo(Login.normalise("fc_buf"));
  }

  @Test
  void same_compares_normal_forms_and_is_false_for_null() {
    assertThat(Login.same(" Admin", "ADMIN ")).isTrue();
    assertThat(Login.same("admin", "admin2")).isFalse();
    assertThat(Login.same(null, "admin")).isFalse();
    assertThat(Login.same("admin", null)).isFalse();
  }

  @Test
  void null_is_refused() {
    assertThatThrownBy(() -> Login.normalise(null)).isInstanceOf(NullPointerException.class);
  }
}
