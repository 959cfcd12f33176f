package se.samspel.web.escalation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the escalation pages; English in {@code messages/escalations_en.properties}. */
@MessageBundle(value = "escalations", locale = "sv")
public interface EscalationTexts {

  @Message("Eskaleringar")
  String title();

  @Message(
      "Ärenden som väntar på dig eller på någon under dig i organisationen, försenade först. Det som väntar på dig kan du ta (klockan stannar till nästa svarstid) eller eskalera till nästa nivå om det inte kan lösas hos dig.")
  String intro();

  @Message("Inget väntar på dig eller dina medarbetare just nu.")
  String empty();

  @Message("{#if total == 1}Ett ärende{#else}{total} ärenden{/if}")
  String count(long total);

  @Message("Ärende")
  String subject();

  @Message("Typ")
  String kind();

  @Message("Väntar på")
  String waiting_on();

  @Message("Tid")
  String time();

  @Message("Åtgärd")
  String action();

  @Message("Visselblåsarärende (innehållet visas bara för visselblåsarfunktionen)")
  String hidden_subject();

  @Message("vakant")
  String vacant();

  @Message("t.f.")
  String acting();

  @Message("ersättare: {name}")
  String substitute(String name);

  @Message("Försenat {time}")
  String overdue(String time);

  @Message("{time} kvar")
  String left(String time);

  @Message("senast {at}")
  String due(String at);

  @Message("Har nått toppen av kedjan – ingen högre nivå finns")
  String stuck();

  @Message("Eskalerat {#if count == 1}en gång{#else}{count} gånger{/if}")
  String escalated_times(int count);

  @Message("kom från {title}")
  String escalated_from(String title);

  @Message("Väntar på dig")
  String yours();

  @Message("Väntar på din medarbetare")
  String subordinate();

  @Message("Ta ärendet")
  String take();

  @Message("Ta ärendet {subject}")
  String take_label(String subject);

  @Message("Eskalera")
  String escalate();

  @Message("Eskalera {subject}")
  String escalate_label(String subject);

  @Message(
      "Du har tagit ärendet. Klockan stannar till nästa svarstid; ärendet ligger kvar här tills det är hanterat.")
  String done_taken();

  @Message(
      "Ärendet är eskalerat till nästa nivå, som har fått besked. Det syns här så länge det väntar under dig.")
  String done_escalated();

  @Message(
      "Ärendet kunde inte tas: det är redan taget på den här nivån eller redan hanterat. Ingenting ändrades.")
  String done_already_taken();

  @Message("Tagen av {who} {when}")
  String taken_by(String who, String when);

  @Message("Visa ärendet med dess nya svarstid.")
  String done_show_request();

  @Message("Eskalera ärendet")
  String escalate_title();

  @Message(
      "Ärendet flyttas till nästa nivå i kedjan som den ser ut i dag. Skälet sparas i ärendets historik och visas för nästa nivå.")
  String escalate_intro();

  @Message("Varför kan det inte lösas på din nivå?")
  String reason();

  @Message("Högst 2000 tecken.")
  String reason_hint();

  @Message("Skriv varför ärendet ska eskaleras.")
  String reason_missing();

  @Message("Skälet är för långt (högst 2000 tecken).")
  String reason_too_long();

  @Message("Det finns ett fel i formuläret")
  String error_summary();

  @Message("Avbryt")
  String cancel();

  @Message("Visa ärendet")
  String show();
}
