package se.samspel.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the administration page in Swedish; English in {@code messages/admin_en.properties}.
 */
@MessageBundle(value = "admin", locale = "sv")
public interface AdminTexts {

  @Message("Administration")
  String title();

  @Message("Fel:")
  String error_title_prefix();

  @Message(
      "Här byter du ut organisationen och laddar upp nya versioner av riktlinjen. En fil kontrolleras i sin helhet innan något ändras: har den fel ändras ingenting.")
  String lead();

  @Message("Just nu")
  String state_title();

  @Message("Organisationen")
  String state_organisation();

  @Message("{units} enheter, {positions} befattningar, {people} personer")
  String state_counts(int units, int positions, int people);

  @Message("Gällande riktlinje")
  String state_policy();

  @Message("Ingen riktlinje gäller i dag.")
  String state_no_policy();

  @Message("Importera organisationen")
  String organisation_title();

  @Message(
      "Filen ersätter hela organisationen: kända id uppdateras, nya skapas och det som filen inte längre tar upp avvecklas. Formaten beskrivs i README (JSON eller CSV från personalsystemet).")
  String organisation_intro();

  @Message("Fil med organisationen (JSON eller CSV)")
  String organisation_file();

  @Message("En .json-fil eller en .csv-fil med semikolon eller komma som avgränsare.")
  String organisation_file_hint();

  @Message("Kontrollera och importera")
  String organisation_submit();

  @Message("Organisationen är importerad från {file}.")
  String organisation_accepted(String file);

  @Message("Organisationen har nu revision {revision}.")
  String organisation_revision(long revision);

  @Message(
      "Vägarna räknas från och med nu på den nya organisationen. Andra instanser av Samspel läser in den inom tio sekunder.")
  String organisation_next();

  @Message("Det här ändrades")
  String summary_caption();

  @Message("Vad")
  String col_what();

  @Message("Nya")
  String col_created();

  @Message("Uppdaterade")
  String col_updated();

  @Message("Avvecklade")
  String col_retired();

  @Message("Enheter")
  String units();

  @Message("Befattningar")
  String positions();

  @Message("Personer")
  String people();

  @Message("Ladda upp riktlinjen")
  String policy_title();

  @Message(
      "En giltig fil blir nästa version av sin riktlinje och gäller från sitt startdatum. Äldre versioner finns kvar och går att läsa.")
  String policy_intro();

  @Message("Fil med riktlinjen (JSON)")
  String policy_file();

  @Message("En .json-fil i Samspels format för riktlinjer (se README).")
  String policy_file_hint();

  @Message("Kontrollera och ladda upp")
  String policy_submit();

  @Message("Riktlinjen i {file} är sparad som version {version}.")
  String policy_accepted(String file, int version);

  @Message("Den här versionen gäller från och med i dag.")
  String policy_active();

  @Message(
      "Den här versionen gäller inte i dag. Den börjar gälla {from}, om den är kommunens riktlinje.")
  String policy_not_active(String from);

  @Message("Läs version {version}")
  String policy_read(int version);

  @Message("Filen {file} godtogs inte.")
  String rejected(String file);

  @Message("Ingen fil valdes.")
  String rejected_no_file();

  @Message("Ingenting har ändrats.")
  String rejected_nothing_changed();

  @Message("{count} problem hittades. Alla visas nedan.")
  String rejected_count(int count);

  @Message("Rätta filen och ladda upp den igen.")
  String rejected_next();

  @Message("Problem i filen")
  String problems_caption();

  @Message("Rad")
  String col_row();

  @Message("Fält")
  String col_field();

  @Message("Orsak (på engelska)")
  String col_reason();

  @Message("Uppladdning")
  String progress_label();

  @Message("Skickar filen:")
  String progress_sending();

  @Message("Filen är skickad. Samspel kontrollerar den …")
  String progress_checking();

  @Message("Filen kunde inte skickas i bakgrunden. Skickar den på vanligt sätt …")
  String progress_failed();

  @Message("Samma import och uppladdning finns i API:et för att automatisera dem:")
  String api_note();

  @Message("Förhandsgranskning av {file}: ingenting är importerat ännu.")
  String preview_title(String file);

