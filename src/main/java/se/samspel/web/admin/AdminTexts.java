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
}
