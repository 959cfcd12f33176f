package se.samspel.privacy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;

class TextMentionsTest {

  private final TextMentions sjoberg =
      TextMentions.of(
          new Person(
              new PersonId("P-REKTOR"),
              "Eva Sjöberg",
              Optional.of("eva.sjoberg@malarvik.se"),
              Optional.of("rektor")));

  @Test
  void a_name_login_id_or_address_in_any_case_and_spacing_names_the_person() {
    assertThat(sjoberg.in("Möte med EVA SJÖBERG i morgon")).isTrue();
    assertThat(sjoberg.in("möte med eva\n  sjöberg")).isTrue();
    assertThat(sjoberg.in("Frågade rektor.")).isTrue();
    assertThat(sjoberg.in("(p-rektor) svarade")).isTrue();
    assertThat(sjoberg.in("skriv till Eva.Sjoberg@Malarvik.se")).isTrue();
    // The decomposed form of ö (o + combining diaeresis) is the same name.
    assertThat(sjoberg.in(Normalizer.normalize("Eva Sjöberg", Normalizer.Form.NFD))).isTrue();
  }

  @Test
  void a_longer_word_or_a_joined_one_does_not() {
    assertThat(sjoberg.in("Eva Sjöbergsson ringde")).isFalse();
    assertThat(sjoberg.in("Greta Sjöberg ringde")).isFalse();
    assertThat(sjoberg.in("biträdande rektorn")).isFalse();
    assertThat(sjoberg.in("prorektor")).isFalse();
    assertThat(sjoberg.in("login v-rektor")).isFalse();
    assertThat(sjoberg.in("P-REKTOR-2")).isFalse();
    assertThat(sjoberg.in(null)).isFalse();
  }

  @Test
  void terms_too_short_to_mean_anyone_are_not_searched() {
    TextMentions shortLogin =
        TextMentions.of(new Person(new PersonId("P-1"), "Bo", Optional.empty(), Optional.of("bo")));
    assertThat(shortLogin.in("Bo ringde")).isFalse();
  }
}