  @Message(
      "Jämfört med organisationen i revision {revision}. Kontrollera ändringarna och tryck på Genomför importen.")
  String preview_nothing_yet(long revision);

  @Message("Filen lästes som {charset}.")
  String preview_charset(String charset);

  @Message("Importen genomfördes inte.")
  String preview_not_imported();

  @Message("Det här skulle ändras")
  String preview_caption();

  @Message("Oförändrade")
  String col_unchanged();

  @Message("Nya enheter")
  String list_units_created();

  @Message("Ändrade enheter")
  String list_units_updated();

  @Message("Enheter som avvecklas")
  String list_units_retired();

  @Message("Nya befattningar")
  String list_positions_created();

  @Message("Ändrade befattningar")
  String list_positions_updated();

  @Message("Befattningar som avvecklas")
  String list_positions_retired();

  @Message("Nya personer")
  String list_people_created();

  @Message("Ändrade personer")
  String list_people_updated();

  @Message("Personer som avvecklas")
  String list_people_retired();

  @Message("… och {count} till.")
  String and_more(int count);

  @Message("Öppna ärenden som väntar på en befattning som byter innehavare eller blir vakant")
  String affected_title();

  @Message("Inget öppet ärende väntar på en befattning som ändras.")
  String affected_none();

  @Message(
      "Ärendena anges med sitt id, utan ämne: bara de som har dem på sin väg kan läsa dem. Efter importen flyttas varje steg till den som då har befattningen, eller till närmaste besatta nivå ovanför.")
  String affected_hint();

  @Message("Ärende")
  String col_request();

  @Message("Steg")
  String col_step();

  @Message("Befattning")
  String col_position();

  @Message("Innehavare nu")
  String col_holder_now();

  @Message("Innehavare efter importen")
  String col_holder_then();

  @Message("vakant")
  String vacant();

  @Message("befattningen avvecklas")
  String position_retired();

  @Message("Personer som förlorar en befattning")
  String lost_title();

  @Message("Ingen förlorar en befattning.")
  String lost_none();

  @Message("Utelåsning")
  String lockout_title();

  @Message("Du")
  String lockout_you();

  @Message("Importen avvecklar dig.")
  String lockout_you_retired();

  @Message("Du finns kvar och behåller dina befattningar.")
  String lockout_you_kept();

  @Message("ingen person i den nya organisationen har inloggningen {login}")
  String lockout_reason_no_login(String login);

  @Message("personen {person} finns inte i den")
  String lockout_reason_not_in_it(String person);

  @Message("{person} skulle inte ha någon befattning")
  String lockout_reason_no_position(String person);

  @Message("du, {person}, skulle inte ha någon befattning")
  String lockout_reason_you_no_position(String person);

  @Message("du, {person}, finns inte i den")
  String lockout_reason_you_not_in_it(String person);

  @Message("Konfigurerade administratörer som finns kvar")
  String lockout_admins_kept();

  @Message("Konfigurerade administratörer som inte finns kvar")
  String lockout_admins_gone();

  @Message("inga")
  String lockout_none();

  @Message(
      "Importen avvecklar dig. Du kan bli utelåst från Samspel. Kryssa i rutan om det är meningen.")
  String lockout_warning();

  @Message(
      "Importen avvecklar dig och ingen av de konfigurerade administratörerna finns kvar. Ingen kan kanske logga in som administratör efteråt. Kryssa i rutan om det är meningen.")
  String lockout_warning_no_admin();

  @Message("Jag förstår att importen avvecklar mig och vill genomföra den ändå")
  String lockout_confirm();

  @Message("Genomför importen")
  String confirm_submit();

  @Message("Avbryt")
  String confirm_cancel();

  @Message("Teckenkodning (för CSV)")
  String encoding_label();

  @Message(
      "Excels vanliga ”CSV” är Windows-1252. ”CSV UTF-8” och de flesta personalsystem skriver UTF-8.")
  String encoding_hint();

  @Message("Administrativ logg")
  String audit_title();

  @Message(
      "De senaste administrativa åtgärderna: importer av organisationen (och stoppade importer som skulle ha låst ute den som importerade), nya versioner av riktlinjen, utdrag och rensningar av personuppgifter, gallringsbeslut och ersättare som en chef utsett eller avslutat för någon annan.")
  String audit_intro();

