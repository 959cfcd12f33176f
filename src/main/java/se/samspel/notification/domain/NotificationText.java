package se.samspel.notification.domain;

import java.util.Objects;
import se.samspel.outbox.domain.EventType;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;

/**
 * The words of a notification: Swedish first, English after, with a link to the request. The
 * headline follows why the person is told ({@link NotifyReason}), the first sentence what happened
 * ({@link EventType}); the request's subject comes from the payload's {@code subject}.
 */
public final class NotificationText {

  /** The longest subject line; a longer request subject is cut. */
  static final int MAX_SUBJECT = 160;

  private NotificationText() {}

  /** The mail to one person about one event. */
  public static Mail compose(
      OutboxEvent event, NotifyReason reason, String name, String email, String link) {
    Objects.requireNonNull(link, "link is required");
    String topic = topic(event);
    String subject = oneLine("Samspel: " + headline(reason) + " – " + topic);
    if (subject.length() > MAX_SUBJECT) {
      subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
    }
    String text =
        "Hej "
            + name
            + ",\n\n"
            + swedish(event)
            + "\n\nÄrende: "
            + topic
            + "\nÖppna ärendet: "
            + link
            + "\n\nDet här meddelandet skickades automatiskt av Samspel och går inte att svara på."
            + "\n\n--\nIn English: "
            + english(event)
            + "\nRequest: "
            + topic
            + "\nOpen the request: "
            + link
            + "\n";
    return new Mail(email, subject, text);
  }

  static String headline(NotifyReason reason) {
    return switch (reason) {
      case WAITS_ON_YOU -> "ett ärende väntar på dig";
      case ESCALATED_TO_YOU -> "ett ärende har eskalerats till dig";
      case DECISION_ON_YOUR_REQUEST -> "beslut i din kontaktförfrågan";
      case ACUTE_INFORMATION -> "AKUT information";
      case FOR_YOUR_INFORMATION -> "för kännedom";
    };
  }

  static String swedish(OutboxEvent event) {
    return switch (event.type()) {
      case REQUEST_SUBMITTED -> "En ny kontaktförfrågan har kommit in och väntar på dig.";
      case HOP_WAITING -> "En kontaktförfrågan väntar på din åtgärd.";
      case REQUEST_DECIDED ->
          "Din kontaktförfrågan har fått ett beslut: " + decisionSv(event) + ".";
      case REQUEST_ESCALATED ->
          "En kontaktförfrågan hanterades inte i tid och har eskalerats till dig.";
      case ACUTE_INFORMATION ->
          "Du får akut information i ett ärende. Enligt riktlinjen ska den ansvarige informeras"
              + " utan dröjsmål.";
      case REQUEST_COMPLETED -> "Kontakten har genomförts och ärendet är avslutat.";
      case REQUEST_WITHDRAWN ->
          approvedBefore(event)
              ? "Kontaktförfrågan har återkallats av den som skickade den, efter att den"
                  + " godkänts. Kontakten ska inte ordnas."
              : "Kontaktförfrågan har återkallats av den som skickade den.";
    };
  }

  static String english(OutboxEvent event) {
    return switch (event.type()) {
      case REQUEST_SUBMITTED -> "A new contact request has arrived and waits on you.";
      case HOP_WAITING -> "A contact request waits on your action.";
      case REQUEST_DECIDED ->
          "A decision was taken on your contact request: " + decisionEn(event) + ".";
      case REQUEST_ESCALATED ->
          "A contact request was not handled in time and has been escalated to you.";
      case ACUTE_INFORMATION -> "Acute information on a matter, to be known without delay.";
      case REQUEST_COMPLETED -> "The contact took place and the request is completed.";
      case REQUEST_WITHDRAWN ->
          approvedBefore(event)
              ? "The contact request was withdrawn by its requester after it was approved. The"
                  + " contact is not to be arranged."
              : "The contact request was withdrawn by its requester.";
    };
  }

  /** Whether a withdrawn request had been approved (its payload's {@code from}). */
  private static boolean approvedBefore(OutboxEvent event) {
    return "APPROVED".equals(event.payload().get("from"));
  }

  private static String topic(OutboxEvent event) {
    Object subject = event.payload().get("subject");
    if (subject instanceof String s && !s.isBlank()) {
      return oneLine(s);
    }
    return "ärende " + event.aggregateId();
  }

  private static String decisionSv(OutboxEvent event) {
    return switch (String.valueOf(event.payload().get("decision"))) {
      case "APPROVED" -> "godkänd";
      case "DECLINED" -> "avslagen";
      case "REDIRECTED" -> "hänvisad till annan väg";
      default -> "se ärendet";
    };
  }

  private static String decisionEn(OutboxEvent event) {
    return switch (String.valueOf(event.payload().get("decision"))) {
      case "APPROVED" -> "approved";
      case "DECLINED" -> "declined";
      case "REDIRECTED" -> "redirected";
      default -> "see the request";
    };
  }

  /** No line breaks in a subject header. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").trim();
  }
}
