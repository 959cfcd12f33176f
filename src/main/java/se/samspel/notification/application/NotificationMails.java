package se.samspel.notification.application;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import se.samspel.notification.domain.Mail;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;

/**
 * Writes the mail of a notification: Swedish first, English after, with a link to the request. The
 * headline follows why the person is told ({@link NotifyReason}), the first sentence what happened
 * ({@link se.samspel.outbox.domain.EventType}); the request's subject comes from the payload's
 * {@code subject}. The words are in {@link MailTexts} (and {@code messages/mail_en.properties});
 * this class only puts them together with the name, the subject and the link.
 */
@ApplicationScoped
public class NotificationMails {

  /** The longest subject line; a longer request subject is cut. */
  static final int MAX_SUBJECT = 160;

  private final MailTexts swedish;
  private final MailTexts english;

  public NotificationMails(MailTexts swedish, @Localized("en") MailTexts english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The mail to one person about one event. */
  public Mail compose(
      OutboxEvent event, NotifyReason reason, String name, String email, String link) {
    Objects.requireNonNull(link, "link is required");
    String topic = topic(event);
    String subject = oneLine("Samspel: " + headline(reason) + " – " + topic);
    if (subject.length() > MAX_SUBJECT) {
      subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
    }
    String text =
        swedish.greeting()
            + " "
            + name
            + ",\n\n"
            + happened(swedish, event)
            + "\n\n"
            + swedish.request_label()
            + ": "
            + topic
            + "\n"
            + swedish.open_label()
            + ": "
            + link
            + "\n\n"
            + swedish.automatic()
            + "\n\n--\n"
            + swedish.in_english()
            + ": "
            + happened(english, event)
            + "\n"
            + english.request_label()
            + ": "
            + topic
            + "\n"
            + english.open_label()
            + ": "
            + link
            + "\n";
    return new Mail(email, subject, text);
  }

  private String headline(NotifyReason reason) {
    return switch (reason) {
      case WAITS_ON_YOU -> swedish.headline_waits_on_you();
      case ESCALATED_TO_YOU -> swedish.headline_escalated_to_you();
      case DECISION_ON_YOUR_REQUEST -> swedish.headline_decision_on_your_request();
      case ACUTE_INFORMATION -> swedish.headline_acute_information();
      case FOR_YOUR_INFORMATION -> swedish.headline_for_your_information();
    };
  }

  private static String happened(MailTexts words, OutboxEvent event) {
    return switch (event.type()) {
      case REQUEST_SUBMITTED -> words.event_request_submitted();
      case HOP_WAITING ->
          event.payload().get("movedBecause") instanceof String reason
              ? words.event_hop_moved(reason)
              : words.event_hop_waiting();
      case REQUEST_DECIDED -> words.event_request_decided(decision(words, event));
      case REQUEST_ESCALATED -> words.event_request_escalated();
      case ACUTE_INFORMATION -> words.event_acute_information();
      case REQUEST_COMPLETED -> words.event_request_completed();
      case REQUEST_WITHDRAWN ->
          approvedBefore(event)
              ? words.event_request_withdrawn_after_approval()
              : words.event_request_withdrawn();
      case QUICK_DECISION_TAKEN -> words.event_quick_decision_taken();
    };
  }

  /** Whether a withdrawn request had been approved (its payload's {@code from}). */
  private static boolean approvedBefore(OutboxEvent event) {
    return "APPROVED".equals(event.payload().get("from"));
  }

  private String topic(OutboxEvent event) {
    Object subject = event.payload().get("subject");
    if (subject instanceof String s && !s.isBlank()) {
      return oneLine(s);
    }
    return swedish.unnamed_request() + " " + event.aggregateId();
  }

  private static String decision(MailTexts words, OutboxEvent event) {
    return switch (String.valueOf(event.payload().get("decision"))) {
      case "APPROVED" -> words.decision_approved();
      case "DECLINED" -> words.decision_declined();
      case "REDIRECTED" -> words.decision_redirected();
      default -> words.decision_unknown();
    };
  }

  /** No line breaks in a subject header. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").trim();
  }
}
