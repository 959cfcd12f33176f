package se.samspel.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.notification.application.NotificationDispatcher;
import se.samspel.notification.domain.NotificationStore;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.PersonId;
import se.samspel.outbox.OutboxCaller;

/** The dispatcher e-mails each recipient of an event once, and records that it did. */
@QuarkusTest
class NotificationDispatcherTest {

  @Inject MunicipalityScope scope;
  @Inject OutboxCaller caller;
  @Inject NotificationDispatcher dispatcher;
  @Inject NotificationStore store;
  @Inject OrganisationDirectory directory;
  @Inject MockMailbox mailbox;
  @Inject EntityManager em;

  /**
   * Sends what other test classes of the same application left pending first: a dispatch handles
   * one batch, so a test's own notification must not queue behind theirs. Bounded, in case some
   * stay pending.
   */
  @BeforeEach
  void sendWhatOthersLeftPending() {
    for (int i = 0; i < 20 && !dispatcher.dispatchPending().isEmpty(); i++) {
      // one batch per round
    }
  }

  /** A recipient row as stored. */
  record Row(long id, String person, String status, String email, Object sentAt, String error) {}

  @Test
  void each_recipient_of_an_event_gets_exactly_one_mail_and_is_marked_sent() {
    String request = UUID.randomUUID().toString();
    caller.record(OutboxCaller.decided(request, "P-POL", "P-KD", "P-POL"));

    dispatcher.dispatchPending();
    dispatcher.dispatchPending();

    assertThat(mailsAbout(request, "P-POL")).hasSize(1);
    assertThat(mailsAbout(request, "P-KD")).hasSize(1);
    assertThat(rows(request))
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo("SENT");
              assertThat(r.email()).isEqualTo(email(r.person()));
              assertThat(r.sentAt()).isNotNull();
            });
  }

  @Test
  void the_mail_is_swedish_first_names_the_request_and_links_to_it() {
    String request = UUID.randomUUID().toString();
    caller.record(OutboxCaller.decided(request, "P-POL"));

    dispatcher.dispatchPending();

    Mail mail = mailsAbout(request, "P-POL").get(0);
    assertThat(mail.getSubject())
        .isEqualTo("Samspel: beslut i din kontaktförfrågan – Dialog om läsfrämjande arbete");
    assertThat(mail.getText())
        .startsWith("Hej Maria Berg,\n\nDin kontaktförfrågan har fått ett beslut: godkänd.")
        .contains(
            "Öppna ärendet: http://localhost:"
                + io.restassured.RestAssured.port
                + "/9901/arenden/"
                + request)
        .contains("In English: A decision was taken on your contact request: approved.");
    assertThat(mail.getText().indexOf("Hej")).isLessThan(mail.getText().indexOf("In English"));
  }

  @Test
  void a_recipient_the_organisation_does_not_know_is_recorded_as_undeliverable_without_mail() {
    String request = UUID.randomUUID().toString();
    caller.record(OutboxCaller.decided(request, "P-NOBODY"));

    dispatcher.dispatchPending();
    dispatcher.dispatchPending();

    assertThat(rows(request))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo("UNDELIVERABLE");
              assertThat(r.error()).contains("not in the organisation");
              assertThat(r.sentAt()).isNull();
              assertThat(r.email()).isNull();
            });
  }

  @Test
  void a_dispatcher_that_dies_after_claiming_leaves_the_mail_to_the_next_run_which_sends_it_once() {
    String request = UUID.randomUUID().toString();
    caller.record(OutboxCaller.decided(request, "P-POL"));
    long id = rows(request).get(0).id();

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          assertThat(store.claim(id)).isPresent();
                          throw new IllegalStateException("the dispatcher died before sending");
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("died");
    assertThat(rows(request).get(0).status()).isEqualTo("PENDING");
    assertThat(mailsAbout(request, "P-POL")).isEmpty();

    dispatcher.dispatchPending();
    dispatcher.dispatchPending();

    assertThat(mailsAbout(request, "P-POL")).hasSize(1);
    assertThat(rows(request).get(0).status()).isEqualTo("SENT");
  }

  @Test
  void a_notification_another_dispatcher_holds_is_skipped_not_waited_for_nor_sent_twice()
      throws Exception {
    String request = UUID.randomUUID().toString();
    caller.record(OutboxCaller.decided(request, "P-POL"));
    long id = rows(request).get(0).id();
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<?> otherInstance =
          other.submit(
              // Work on a thread of its own names its municipality, as the application's does.
              () ->
                  scope.within(
                      new MunicipalityId("9901"),
                      () ->
                          QuarkusTransaction.requiringNew()
                              .run(
                                  () -> {
                                    assertThat(store.claim(id)).isPresent();
                                    claimed.countDown();
                                    awaitQuietly(release);
                                    throw new IllegalStateException("the other instance died");
                                  })));
      assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

      Instant start = Instant.now();
      assertThat(dispatcher.deliver(id)).isEqualTo(NotificationDispatcher.Outcome.SKIPPED);
      dispatcher.dispatchPending();
      // Skipped at once, not after the 10 s lock timeout.
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
      assertThat(mailsAbout(request, "P-POL")).isEmpty();

      release.countDown();
      assertThatThrownBy(() -> otherInstance.get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(IllegalStateException.class);
      dispatcher.dispatchPending();

      assertThat(mailsAbout(request, "P-POL")).hasSize(1);
      assertThat(dispatcher.deliver(id)).isEqualTo(NotificationDispatcher.Outcome.SKIPPED);
      assertThat(mailsAbout(request, "P-POL")).hasSize(1);
    } finally {
      release.countDown();
      other.shutdownNow();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String email(String person) {
    return directory.current().person(new PersonId(person)).orElseThrow().email().orElseThrow();
  }

  private List<Mail> mailsAbout(String request, String person) {
    List<Mail> mails = mailbox.getMailsSentTo(email(person));
    return mails == null
        ? List.of()
        : mails.stream().filter(m -> m.getText().contains(request)).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Row> rows(String request) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((List<Object[]>)
                        em.createNativeQuery(
                                "select r.id, r.person_id, r.status, r.email, r.sent_at,"
                                    + " r.last_error from outbox_recipient r join outbox_event e"
                                    + " on e.id = r.event_id where e.aggregate_id = :a"
                                    + " order by r.id")
                            .setParameter("a", request)
                            .getResultList())
                    .stream()
                        .map(
                            r ->
                                new Row(
                                    ((Number) r[0]).longValue(),
                                    (String) r[1],
                                    (String) r[2],
                                    (String) r[3],
                                    r[4],
                                    (String) r[5]))
                        .toList());
  }
}
