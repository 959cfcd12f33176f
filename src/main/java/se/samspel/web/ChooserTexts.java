package se.samspel.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the choosers ({@link Chooser}) in Swedish; English in {@code
 * messages/choose_en.properties}. Templates write {@code {choose:search_label}}.
 */
@MessageBundle(value = "choose", locale = "sv")
public interface ChooserTexts {

  @Message("Sök på namn, befattning eller enhet")
  String search_label();

  @Message("Sök på enhetens namn")
  String search_unit_label();

  @Message(
      "Skriv en del av ett namn, en befattning eller en enhet. Förslag visas medan du skriver: välj med pil upp och ned och tryck Enter. Eller tryck Sök och välj bland träffarna.")
  String search_hint();

  @Message("Sök")
  String search_button();

  @Message("{count} {#if count == 1}träff{#else}träffar{/if} för ”{query}”.")
  String count(int count, String query);

  @Message(
      "De {shown} bästa av {count} träffar för ”{query}” visas. Skriv fler ord för att hitta rätt.")
  String count_more(int shown, int count, String query);

  @Message("Ingen träff för ”{query}”. Prova en annan del av namnet, befattningen eller enheten.")
  String none(String query);

  @Message(
      "Skriv en del av enhetens namn. Förslag visas medan du skriver: välj med pil upp och ned och tryck Enter. Eller tryck Sök och välj bland träffarna.")
  String search_hint_units();

  @Message("Ingen enhet heter något med ”{query}”. Prova en annan del av namnet.")
  String none_units(String query);

  @Message("Skriv minst två bokstäver för att söka.")
  String too_short();

  @Message("Vakant")
  String vacant();

  @Message("t.f.")
  String acting();

  @Message("{count} förslag. Välj med pil upp och ned.")
  String live_count(String count);

  @Message("Inga förslag.")
  String live_none();

  @Message("Vald: {label}")
  String live_chosen(String label);

  @Message("Förslag")
  String suggestions();
}
