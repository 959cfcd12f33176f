package se.samspel.web.record;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the record pages (Rapportera kontakt, Avvikelser, Årlig uppföljning) in Swedish;
 * English in {@code messages/record_en.properties}.
 */
@MessageBundle(value = "record", locale = "sv")
public interface RecordTexts {

  @Message("Rapportera kontakt")
  String report_title();

  @Message(
      "Berätta om en kontakt mellan politik och förvaltning som redan har skett. Samspel bedömer den mot den riktlinje som gällde den dagen och förklarar vad riktlinjen säger.")
  String report_lead();

  @Message(
      "Kontakter mellan en anställd och media skyddas av meddelarfriheten. Sådana kontakter kan inte rapporteras här, och inget om dem sparas.")
  String report_protected_note();

  @Message("Misstänker du oegentligheter? Vänd dig till visselblåsarfunktionen via")
  String report_whistleblowing_note();

  @Message("Vem tog kontakten?")
  String field_requester();

  @Message(
      "Välj dig själv i någon av dina befattningar, en person utanför organisationen, eller en befattning i organisationen.")
  String field_requester_hint();

  @Message("Vem kontaktades?")
  String field_target();

  @Message("Sök fram personen eller befattningen, eller välj en part utanför organisationen.")
  String field_target_hint();

  @Message("När skedde kontakten?")
  String field_when();

  @Message("Datum")
  String field_date();

  @Message("Klockslag")
  String field_time();

  @Message("Typ av kontakt")
  String field_kind();

  @Message("I vilket sammanhang?")
  String field_context();

  @Message("Utanför tjänsten betyder till exempel att ni möttes privat, utanför verksamheten.")
  String field_context_hint();

  @Message("Gällde det vad eller hur?")
  String field_question();

  @Message("Vet inte eller inte aktuellt")
  String question_none();

  @Message("Vad sades?")
  String field_flags();

  @Message("Syftet med frågan angavs tydligt")
  String flag_purpose();

  @Message("Politikern lovade en åtgärd eller en hantering")
  String flag_promise();

  @Message("Saken gällde den egna närmaste chefen")
  String flag_nearest_manager();

  @Message("Kort beskrivning (frivillig)")
  String field_description();

  @Message("Högst 500 tecken. Skriv inga känsliga personuppgifter.")
  String field_description_hint();

  @Message("Rapportera och få bedömning")
  String submit_report();

  @Message("Välj …")
  String choose();

  @Message("Du själv")
  String group_mine();

  @Message("Utanför organisationen")
  String group_external();

  @Message("{name}, {title}, {unit}")
  String option_mine(String title, String unit, String name);

  @Message("{title} – {holder}")
  String option_position(String title, String holder);

  @Message("{title} (vakant)")
  String option_vacant(String title);

  @Message("Fel:")
  String error_title_prefix();

  @Message("Rätta följande")
  String error_summary();

  @Message("Välj vem som tog kontakten.")
  String error_requester();

  @Message("Välj vem som kontaktades.")
  String error_target();

  @Message("Minst en av parterna måste höra till organisationen.")
  String error_both_external();

  @Message("Välj två olika befattningar: den som tog kontakten och den som kontaktades.")
  String error_same_party();

  @Message("Ange ett datum som ÅÅÅÅ-MM-DD.")
  String error_date();

  @Message("Ange ett klockslag som TT:MM.")
  String error_time();

  @Message("Kontakten kan inte ligga i framtiden.")
  String error_future();

  @Message("Ingen version av riktlinjen gällde den dagen.")
  String error_no_policy();

  @Message("Välj typ av kontakt.")
  String error_kind();

  @Message(
      "Misstankar om oegentligheter rapporteras till visselblåsarfunktionen via Kontakta förvaltningen, aldrig här.")
  String error_whistleblowing();

  @Message("Välj i tjänsten eller utanför tjänsten.")
  String error_context();

  @Message("Välj ett av alternativen.")
  String error_question();

  @Message("Beskrivningen får vara högst {max} tecken.")
  String error_description(int max);

  @Message("Bedömning av kontakten")
  String verdict_title();

  @Message("Avvikelse från riktlinjen")
  String verdict_deviation();

  @Message("Kontakten gick direkt, men riktlinjen anvisar en annan väg.")
  String verdict_skipped_route();

  @Message("Riktlinjen tillåter inte den här kontakten.")
  String verdict_forbidden();

  @Message("Avvikelsen är registrerad som nummer {seq} i avvikelseregistret.")
  String verdict_recorded(Long seq);

  @Message("Skyddad av meddelarfriheten")
  String verdict_protected();

  @Message(
      "Kontakten kan inte rapporteras. Kommunen får inte försöka ta reda på vem som har lämnat uppgifter till media.")
  String verdict_protected_text();

