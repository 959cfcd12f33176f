package se.samspel.web.requests;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import se.samspel.organisation.application.OrganisationViews;

/**
 * The words of the request pages (Kontakta förvaltningen, Mina ärenden, a request, Att besluta) in
 * Swedish; English in {@code messages/requests_en.properties}. Templates write {@code
 * {requests:contact_title}}.
 */
@MessageBundle(value = "requests", locale = "sv")
public interface RequestTexts {

  @Message("Kontakta förvaltningen")
  String contact_title();

  @Message(
      "Välj vad kontakten gäller och, när det behövs, vem du vill nå. Innan du skickar visar Samspel vilken väg kommunens riktlinje anvisar, steg för steg, med regeln och dess källa.")
  String contact_lead();

  @Message(
      "Ingen riktlinje gäller i dag, så Samspel kan inte visa någon väg. En administratör laddar upp kommunens riktlinje.")
  String no_policy();

  @Message("Hitta den du vill nå")
  String search_title();

  @Message("Sök på namn, befattning eller enhet")
  String search_label();

  @Message("Sökningen kortar listan nedan. Du kan också välja direkt i listan.")
  String search_hint();

  @Message("Sök")
  String search_button();

  @Message("{count} {#if count == 1}träff{#else}träffar{/if} för ”{search}”.")
  String search_result(int count, String search);

  @Message("Visa alla ({count})")
  String search_all(int count);

  @Message("Berätta mer")
  String details_title();

  @Message("Vem vill du nå?")
  String who_title();

  @Message("Du tar kontakt som")
  String as_label();

  @Message("Du har flera uppdrag. Riktlinjen kan ge olika vägar beroende på vilket du agerar i.")
  String as_hint();

  @Message("Person eller befattning")
  String target_label();

  @Message("Sök fram personen eller befattningen du vill nå och välj bland träffarna.")
  String target_hint();

  @Message("Behövs inte för {kinds}: där bestämmer riktlinjen själv vem som tar emot kontakten.")
  String target_not_needed(String kinds);

  @Message(
      "Du behöver inte välja vem du vill nå: för det du har valt bestämmer riktlinjen själv vem som tar emot kontakten. Vägen visas när du klickar på Visa väg.")
  String target_skipped();

  @Message("Gäller: {kinds}.")
  String applies_to(String kinds);

  @Message("Välj person eller befattning")
  String choose_target();

  @Message("Vad gäller det?")
  String why_title();

  @Message("Typ av kontakt")
  String kind_label();

  @Message("Bara de typer som riktlinjen har regler för när någon i din roll tar kontakt.")
  String kind_hint();

  @Message("Välj typ av kontakt")
  String choose_kind();

  @Message("Frågans art")
  String question_label();

  @Message("Vad- och när-frågor hör till politiken, hur- och vem-frågor till förvaltningen.")
  String question_hint();

  @Message("Inte angivet")
  String question_none();

  @Message("Sammanhang")
  String context_label();

  @Message("Träffas ni i verksamheten och på arbetstid, eller utanför?")
  String context_hint();

  @Message("Omständigheter")
  String flags_label();

  @Message("Ämne")
  String subject_label();

  @Message("En kort rubrik, till exempel ”Dialog om läsfrämjande arbete”. Krävs för att skicka.")
  String subject_hint();

  @Message("Beskrivning och syfte")
  String purpose_label();

  @Message("Vad vill du ta upp, och varför? Högst 2000 tecken.")
  String purpose_hint();

  @Message("Önskad tid")
  String wished_label();

  @Message("Frivilligt. Vilken period passar dig för kontakten?")
  String wished_hint();

  @Message("Från")
  String wished_from();

  @Message("Till")
  String wished_to();

  @Message("Visa väg")
  String preview_button();

  @Message("Inget skickas förrän du väljer Skicka.")
  String preview_hint();

  @Message("Vägen enligt riktlinjen")
  String preview_title();