  @Message("Ingenting är loggat ännu.")
  String audit_none();

  @Message("Visa åtgärder av slaget")
  String audit_filter_kind();

  @Message("Alla slag")
  String audit_filter_all();

  @Message("Visa")
  String audit_filter_show();

  @Message("Samspel känner inte till det slaget av åtgärd; alla slag visas.")
  String audit_filter_unknown();

  @Message("Ingen åtgärd av det slaget är loggad.")
  String audit_none_of_kind();

  @Message("Riktlinjen {key}, version {version}, gäller från {validFrom}")
  String audit_detail_policy(String key, String version, String validFrom);

  @Message("{person}: {entries} poster i avvikelseregistret rensade")
  String audit_detail_redacted(String person, String entries);

  @Message("Uppgifter om {person}")
  String audit_detail_exported(String person);

  @Message("{substitute} ersätter {absent} {from} – {to}")
  String audit_detail_substitute_named(String substitute, String absent, String from, String to);

  @Message("{substitute} ersätter inte längre {absent} från och med {endedFrom}")
  String audit_detail_substitution_ended(String substitute, String absent, String endedFrom);

  @Message("Gallringsbeslut version {version} ({decision})")
  String audit_detail_retention_changed(String version, String decision);

  @Message("{requests} ärenden gallrade, {deviations} avvikelser rensade")
  String audit_detail_retention_applied(String requests, String deviations);

  @Message("Hela loggen finns i API:et: GET /api/administration/audit.")
  String audit_api();

  @Message("När")
  String col_when();

  @Message("Vad")
  String col_action();

  @Message("Vem")
  String col_who();

  @Message("Format")
  String col_format();

  @Message("Revision")
  String col_revision();

  @Message("Utfall (+nya ~ändrade −avvecklade)")
  String col_counts();

  @Message(
      "Organisationen har ändrats sedan förhandsgranskningen (revision {previewed} → {current}). Här är en ny förhandsgranskning mot organisationen som den är nu.")
  String notice_stale(long previewed, long current);

  @Message(
      "Importen avvecklar dig och rutan var inte ikryssad. Kryssa i rutan om det är meningen, eller avbryt.")
  String notice_lock_out();

  // ---- the municipalities of the deployment (issue 16) ----------------------------------------

  @Message("Kommuner")
  String municipalities_title();

  @Message(
      "Kommunerna som den här installationen av Samspel betjänar. Varje kommun har sina egna sidor under sin kod, sin egen organisation och sin riktlinje.")
  String municipalities_lead();

  @Message("Kod")
  String col_municipality_id();

  @Message("Namn")
  String col_municipality_name();

  @Message("Riktlinje")
  String col_municipality_policy();

  @Message("Sidor")
  String col_municipality_pages();

  @Message("Lägg till en kommun")
  String municipality_add_title();

  @Message(
      "Den nya kommunen får riktlinjerna som följer med Samspel och en tom organisation. Dess administratörer importerar organisationen på kommunens egen administrationssida.")
  String municipality_add_lead();

  @Message("Kommunkod")
  String municipality_id_label();

  @Message("SCB:s fyrsiffriga kommunkod, till exempel 1489. Koder som börjar med 99 är påhittade.")
  String municipality_id_hint();

  @Message("Kommunens namn")
  String municipality_name_label();

  @Message("Riktlinje som kommunen följer")
  String municipality_policy_label();

  @Message("Lägg till kommunen")
  String municipality_add_button();

  @Message("Kommunen lades inte till. Rätta det som är markerat.")
  String municipality_error_summary();

  @Message("Ange kommunkoden med fyra siffror, till exempel 1489.")
  String municipality_id_error();

  @Message("Ange kommunens namn, högst {max} tecken.")
  String municipality_name_error(int max);

  @Message("Välj en av riktlinjerna i listan.")
  String municipality_policy_error();

  @Message("Installationen betjänar redan en kommun med den koden. Ingenting ändrades.")
  String municipality_exists();

  @Message(
      "{name} ({id}) är tillagd. Importera dess organisation på kommunens administrationssida.")
  String municipality_added(String name, String id);

  @Message("Kommunens administration")
  String municipality_administration_link();

  @Message("Lägg till kommuner")
  String municipalities_link();
}