  @Message("Ingenting om rapporten har sparats, inte heller vem som rapporterade.")
  String verdict_nothing_stored();

  @Message("Ingen avvikelse")
  String verdict_no_deviation();

  @Message("Riktlinjen lämnar den här kontakten fri.")
  String verdict_free();

  @Message("Kontakten gick dit riktlinjens väg börjar.")
  String verdict_route_begins();

  @Message(
      "Vägen riktlinjen anvisar går bara genom den som tog kontakten, så kontakten var direkt.")
  String verdict_direct_for_requester();

  @Message("Verksamhet som frågan gäller (valfritt)")
  String field_concerns_unit();

  @Message(
      "För en invånares kontakt: den enhet som sköter tjänsten. Svaret nämner då dess chef och medarbetare, så att du kan hänvisa rätt.")
  String field_concerns_unit_hint();

  @Message("Ingen")
  String concerns_unit_none();

  @Message("Välj en förvaltning eller enhet i förvaltningen.")
  String error_concerns_unit();

  @Message(
      "Riktlinjen rekommenderar ändå att i första hand gå till den medarbetare som sköter utförandet; hänvisa dit.")
  String verdict_recommendation();

  @Message("Här: {unit}, där {manager} är ansvarig chef.")
  String verdict_recommendation_unit(String unit, String manager);

  @Message(
      "Regelns väg kan inte följas i organisationen som den ser ut, så kontakten kan inte bedömas avvika från den.")
  String verdict_unresolvable();

  @Message("Riktlinjen har ingen regel för den här kontakten, så den är ingen avvikelse.")
  String verdict_no_rule();

  @Message("Inget har sparats i avvikelseregistret.")
  String verdict_nothing_stored_ok();

  @Message("Kontakten")
  String verdict_contact();

  @Message("Regeln i riktlinjen")
  String verdict_rule();

  @Message("Lagen")
  String verdict_law();

  @Message("Allvarlighet")
  String severity();

  @Message("Källa: {section}")
  String source(String section);

  @Message("Den väg riktlinjen anvisar")
  String prescribed_route();

  @Message(
      "Så här skulle kontakten ha gått, steg för steg. Innehavarna är de som har befattningarna i dag.")
  String prescribed_route_intro();

  @Message("Riktlinjen anvisar ingen väg för den här kontakten.")
  String no_route();

  @Message("Vad händer nu?")
  String next_title();

  @Message(
      "Kommundirektören, kommunstyrelsens ordförande och revisorerna ser avvikelsen i avvikelseregistret och i den årliga uppföljningen. Nästa gång: använd Kontakta förvaltningen, så visar Samspel vägen innan du tar kontakt.")
  String next_deviation();

  @Message("Inget mer behöver göras.")
  String next_none();

  @Message(
      "Inget mer behöver göras. Vill du prata om mediekontakter kan du vända dig till en kommunikatör.")
  String next_protected();

  @Message("Rapportera en kontakt till")
  String report_another();

  @Message("Administration")
  String nav_administration();

  @Message("Avvikelser")
  String deviations_title();

  @Message(
      "Avvikelseregistret: kontakter och åtgärder som gick utanför riktlinjens väg. Poster ändras aldrig; rättelser läggs till som nya poster.")
  String deviations_lead();

  @Message("Kedjan är obruten")
  String chain_intact();

  @Message(
      "{#if entries == 1}Den enda posten stämmer med sin kontrollsumma{#else}Alla {entries} poster stämmer med sina kontrollsummor och följer på varandra utan luckor{/if}{#if redacted > 0} ({redacted} av dem har avidentifierats enligt dataskyddsreglerna){/if}.")
  String chain_intact_text(long entries, long redacted);

  @Message("Kontrollsumma för den senaste posten (nummer {seq}), att publicera och jämföra:")
  String chain_head(long seq);

  @Message("Kedjan är bruten")
  String chain_broken();

  @Message("Första felaktiga post: nummer {seq}")
  String chain_first_break(Long seq);

  @Message(
      "{entries} poster före den stämmer. Kontakta administratören: registret kan ha ändrats vid sidan av Samspel.")
  String chain_broken_text(long entries);

  @Message("Filtrera")
  String filter_title();

  @Message("Från och med")
  String filter_from();

  @Message("Till och med")
  String filter_to();

  @Message("Regel")
  String filter_rule();

  @Message("Förvaltning")
  String filter_department();

  @Message("Typ av post")
  String filter_kind();

  @Message("Allvarlighet")
  String filter_severity();

  @Message("Alla")
  String filter_all();

  @Message("Visa")
  String filter_apply();

  @Message("Rensa filtret")
  String filter_clear();

  @Message("Slutdatumet ligger före startdatumet.")
  String error_to_before_from();

  @Message("Välj en typ i listan.")
  String error_filter_kind();

  @Message("Välj en allvarlighet i listan.")
  String error_filter_severity();