  @Message("Ärendet skickades inte. Se varför nedan.")
  String not_sent();

  @Message("{municipality}s riktlinje anvisar den här vägen. Ärendet går steg för steg:")
  String route_intro(String municipality);

  @Message("t.f.")
  String acting();

  @Message("vakant")
  String vacant();

  @Message("Befattningen {title} är vakant; steget går till nivån ovanför.")
  String hop_vacant(String title);

  @Message("Fri kontakt – du behöver inget ärende.")
  String free_title();

  @Message("Riktlinjen låter dig ta den här kontakten direkt. Ingenting skickas.")
  String free_text();

  @Message("Kontakten är inte tillåten enligt riktlinjen.")
  String forbidden_title();

  @Message("Riktlinjen anvisar ingen väg för den. Ingenting skickas.")
  String forbidden_text();

  @Message("Riktlinjen har ingen regel för den här kontakten.")
  String no_rule_text();

  @Message(
      "Fråga {who.title}{#if who.unit}, {who.unit.name}{/if}{#if who.holder} ({who.holder.name}){/if} hur du ska gå till väga.")
  String no_rule_ask(OrganisationViews.PositionRef who);

  @Message(
      "Ingen står över er båda: kom överens om det tillsammans och ta upp det i riktlinjens årliga uppföljning.")
  String no_rule_ask_top();

  @Message("Direkt kontakt – du behöver inget ärende.")
  String direct_title();

  @Message(
      "Vägen riktlinjen anvisar går bara genom dig själv, så du tar kontakten direkt. Ingenting skickas.")
  String direct_text();

  @Message(
      "Regeln gäller, men vägen den anvisar kan inte följas i organisationen just nu, till exempel för att en chef saknas.")
  String unresolvable_text();

  @Message("Källa: avsnittet ”{section}”, {document}")
  String source(String section, String document);

  @Message("Regeln ”{title}”")
  String rule_link(String title);

  @Message("Har du ändrat något sedan vägen visades? Visa vägen igen innan du skickar.")
  String send_hint();

  @Message("Skicka")
  String send_button();

  @Message("Fel:")
  String error_title_prefix();

  @Message("Rätta följande och försök igen")
  String error_summary();

  @Message("Välj den person eller befattning du vill nå.")
  String error_target();

  @Message("Välj typ av kontakt.")
  String error_kind();

  @Message("Välj en av frågetyperna i listan.")
  String error_question();

  @Message("Kryssa i rutan eller lämna den tom.")
  String error_checkbox();

  @Message("Skriv ett ämne för ärendet.")
  String error_subject();

  @Message("Texten får vara högst {max} tecken.")
  String error_too_long(int max);

  @Message("Skriv datumet som ÅÅÅÅ-MM-DD.")
  String error_date();

  @Message("Slutdatumet kan inte vara före startdatumet.")
  String error_dates();

  @Message("Ingen riktlinje gäller i dag.")
  String error_no_policy();

  @Message("Samspel kunde inte ta emot detta: {reason}")
  String error_service(String reason);

  @Message("Kryssa i rutan för att bekräfta att du vill återkalla ärendet.")
  String error_confirm();

  @Message("Skriv vad som beslutades. Nivån ovanför dig får läsa det.")
  String error_quick_note();

  @Message("Skriv varför du avslår. Den som skickade ärendet får se motiveringen.")
  String error_decline_reason();

  @Message("Välj en förvaltning eller skriv ett forum dit ärendet ska.")
  String error_redirect_where();

  @Message("Välj antingen en förvaltning eller ett forum, inte båda.")
  String error_redirect_both();

  @Message("Skriv varför ärendet ska till någon annan.")
  String error_redirect_reason();

  @Message("Ärende")
  String request_title();

  @Message("← Mina ärenden")
  String back_mine();

  @Message("← Att besluta")
  String back_decide();

  @Message("Vad händer nu?")
  String now_title();

  @Message("{who} ({title}, {unit}) beslutar om ärendet.")
  String next_approve(String who, String title, String unit);

