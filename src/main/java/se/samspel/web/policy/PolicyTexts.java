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

  // ---- the escalation section ----------------------------------------------------------------

  @Message("Eskalering")
  String escalation();

  @Message(
      "Så klättrar ett steg som ingen agerar på i tid. Stegen prövas i ordning: det första som"
          + " nämner den väntande tjänstens slag avgör vart ärendet går. Ett ärende klättrar enligt"
          + " den version av riktlinjen som det styrdes efter.")
  String escalation_intro();

  @Message(
      "Den här versionen av riktlinjen har inget eget avsnitt om eskalering. Ärenden som styrdes"
          + " efter den klättrar därför längs rapportvägarna, Samspels standard, så som båda de"
          + " medföljande riktlinjerna beskriver det.")
  String escalation_default();

  @Message("Stegen")
  String ladder();

  @Message("går till")
  String goes_to();

  @Message("utom")
  String except();

  @Message(
      "{#when group}{#is 'ANY_EMPLOYEE'}Anställda{#is 'ANY_POLITICIAN'}Politiker"
          + "{#is 'ANY_MANAGER'}Chefer{#is 'ANYONE'}Alla{#else}{group}{/when}")
  String group(String group);

  @Message(
      "{#when to}{#is 'NEAREST_MANAGER'}närmaste chef{#is 'DEPARTMENT_HEAD'}förvaltningschefen"
          + "{#is 'RESPONSIBLE_CHAIR'}ordföranden i ansvarig nämnd"
          + "{#is 'KD'}kommundirektören (KD){#is 'KSO'}kommunstyrelsens ordförande (KSO)"
          + "{#is 'TOP'}ingen nivå över: ärendet har nått toppen av kedjan{#else}{to}{/when}")
  String climb_target(String to);

  @Message(
      "{#when to}{#is 'NEAREST_MANAGER'}den tjänst den väntande rapporterar till: medarbetarens"
          + " chef, chefens chef, förvaltningschefens kommundirektör"
          + "{#is 'DEPARTMENT_HEAD'}på den väntande tjänstens förvaltning; kommundirektören för"
          + " kommunledningsförvaltningen{#is 'RESPONSIBLE_CHAIR'}i den nämnd som den väntande"
          + " tjänstens förvaltning svarar inför{#else}{/when}")
  String climb_target_explained(String to);

  @Message("Vakanta och borttagna tjänster")
  String posts();

  @Message("Vakant tjänst")
  String vacant();

  @Message(
      "{#when vacant}{#is 'WAIT_ON_POST'}Saknar nästa nivå både innehavare och tillförordnad"
          + " läggs ärendet där ändå och klättrar vidare när tidsfristen gått ut; under tiden syns"
          + " det i eskaleringslistan hos cheferna ovanför.{#else}Saknar nästa nivå både"
          + " innehavare och tillförordnad hoppas den över: ärendet klättrar vidare till nivån"
          + " ovanför, enligt samma steg.{/when}")
  String vacant_value(String vacant);

  @Message("Borttagen tjänst")
  String retired();

  @Message(
      "Ett steg vars tjänst har tagits bort ur organisationen sedan ärendet nådde den går till"
          + " {target}.")
  String retired_value(String target);

  @Message("Så läser Samspel stycket")
  String reading();

  @Message("Villkor för den som svarar eller agerar")
  String conditions();

  @Message("Rekommendation")
  String recommendation();

  @Message(
      "Kontakten är fri, men riktlinjen rekommenderar att den i första hand går till den medarbetare som sköter utförandet i verksamheten det gäller; den som kontaktas hänvisar dit.")
  String recommendation_text();

  @Message("Snabbt beslut")
  String quick_decision();

  @Message(
      "Fattas ett snabbt beslut i ett ärende enligt regeln är ärendet avgjort och nivån ovanför"
          + " informeras utan dröjsmål: {target}, räknat från den som fattade beslutet.")
  String quick_decision_informs(String target);
}