  @Message("En uppföljning kan omfatta högst tio år.")
  String error_period_too_long();

  @Message("Poster")
  String entries_title();

  @Message("Registret har inga poster ännu.")
  String entries_none();

  @Message("Inga poster passar filtret.")
  String entries_none_filtered();

  @Message("Visar {first}–{last} av {total} poster, nyast först.")
  String entries_shown(long first, long last, long total);

  @Message("sida {page} av {pages}")
  String page_of(int page, int pages);

  @Message("Nr")
  String col_seq();

  @Message("Inträffade")
  String col_occurred();

  @Message("Typ")
  String col_kind();

  @Message("Regel")
  String col_rule();

  @Message("Förvaltning")
  String col_department();

  @Message("Förvaltning (kontakt → mottagare)")
  String col_departments();

  @Message("Förvaltning där avvikelsen skedde (den som tog kontakten)")
  String entry_requester_department();

  @Message("Mottagarens förvaltning")
  String entry_target_department();

  @Message("Allvarlighet")
  String col_severity();

  @Message("Månad")
  String col_month();

  @Message("Antal")
  String col_count();

  @Message("Den som tog kontakt")
  String col_requester_role();

  @Message("Den som kontaktades")
  String col_target_role();

  @Message("Nivå")
  String col_level();

  @Message("Steg som nådde nivån")
  String col_hops();

  @Message("Mått")
  String col_measure();

  @Message("Ärenden")
  String col_cases();

  @Message("Median")
  String col_median();

  @Message("90:e percentilen")
  String col_p90();

  @Message("Andel")
  String col_share();

  @Message("Ärende")
  String col_request();

  @Message("Sedan")
  String col_since();

  @Message("Väntar på")
  String col_waiting_on();

  @Message("rättar nr {seq}")
  String corrects(Long seq);

  @Message("Post nummer {seq}")
  String entry_link(long seq);

  @Message("Post nr {seq}")
  String entry_title(long seq);

  @Message("← Tillbaka till avvikelseregistret")
  String back_to_record();

  @Message("Uppgifter")
  String entry_facts();

  @Message("Registrerad")
  String entry_recorded();

  @Message("Riktlinje")
  String entry_policy();

  @Message("Roller")
  String entry_roles();

  @Message("Ärende")
  String entry_request();

  @Message("Rättar")
  String entry_corrects();

  @Message("Sammanfattning (som registrerad, på engelska)")
  String entry_summary();

  @Message("Personerna")
  String entry_people();

  @Message("Rapporterad av")
  String entry_reporter();

  @Message("Tog kontakten")
  String entry_requester();

  @Message("Kontaktades")
  String entry_target();

  @Message("Beskrivning")
  String entry_description();

  @Message("Inte registrerat")
  String entry_not_recorded();

  @Message(
      "Personuppgifterna i posten togs bort {at}. Kedjan är ändå obruten: den bygger på en kontrollsumma av uppgifterna, som finns kvar.")
  String entry_redacted(String at);

  @Message("Rättelser")
  String entry_corrections();

  @Message("Posten har inte rättats.")
  String entry_no_corrections();

  @Message("Kontrollsummor")
  String entry_hashes();

  @Message("Postens kontrollsumma")
  String entry_hash();

  @Message("Föregående posts kontrollsumma")
  String entry_previous_hash();

  @Message("Personuppgifternas kontrollsumma")
  String entry_personal_hash();

  @Message("Rapporter till visselblåsarfunktionen visas aldrig här.")
  String whistleblowing_never();

  @Message("Årlig uppföljning")
  String review_title();

  @Message("Årlig uppföljning – offentlig version")
  String review_public_title();

  @Message(
      "Riktlinjen ska följas upp varje år. Uppföljningen bygger på avvikelseregistret och på kontaktärendena.")
  String review_lead();

  @Message(
      "Du ser den offentliga, anonymiserade versionen. Den fullständiga uppföljningen är för kommundirektören, kommunstyrelsens ordförande och revisorerna.")
  String review_public_for_you();

  @Message(
      "Den innehåller inga namn och inga ärendenummer. Antal under tre visas som ”{below}”, även noll, så att ingen enskild kan pekas ut.")
  String review_public_text(String below);

  @Message("Se den offentliga versionen")
  String review_public_link();

  @Message("Uppföljningen nedan gäller de senaste tolv månaderna.")
  String review_fallback();

  @Message("Period")
  String period_title();

  @Message("Välj period")
  String period_choose();

  @Message("De senaste tolv månaderna")
  String period_12m();

  @Message("Innevarande mandatperiod")
  String period_current();

  @Message("Föregående mandatperiod")
  String period_previous();

  @Message("Egen period")
  String period_custom();

  @Message("Ange datumen nedan; lämnar du ett tomt gäller tolv månader från det andra.")
  String period_custom_hint();

