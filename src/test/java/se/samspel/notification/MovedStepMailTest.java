package se.samspel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.samspel.notification.application.NotificationMails;
import se.samspel.notification.domain.Mail;
import se.samspel.outbox.domain.EventType;
import se.samspel.outbox.domain.NotifyReason;
import se.samspel.outbox.domain.OutboxEvent;
import se.samspel.request.domain.FollowReason;

/**
 * The mail to the person a waiting step moved to when the organisation changed: it says, in Swedish
 * and then English, that the request was moved to them and why.
 */
@QuarkusTest
class MovedStepMailTest {

  @Inject NotificationMails mails;

  private Mail moved(String reason) {
    return mails.compose(
        OutboxEvent.of(EventType.HOP_WAITING, "r-1", Instant.EPOCH)
            .with("subject", "Läsfrämjande arbete")
            .with("movedFrom", "POS-FC-BUF")
            .with("movedBecause", reason),
        NotifyReason.WAITS_ON_YOU,
        "Karin Holm",
        "karin@kungsor.se",
        "https://samspel.kungsor.se/arenden/r-1");
  }

  @Test
  void a_step_moved_up_from_a_vacant_post_says_why_in_swedish_and_english() {
    Mail mail = moved("VACANT_POST");

    assertThat(mail.subject()).isEqualTo("Samspel: ett ärende väntar på dig – Läsfrämjande arbete");
    assertThat(mail.text())
        .contains(
            "har flyttats till dig och väntar på din åtgärd, eftersom tjänsten den väntade på"
                + " är vakant.")
        .contains(
            "has been moved to you and waits on your action, because the post it waited on is"
                + " vacant.");
  }

  @Test
  void every_reason_has_words_of_its_own_in_both_languages() {
    for (FollowReason reason : FollowReason.values()) {
      String text = moved(reason.name()).text();
      assertThat(text).doesNotContain("organisationen har ändrats").doesNotContain(reason.name());
      assertThat(text).doesNotContain("the organisation has changed");
    }
  }

  @Test
  void a_waiting_step_that_did_not_move_keeps_the_plain_words() {
    Mail mail =
        mails.compose(
            OutboxEvent.of(EventType.HOP_WAITING, "r-1", Instant.EPOCH).with("subject", "Ärende"),
            NotifyReason.WAITS_ON_YOU,
            "Eva",
            "eva@kungsor.se",
            "https://samspel.kungsor.se/arenden/r-1");

    assertThat(mail.text())
        .contains("En kontaktförfrågan väntar på din åtgärd.")
        .doesNotContain("flyttats");
  }
}