  @Message("{who} ({title}, {unit}) ordnar kontakten.")
  String next_arrange(String who, String title, String unit);

  @Message("{who} ({title}, {unit}) svarar.")
  String next_answer(String who, String title, String unit);

  @Message("{who} ({title}, {unit}) hanterar ärendet.")
  String next_handle(String who, String title, String unit);

  @Message("Senast {due}; annars går ärendet vidare till nästa nivå.")
  String next_due(String due);

  @Message(
      "Ärendet har gått hela vägen upp i kedjan utan att lösas. Det väntar på den högsta nivån.")
  String stuck_at_top();

  @Message(
      "Kontakten är ordnad. När den har ägt rum markerar du eller den som ordnade den ärendet som klart.")
  String now_arranged();

  @Message("Ärendet är avslaget. Motiveringen står i historiken nedan.")
  String now_declined();

  @Message("Ärendet är skickat vidare till {where}. Motiveringen står i historiken nedan.")
  String now_redirected(String where);

  @Message("Ärendet är återkallat. Ingen behöver göra något mer med det.")
  String now_withdrawn();

  @Message("Ärendet är klart.")
  String now_completed();

  @Message("Ditt beslut")
  String decide_title();

  @Message(
      "Ärendet väntar på ditt beslut. Godkänn och utse den chef som ordnar kontakten, avslå med en motivering, eller skicka det till rätt förvaltning eller forum.")
  String decide_intro();

  @Message("Godkänn")
  String approve_title();

  @Message("Ansvarig chef som ordnar kontakten")
  String manager_label();

  @Message("Förvald är den chef riktlinjens väg pekar ut.")
  String manager_hint();

  @Message("Meddelande (frivilligt)")
  String note_label();

  @Message("Godkänn")
  String approve_button();

  @Message("Avslå")
  String decline_title();

  @Message("Motivering")
  String decline_reason_label();

  @Message("Krävs. Den som skickade ärendet får se den.")
  String decline_reason_hint();

  @Message("Avslå")
  String decline_button();

  @Message("Skicka vidare")
  String redirect_title();

  @Message(
      "Välj en förvaltning eller skriv ett forum, till exempel kommunstyrelsens arbetsutskott.")
  String redirect_hint();

  @Message("Till förvaltning")
  String redirect_department_label();

  @Message("Ingen förvaltning (ange forum)")
  String redirect_no_department();

  @Message("Eller till forum")
  String redirect_forum_label();

  @Message("Motivering")
  String redirect_reason_label();

  @Message("Skicka vidare")
  String redirect_button();

  @Message("Ordna kontakten")
  String arrange_title();

  @Message("Vad är ordnat? (frivilligt)")
  String arrange_note_label();

  @Message("Till exempel tid och plats. Den som skickade ärendet ser det.")
  String arrange_note_hint();

  @Message("Markera som ordnad")
  String arrange_button();

  @Message("Lös ärendet")
  String resolve_title();

  @Message("Vad blev gjort? (frivilligt)")
  String resolve_note_label();

  @Message("Markera som löst")
  String resolve_button();

  @Message("Snabbt beslut fattat")
  String quick_title();

  @Message(
      "Krävde en akut situation ett snabbt beslut? Skriv vad som beslutades. Ärendet avslutas och"
          + " nivån ovanför dig informeras direkt, som riktlinjen säger: ”Då ska berörd ansvarig"
          + " informeras utan dröjsmål.”")
  String quick_hint();

  @Message("Vad beslutades?")
  String quick_note_label();

  @Message("Snabbt beslut fattat – informera nivån ovanför")
  String quick_button();

  // ---- taking the matter at one's level (acknowledge) -----------------------------------------

  @Message("Ta ärendet")
  String take_title();

  @Message(
      "Ta ärendet när du hanterar det på din nivå. Det eskalerar då inte när tidsgränsen går ut,"
          + " utan får en ny tidsgräns enligt riktlinjen. Alla som ser ärendet ser att du har tagit"
          + " det.")
  String take_hint();