  @Message("Visa uppföljningen")
  String period_show();

  @Message("{from} – {to}")
  String period_between(String from, String to);

  @Message("Sammanfattning")
  String summary_title();

  @Message("Period")
  String summary_period();

  @Message("Riktlinje")
  String summary_policy();

  @Message("Avvikelser totalt")
  String summary_total();

  @Message("Ansvariga för uppföljningen")
  String summary_owners();

  @Message("Framtagen")
  String summary_produced();

  @Message("Avvikelseregistrets kontrollsumma")
  String summary_head();

  @Message("Registret kunde inte verifieras")
  String summary_no_head();

  @Message("Ladda ner som CSV")
  String download_csv();

  @Message("Ladda ner den offentliga versionen som CSV")
  String download_csv_public();

  @Message("Avvikelser per månad")
  String months_title();

  @Message("Stapeldiagram: avvikelser per månad")
  String months_chart_title();

  @Message("Visa antalen per månad som tabell")
  String months_table();

  @Message("Samma siffror finns i tabellen intill.")
  String chart_desc();

  @Message("Avvikelser per regel")
  String rules_title();

  @Message("Stapeldiagram: avvikelser per regel")
  String rules_chart_title();

  @Message("Antal avvikelser per regel")
  String rules_table();

  @Message("Avvikelser per förvaltning")
  String departments_title();

  @Message("Stapeldiagram: avvikelser per förvaltning")
  String departments_chart_title();

  @Message(
      "En avvikelse räknas under förvaltningen där den som tog kontakten arbetar, eller under"
          + " mottagarens förvaltning när den som tog kontakten inte hör till någon (en politiker,"
          + " en utomstående); poster som registrerades innan båda sparades räknas under den enda"
          + " förvaltning de angav.")
  String departments_rule();

  @Message("Antal avvikelser per förvaltning")
  String departments_table();

  @Message("Inga avvikelser under perioden.")
  String no_deviations();

  @Message("Vem kontaktade vem")
  String roles_title();

  @Message("Eskaleringar")
  String escalations_title();

  @Message("Steg som eskalerades, per nivå")
  String levels_table();

  @Message("{level}:a eskaleringen")
  String level(String level);

  @Message("Inga steg eskalerades under perioden.")
  String no_escalations();

  @Message("Tider")
  String durations_title();

  @Message(
      "{#when measure}{#is 'time_to_resolution'}Tid till avslutat ärende{#is 'time_to_resolution_escalated'}Tid till avslutat ärende, eskalerade ärenden{#else}Tid till första beslut (godkänt, avslaget eller vidareskickat){/when}")
  String measure(String measure);

  @Message("{hours} timmar")
  String hours(String hours);

  @Message("saknas")
  String no_value();

  @Message("Verksamhetsbesök")
  String visits_title();

  @Message("Av de spontana besöken registrerades {count} i efterhand.")
  String visits_registered(String count);

  @Message("Majoriteten av besöken var samordnade.")
  String visits_majority_yes();

  @Message("Majoriteten av besöken var inte samordnade.")
  String visits_majority_no();

  @Message("Riktlinjens regel för samordnade besök")
  String visits_rule();

  @Message("Ärenden som fastnat högst upp")
  String stuck_title();

  @Message("Öppna ärenden vars eskalering nått högsta nivån: {count}.")
  String stuck_count(String count);

  @Message("Vad riktlinjen säger om uppföljningen")
  String evaluation_title();

  @Message("Frågor för att utvärdera riktlinjen")
  String questions_title();

  @Message("Rätta posten")
  String correct_title();

  @Message(
      "En rättelse läggs till som en ny post som hänvisar hit; den här posten ändras aldrig. Du"
          + " registreras som den som rättade.")
  String correct_intro();

  @Message("Poster rättas av kommundirektören (KD) eller en revisor.")
  String correct_who();

  @Message("Vad rättas")
  String correct_summary();

  @Message(
      "Skriv utan personuppgifter: texten läggs in i kedjan som den är och kan aldrig tas bort."
          + " Högst {max} tecken.")
  String correct_summary_hint(int max);

  @Message("Varför")
  String correct_reason();

  @Message(
      "Till exempel vad som visar att uppgiften var fel. Sparas med personuppgifterna och kan"
          + " rensas. Högst {max} tecken.")
  String correct_reason_hint(int max);

  @Message("Lägg till rättelsen")
  String correct_submit();

  @Message("Rättelsen är registrerad som post nr {seq}. Kedjan är förlängd med den.")
  String correct_done(long seq);

  @Message("Skriv vad som rättas.")
  String error_correction_summary();

  @Message("Skriv varför posten rättas.")
  String error_correction_reason();

  @Message("Skriv högst {max} tecken.")
  String error_correction_too_long(int max);
}
