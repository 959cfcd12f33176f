package se.samspel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.samspel.notification.application.NotificationMails;
import se.samspel.notification.domain.Mail;
import se.samspel.outbox.domain.EventType;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;

/**
 * The words of the notification mails. They come from the {@code mail} message bundle (Swedish in
 * {@link se.samspel.notification.application.MailTexts}, English in {@code
 * messages/mail_en.properties}), so the test runs in the application; the texts it asserts are the
 * ones the mails had when they were written in Java.
 */
@QuarkusTest
class NotificationTextTest {

  @Inject NotificationMails mails;

  private static final String LINK = "https://samspel.kungsor.se/api/requests/r-1";

  @Test
  void every_event_type_and_reason_has_swedish_words_before_the_english_ones() {
    for (EventType type : EnumSet.allOf(EventType.class)) {
      for (NotifyReason reason : EnumSet.allOf(NotifyReason.class)) {
        Mail mail =
            mails.compose(
                OutboxEvent.of(type, "r-1", Instant.EPOCH).with("subject", "Verksamhetsbesök"),
                reason,
                "Eva Sjöberg",
                "eva@kungsor.se",
                LINK);
        assertThat(mail.to()).isEqualTo("eva@kungsor.se");
        assertThat(mail.subject()).startsWith("Samspel: ").endsWith(" – Verksamhetsbesök");
        assertThat(mail.text()).startsWith("Hej Eva Sjöberg,").contains("Öppna ärendet: " + LINK);
        assertThat(mail.text().indexOf("Öppna ärendet"))
            .isLessThan(mail.text().indexOf("In English"));
      }
    }
  }

  @Test
  void an_escalation_says_so_in_the_subject() {
    Mail mail =
        mails.compose(
            OutboxEvent.of(EventType.REQUEST_ESCALATED, "r-1", Instant.EPOCH)
                .with("subject", "Problem i hemtjänsten"),
            NotifyReason.ESCALATED_TO_YOU,
            "Karin Holm",
            "karin@kungsor.se",
            LINK);

    assertThat(mail.subject())
        .isEqualTo("Samspel: ett ärende har eskalerats till dig – Problem i hemtjänsten");
    assertThat(mail.text()).contains("hanterades inte i tid och har eskalerats till dig");
  }

  @Test
  void a_subject_with_line_breaks_cannot_add_mail_headers_and_a_long_one_is_cut() {
    Mail mail =
        mails.compose(
            OutboxEvent.of(EventType.HOP_WAITING, "r-1", Instant.EPOCH)
                .with("subject", "Hej\r\nBcc: someone@evil.example " + "x".repeat(300)),
            NotifyReason.WAITS_ON_YOU,
            "Eva",
            "eva@kungsor.se",
            LINK);

    assertThat(mail.subject())
        .doesNotContain("\n")
        .doesNotContain("\r")
        .hasSizeLessThanOrEqualTo(160);
  }

  @Test
  void a_withdrawal_after_the_approval_tells_the_approver_and_arranger_the_contact_is_off() {
    OutboxEvent approved =
        OutboxEvent.of(EventType.REQUEST_WITHDRAWN, "r-1", Instant.EPOCH)
            .with("subject", "Verksamhetsbesök")
            .with("from", "APPROVED");
    Mail mail =
        mails.compose(
            approved, NotifyReason.FOR_YOUR_INFORMATION, "Lars Ek", "lars@kungsor.se", LINK);

    assertThat(mail.subject()).isEqualTo("Samspel: för kännedom – Verksamhetsbesök");
    assertThat(mail.text())
        .contains("återkallats av den som skickade den, efter att den godkänts")
        .contains("Kontakten ska inte ordnas.")
        .contains("withdrawn by its requester after it was approved");
    assertThat(mail.text().indexOf("efter att den godkänts"))
        .isLessThan(mail.text().indexOf("after it was approved"));

    Mail waiting =
        mails.compose(
            approved.with("from", "AWAITING_DECISION"),
            NotifyReason.FOR_YOUR_INFORMATION,
            "Lars Ek",
            "lars@kungsor.se",
            LINK);
    assertThat(waiting.text())
        .contains("Kontaktförfrågan har återkallats av den som skickade den.")
        .doesNotContain("godkänts");
  }

  @Test
  void without_a_subject_the_request_is_named_by_its_id() {
    Mail mail =
        mails.compose(
            OutboxEvent.of(EventType.REQUEST_WITHDRAWN, "r-1", Instant.EPOCH),
            NotifyReason.FOR_YOUR_INFORMATION,
            "Eva",
            "eva@kungsor.se",
            LINK);

    assertThat(mail.subject()).isEqualTo("Samspel: för kännedom – ärende r-1");
  }
}
