package se.samspel.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the page "Gallring" in Swedish; English in {@code messages/retention_en.properties}.
 */
@MessageBundle(value = "retention", locale = "sv")
public interface RetentionTexts {

  @Message("Gallring")
  String title();

  @Message("Kommunens beslut om gallring och den senaste gallringen")
  String admin_link();

  @Message("Fel:")
  String error_title_prefix();

  @Message(
      "Det Samspel har om kontakter mellan namngivna personer är allmänna handlingar och personuppgifter. Hur länge de sparas bestämmer kommunen i sin dokumenthanteringsplan; Samspel gallrar efter det beslutet och aldrig efter egna tider.")
  String lead();

  @Message("Beslutet som gäller")
  String decision_title();

  @Message(
      "Kommunen har inte registrerat något beslut om gallring. Ingenting gallras förrän kommunen registrerar ett beslut.")
  String none();

  @Message("Beslut")
  String reference();

  @Message("Avsnitt")
  String section();

  @Message("Beslutets lydelse")
  String quote();

  @Message("Beslutat")
  String decided_on();

  @Message("Version")
  String version();

  @Message("Hur länge sparas vad")
  String periods_title();

  @Message("Vad")
  String col_what();

  @Message("Sparas")
  String col_kept();

  @Message("Vad som händer sedan")
  String col_then();

  @Message("Avslutade ärenden")
  String closed_requests();

  @Message(
      "Räknat från ärendets sista ändring gallras ärendet till anonyma uppgifter: det som den årliga uppföljningen räknar finns kvar, vem, vad och anteckningar tas bort. Registrerade verksamhetsbesök gallras lika, räknat från besöksdagen.")
  String closed_requests_means();

  @Message("Visselblåsarärenden")
  String whistleblowing_reports();

  @Message(
      "Som avslutade ärenden, men högst 2 år (lag 2021:890 om skydd för personer som rapporterar om missförhållanden, 7 kap. 4 §).")
  String whistleblowing_reports_means();

  @Message("Aviseringar")
  String notifications();

  @Message(
      "Räknat från händelsen tas den bort ur händelseflödet med sina aviseringar (vem som fick besked, till vilken adress). En avisering som ännu inte skickats finns kvar.")
  String notifications_means();

  @Message("Personuppgifter i avvikelseregistret")
  String deviation_personal_data();

  @Message(
      "Räknat från registreringen töms postens personuppgifter (rapportör, beställare, mottagare, beskrivning); posten och kedjan finns kvar och verifieras som förut.")
  String deviation_personal_data_means();

  @Message("Senaste gallringen")
  String last_run_title();

  @Message("Ingen gallring har körts ännu.")
  String last_run_none();

  @Message("Kördes")
  String ran_at();

  @Message("Ärenden gallrade")
  String requests_culled();

  @Message("Aviseringar borttagna")
  String notifications_culled();

  @Message("Händelser borttagna ur flödet")
  String events_culled();

  @Message("Avvikelseposter tömda på personuppgifter")
  String deviations_redacted();

  @Message("Verksamhetsbesök gallrade")
  String site_visits_culled();

  @Message("Registrera ett nytt beslut")
  String form_title();

  @Message(
      "Ange tiderna som kommunens beslut anger och var beslutet står. Ett nytt beslut ersätter det som gäller och sparas som en ny version; nästa gallring (varje timme) tillämpar det. Ändringen förs in i administrationsloggen.")
  String form_intro();

  @Message("Antal")
  String amount();

  @Message("Enhet")
  String unit();

  @Message("år")
  String years(int n);

  @Message("{#if n == 1}månad{#else}månader{/if}")
  String months(int n);

  @Message("{#if n == 1}dag{#else}dagar{/if}")
  String days(int n);

  @Message("år")
  String unit_years();

  @Message("månader")
  String unit_months();

  @Message("dagar")
  String unit_days();

  @Message("Högst 2 år.")
  String whistleblowing_hint();

  @Message(
      "Dokumenthanteringsplanen och diarienumret, t.ex. ”Dokumenthanteringsplan för kommunstyrelsen, KS 2025/112”.")
  String reference_hint();

  @Message("Frivilligt, t.ex. ”4.3 Kontakter mellan förtroendevalda och förvaltningen”.")
  String section_hint();

  @Message("Frivilligt: beslutets ord om dessa handlingar.")
  String quote_hint();

  @Message("Dagen beslutet fattades, inte senare än i dag.")
  String decided_on_hint();

  @Message("Registrera beslutet")
  String submit();

  @Message("Beslutet är registrerat som version {version}. Nästa gallring tillämpar det.")
  String saved(long version);

  @Message("Det finns fel i formuläret")
  String error_summary();

  @Message("Ange en tid på minst en dag: ett heltal och en enhet.")
  String error_period();

  @Message(
      "Högst 2 år: personuppgifter i ett uppföljningsärende får inte behandlas längre än två år efter att ärendet avslutats (lag 2021:890, 7 kap. 4 §).")
  String error_whistleblowing();

  @Message("Ange beslutet (dokumenthanteringsplan och diarienummer), högst {max} tecken.")
  String error_reference(int max);

  @Message("Texten får vara högst {max} tecken.")
  String error_too_long(int max);

  @Message("Ange dagen beslutet fattades (ÅÅÅÅ-MM-DD), inte senare än i dag.")
  String error_decided_on();

  @Message("Sidan är inaktuell. Ladda om sidan och försök igen.")
  String error_version();

  @Message(
      "Någon har registrerat ett annat beslut sedan du öppnade sidan, så ditt ändrades inte. Ladda om sidan för att se beslutet som gäller och försök igen.")
  String conflict();

  @Message("Ladda om sidan")
  String reload();
}
