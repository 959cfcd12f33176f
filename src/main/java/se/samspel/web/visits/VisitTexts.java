package se.samspel.web.visits;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of "Verksamhetsbesök" in Swedish; English in {@code messages/visits_en.properties}. */
@MessageBundle(value = "visits", locale = "sv")
public interface VisitTexts {

  @Message("Verksamhetsbesök")
  String title();

  @Message(
      "Registrera ett spontant verksamhetsbesök i efterhand. Det räknas i den årliga uppföljningen, där andelen samordnade besök visas. Ett samordnat besök begär du i stället via")
  String lead();

  @Message("Registrera ett besök")
  String form_title();

  @Message("Vilken enhet besökte du?")
  String field_unit();

  @Message(
      "Sök på enhetens eller förvaltningens namn, till exempel en skola eller ett äldreboende.")
  String field_unit_hint();

  @Message("Vilken dag?")
  String field_visited_on();

  @Message("I dag eller tidigare, högst två år tillbaka.")
  String field_visited_on_hint();

  @Message("I vilket uppdrag?")
  String field_requester_position();

  @Message("Anteckning (frivillig)")
  String field_note();

  @Message("Högst {max} tecken. Skriv inga känsliga personuppgifter.")
  String field_note_hint(int max);

  @Message("Registrera besöket")
  String submit();

  @Message("{title}, {unit}")
  String option_mine(String title, String unit);

  @Message("Välj den enhet du besökte.")
  String error_unit();

  @Message("Ange dagen för besöket: i dag eller tidigare, högst två år tillbaka.")
  String error_visited_on();

  @Message("Anteckningen får vara högst {max} tecken.")
  String error_note(int max);

  @Message("Välj ett av dina politiska uppdrag.")
  String error_requester_position();

  @Message("Fel:")
  String error_title_prefix();

  @Message("Formuläret har fel")
  String error_summary();

  @Message("Besöket är registrerat.")
  String registered();

  @Message(
      "Riktlinjen som gällde den dagen anger en väg för verksamhetsbesök, så besöket avviker från den och har förts in i avvikelseregistret som nummer {seq}.")
  String registered_deviation(long seq);

  @Message("Det är ingen avvikelse från riktlinjen som gällde den dagen.")
  String registered_none();

  @Message("Ingen version av riktlinjen gällde den dagen, så besöket har inte bedömts.")
  String registered_no_guideline();

  @Message("Besöket räknas bland de spontana besöken i den årliga uppföljningen.")
  String registered_counted();

  @Message("Källa: {section}")
  String source(String section);

  @Message("Dina registrerade besök")
  String mine_title();

  @Message("Du har inte registrerat några besök.")
  String mine_none();

  @Message("Dag")
  String col_day();

  @Message("Besökt")
  String col_visited();

  @Message("Bedömning")
  String col_verdict();

  @Message("Avvikelse nr {seq}")
  String verdict_deviation(long seq);

  @Message("Ingen avvikelse")
  String verdict_none();

  @Message("Inte bedömt")
  String verdict_no_guideline();
}