  @Message("Ta ärendet")
  String take_button();

  @Message("Ärendet togs av {who} {when}.")
  String taken_by(String who, String when);

  @Message("Ny tidsgräns: {due}.")
  String taken_due(String due);

  @Message("Taget av {who}, {when}")
  String hop_taken(String who, String when);

  @Message("Du har tagit ärendet ”{subject}”.")
  String done_acknowledged(String subject);

  @Message("Har kontakten ägt rum?")
  String complete_title();

  @Message("Markera ärendet som klart när kontakten har ägt rum.")
  String complete_hint();

  @Message("Markera som klart")
  String complete_button();

  @Message("Om ärendet")
  String about_title();

  @Message("Skickat av")
  String requester_label();

  @Message("Vill nå")
  String target_short();

  @Message("Gäller")
  String target_concerns();

  @Message("Skyddad identitet")
  String protected_identity();

  @Message("Ansvarig chef")
  String responsible_manager();

  @Message("Skickat vidare till")
  String redirected_to();

  @Message("Skickat")
  String created();

  @Message("Vägen")
  String route_title();

  @Message("{who}, {when}")
  String hop_acted(String who, String when);

  @Message("Senare")
  String hop_upcoming();

  @Message("Senast {due}")
  String hop_due(String due);

  @Message("Eskalerat {count} {#if count == 1}nivå{#else}nivåer{/if} från {from}")
  String hop_escalated(int count, String from);

  @Message("Historik")
  String history_title();

  @Message(
      "{#switch event}{#case 'SUBMITTED'}Skickat{#case 'APPROVED'}Godkänt{#case 'DECLINED'}Avslaget{#case 'REDIRECTED'}Skickat vidare{#case 'ARRANGED'}Ordnat{#case 'RESOLVED'}Löst{#case 'COMPLETED'}Klart{#case 'WITHDRAWN'}Återkallat{#case 'ESCALATED'}Eskalerat till nästa nivå{#case 'ACKNOWLEDGED'}Tagits om hand på sin nivå{#case 'STUCK_AT_TOP'}Nått toppen av kedjan{#case 'QUICK_DECISION_TAKEN'}Snabbt beslut fattat{#case 'STEP_FOLLOWED_ORGANISATION'}Följde en ändring i organisationen{#else}{event}{/switch}")
  String event(String event);

  /**
   * What a STEP_FOLLOWED_ORGANISATION entry says: from whom and where the waiting step went, and
   * why ({@code reason} is a {@code FollowReason}); {@code from} is "person (post)", {@code to} the
   * same when it left its post for a level above ({@code up}), else the person alone.
   */
  @Message(
      "{#if up}Steget flyttades från {from} till {to}, närmaste nivå ovanför som har någon i tjänst{#else}Steget flyttades från {from} till {to}, som har tjänsten nu{/if}: {#switch reason}{#case 'VACANT_POST'}tjänsten är vakant{#case 'NEW_HOLDER'}tjänsten har fått en ny innehavare{#case 'RETIRED'}den som steget väntade på har lämnat organisationen{#case 'ACTING_PERIOD_ENDED'}förordnandet som tillförordnad (t.f.) har upphört{#case 'ACTING_PERIOD_STARTED'}en tillförordnad (t.f.) har börjat i tjänsten{#case 'SUBSTITUTION_STARTED'}innehavaren är borta och ersättaren tar över{#case 'SUBSTITUTION_ENDED'}ersättarperioden har upphört{#case 'NO_ONE_PRESENT'}innehavaren och alla ersättare är borta{#else}{reason}{/switch}.")
  String moved(String reason, String from, String to, boolean up);

  /** After the name of a person an import has retired since: the record keeps their name. */
  @Message("(har slutat)")
  String has_left();

  @Message("(som ersättare för {name})")
  String on_behalf_of(String name);

