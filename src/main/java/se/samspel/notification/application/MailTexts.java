package se.samspel.notification.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the notification mails, Swedish here and English in {@code
 * messages/mail_en.properties}. A mail says everything in Swedish first and then in English, so
 * {@link NotificationMails} reads both. Only fixed words live here: the person's name, the
 * request's subject and the link are added by {@link NotificationMails} as they are, never rendered
 * as template text.
 */
@MessageBundle(value = "mail", locale = "sv")
public interface MailTexts {

  /** Before the person's name on the first line. */
  @Message("Hej")
  String greeting();

  /** Label of the line naming the request. */
  @Message("Ärende")
  String request_label();

  /** Label of the line with the link. */
  @Message("Öppna ärendet")
  String open_label();

  /** A request without a subject is named by its id after this word. */
  @Message("ärende")
  String unnamed_request();

  @Message("Det här meddelandet skickades automatiskt av Samspel och går inte att svara på.")
  String automatic();

  /** Label of the English part, after the Swedish one. */
  @Message("In English")
  String in_english();

  // ---- the headline of the subject line: why the person is told (NotifyReason) ----------------

  @Message("ett ärende väntar på dig")
  String headline_waits_on_you();

  @Message("ett ärende har eskalerats till dig")
  String headline_escalated_to_you();

  @Message("beslut i din kontaktförfrågan")
  String headline_decision_on_your_request();

  @Message("AKUT information")
  String headline_acute_information();

  @Message("för kännedom")
  String headline_for_your_information();

  // ---- the first sentence: what happened (EventType) ------------------------------------------

  @Message("En ny kontaktförfrågan har kommit in och väntar på dig.")
  String event_request_submitted();

  @Message("En kontaktförfrågan väntar på din åtgärd.")
  String event_hop_waiting();

  @Message("Din kontaktförfrågan har fått ett beslut: {decision}.")
  String event_request_decided(String decision);

  @Message("En kontaktförfrågan hanterades inte i tid och har eskalerats till dig.")
  String event_request_escalated();

  /**
   * A waiting step followed a change of the organisation to the reader ({@code HOP_WAITING} with
   * {@code movedBecause}, one of {@code se.samspel.request.domain.FollowReason}).
   */
  @Message(
      "En kontaktförfrågan har flyttats till dig och väntar på din åtgärd, eftersom {#switch reason}{#case 'VACANT_POST'}tjänsten den väntade på är vakant{#case 'NEW_HOLDER'}tjänsten den väntar på har fått en ny innehavare{#case 'RETIRED'}den som den väntade på har lämnat organisationen{#case 'ACTING_PERIOD_ENDED'}ett förordnande som tillförordnad (t.f.) har upphört{#case 'ACTING_PERIOD_STARTED'}du är tillförordnad (t.f.) i tjänsten{#case 'SUBSTITUTION_STARTED'}innehavaren är borta och du är ersättare{#case 'SUBSTITUTION_ENDED'}en ersättarperiod har upphört{#case 'NO_ONE_PRESENT'}innehavaren och alla ersättare är borta{#else}organisationen har ändrats{/switch}.")
  String event_hop_moved(String reason);

  @Message(
      "Du får akut information i ett ärende. Enligt riktlinjen ska den ansvarige informeras utan dröjsmål.")
  String event_acute_information();

  @Message("Kontakten har genomförts och ärendet är avslutat.")
  String event_request_completed();

  @Message("Kontaktförfrågan har återkallats av den som skickade den.")
  String event_request_withdrawn();

  @Message(
      "Kontaktförfrågan har återkallats av den som skickade den, efter att den godkänts. Kontakten ska inte ordnas.")
  String event_request_withdrawn_after_approval();

  @Message(
      "Ett snabbt beslut har fattats i ett akut ärende under din nivå, och ärendet är avgjort. Enligt riktlinjen ska berörd ansvarig informeras utan dröjsmål: se beslutet i ärendet.")
  String event_quick_decision_taken();

  // ---- the decision in event_request_decided --------------------------------------------------

  @Message("godkänd")
  String decision_approved();

  @Message("avslagen")
  String decision_declined();

  @Message("hänvisad till annan väg")
  String decision_redirected();

  @Message("se ärendet")
  String decision_unknown();
}
