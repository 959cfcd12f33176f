package se.samspel.web.policy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the guideline page; English in {@code messages/policy_en.properties}. */
@MessageBundle(value = "policy", locale = "sv")
public interface PolicyTexts {

  @Message("Riktlinje")
  String title();

  @Message("Ingen riktlinje gäller i dag. En administratör laddar upp kommunens riktlinje.")
  String none();

  @Message("Gäller i dag")
  String active();

  @Message("Äldre version, gäller inte i dag")
  String not_active();

  @Message("Version {version}")
  String version(int version);

  @Message("Om dokumentet")
  String provenance();

  @Message("Kommun")
  String municipality();

  @Message("Dokumenttyp")
  String document_type();

  @Message("Antagen av")
  String adopted_by();

  @Message("Beslutsdatum")
  String decision_date();

  @Message("Paragraf")
  String paragraph();

  @Message("Diarienummer")
  String case_number();

  @Message("Giltig")
  String validity();

  @Message("{from} – {to}")
  String valid_between(String from, String to);

  @Message("från {from}, tills vidare")
  String valid_from(String from);

  @Message("Senast uppdaterad")
  String last_updated();

  @Message("Gäller för")
  String applies_to();

  @Message("Framtagen av")
  String prepared_by();

  @Message("Källdokument")
  String source_document();

  @Message("Reservationer")
  String dissents();

  @Message("Anteckningar")
  String notes();

  @Message("Svarstider")
  String deadlines();

  @Message("Typ av kontakt")
  String kind();

  @Message("Tid att svara")
  String deadline();

  @Message("{#if hours}{amount} timmar{#else}{amount} arbetsdagar{/if}")
  String deadline_value(long amount, boolean hours);

  @Message("Regler ({count})")
  String rules(int count);

  @Message("Reglerna prövas i ordning; den första som passar en kontakt avgör vägen.")
  String rules_intro();

  @Message("Utfall")
  String outcome();

  @Message("Väg")
  String route();

  @Message("Gäller när")
  String when();

  @Message("Den som tar kontakt")
  String requester();

  @Message("Den som kontaktas")
  String target();

  @Message("Förhållande")
  String relation();

  @Message("Typ av kontakt")
  String kinds();

  @Message("Sammanhang")
  String context();

  @Message("Frågans art")
  String question();

  @Message("Villkor")
  String flags();

  @Message("alla")
  String any();

  @Message("Allvarlighet vid avvikelse")
  String severity();

  @Message("Källa: {section}")
  String source(String section);

  @Message("Versioner")
  String versions();

  @Message("Uppladdad {at} av {by}")
  String uploaded(String at, String by);

  @Message("Innehållets kontrollsumma (SHA-256)")
  String content_hash();

  @Message("ja")
  String yes();

  @Message("nej")
  String no();
}