  @Message("Återkalla ärendet")
  String withdraw_title();

  @Message(
      "Behöver du inte kontakten längre? Återkalla ärendet så slipper de på vägen ta ställning.")
  String withdraw_intro();

  @Message("Varför? (frivilligt)")
  String withdraw_reason_label();

  @Message("Ja, jag vill återkalla ärendet")
  String withdraw_confirm();

  @Message("Återkalla")
  String withdraw_button();

  @Message("Ditt ärende ”{subject}” är skickat.")
  String done_submitted(String subject);

  @Message("Du godkände ”{subject}”.")
  String done_approved(String subject);

  @Message("Du avslog ”{subject}”.")
  String done_declined(String subject);

  @Message("Du skickade ”{subject}” vidare till {where}.")
  String done_redirected(String subject, String where);

  @Message("Du återkallade ”{subject}”.")
  String done_withdrawn(String subject);

  @Message("Du markerade ”{subject}” som ordnad.")
  String done_arranged(String subject);

  @Message("Du markerade ”{subject}” som löst.")
  String done_resolved(String subject);

  @Message("Du markerade ”{subject}” som klart.")
  String done_completed(String subject);

  @Message("Du fattade ett snabbt beslut i ”{subject}”. Nivån ovanför dig har informerats.")
  String done_quick_decision_taken(String subject);

  @Message(
      "Någon annan hann före: ”{subject}” ändrades medan du hade sidan öppen. Ingenting av det du skickade sparades.")
  String done_conflict(String subject);

  @Message(
      "Den som skickade ärendet får besked. När kontakten har ägt rum markeras ärendet som klart.")
  String then_approved_nothing();

  @Message(
      "Den som skickade ärendet får besked. När kontakten har ägt rum markeras ärendet som klart.")
  String then_arranged();

  @Message("Sidan visar ärendet som det är nu. Se efter vad som gäller innan du gör något mer.")
  String then_conflict();

  @Message("Den som skickade ärendet får besked med din motivering. Ärendet är avslutat här.")
  String then_redirected();

  @Message("Den som skickade ärendet får besked med din motivering. Ärendet är avslutat.")
  String then_declined();

  @Message("Ärendet är avslutat. Ingen behöver göra något mer med det.")
  String then_closed();

  @Message("Visa ärendet ”{subject}”")
  String open_request(String subject);

  @Message("Mina ärenden")
  String mine_title();

  @Message(
      "Dina ärenden, de senaste först. Välj ett ärende för att se vägen och vem som gjorde vad och när.")
  String mine_lead();

  @Message("Mina ärenden ({count})")
  String mine_caption(long count);

  @Message("Du har inga ärenden ännu.")
  String mine_none();

  @Message("Ärende")
  String col_subject();

  @Message("Status")
  String col_status();

  @Message("Väntar på")
  String col_waiting();

  @Message("Till")
  String col_target();

  @Message("Senast ändrat")
  String col_updated();

  @Message("Från")
  String col_from();

  @Message("Att göra")
  String col_todo();

  @Message("Senast")
  String col_due();

  @Message("Inkom")
  String col_received();

  @Message("senast {due}")
  String until(String due);

  @Message("Att besluta")
  String decide_page_title();

  @Message(
      "Det som väntar på dina befattningar i dag – egna, som tillförordnad och som ersättare – det äldsta först.")
  String decide_lead();

  @Message("{count} väntar på dig")
  String counts_title(long count);

  @Message("Att besluta ({count})")
  String inbox_caption(long count);

  @Message("Inget väntar på dig just nu.")
  String inbox_none();

  @Message("Försenat")
  String overdue();

  @Message("Så läser Samspel stycket")
  String reading();

  @Message("Villkor för den som svarar")
  String conditions_title();

  @Message("Riktlinjen sätter villkor för den som svarar eller agerar på vägen:")
  String conditions_intro();

  @Message("Källa för steget: avsnittet ”{section}”")
  String hop_source(String section);
}
