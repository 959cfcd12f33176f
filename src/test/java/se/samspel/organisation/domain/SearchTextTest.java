package se.samspel.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15, "Decided": å, ä and ö are letters of their own, other accents are ignored. */
class SearchTextTest {

  @Test
  void case_is_ignored() {
    assertThat(SearchText.normalise("ÅSA Öberg")).isEqualTo("åsa öberg");
  }

  @Test
  void a_o_and_the_swedish_letters_stay_apart() {
    assertThat(SearchText.normalise("Åberg")).doesNotStartWith("a");
    assertThat(SearchText.normalise("Älvsjö")).isEqualTo("älvsjö");
    assertThat(SearchText.normalise("Ödåkra")).isEqualTo("ödåkra");
  }

  @Test
  void a_decomposed_ring_or_diaeresis_is_the_swedish_letter() {
    assertThat(SearchText.normalise("A\u030Aberg")).isEqualTo("åberg");
    assertThat(SearchText.normalise("o\u0308rjan")).isEqualTo("örjan");
  }

  @Test
  void other_accents_are_ignored() {
    assertThat(SearchText.normalise("Léa Müller-Çelik")).isEqualTo("lea muller-celik");
    assertThat(SearchText.normalise("Ångström-Renée")).isEqualTo("ångström-renee");
  }

  @Test
  void words_are_runs_of_letters_and_digits() {
    assertThat(SearchText.words("  Barn- och utbildningsförvaltningen (BUF), enhet 12 "))
        .containsExactly("barn", "och", "utbildningsförvaltningen", "buf", "enhet", "12");
    assertThat(SearchText.words(" -- ")).isEmpty();
    assertThat(SearchText.words(null)).isEmpty();
  }
}
