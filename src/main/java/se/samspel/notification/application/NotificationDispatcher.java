package se.samspel.notification.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samspel.common.jobs.Heartbeat;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.notification.domain.Mail;
import se.samspel.notification.domain.MailSender;
import se.samspel.notification.domain.NotificationStore;
import se.samspel.notification.domain.PendingNotification;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.Person;
import se.samspel.outbox.domain.OutboxEvent;
import se.samspel.outbox.domain.OutboxStore;

/**
 * Sends the e-mails the outbox's events call for. Each recipient is handled in a transaction of its
 * own: claim (locking the row, skipping rows another instance holds), resolve the address, send,
 * store the outcome, commit. A crash before the commit leaves the recipient pending, so the next
 * run sends it; a recipient that was sent is never claimed again.
 */
@ApplicationScoped
public class NotificationDispatcher {

  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
  private static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

  private final NotificationStore notifications;
  private final OutboxStore outbox;
  private final OrganisationDirectory directory;
  private final MailSender mail;
  private final NotificationMails mails;
  private final NotificationConfig config;
  private final String publicUrl;
  private final Clock clock;
  private final MunicipalityScope scope;
  private final NotificationMetrics metrics;
  private final Heartbeat heartbeat;

  public NotificationDispatcher(
      NotificationStore notifications,
      OutboxStore outbox,
      OrganisationDirectory directory,
      MailSender mail,
      NotificationMails mails,
      NotificationConfig config,
      @ConfigProperty(name = "samspel.public-url", defaultValue = "http://localhost:8080")
          String publicUrl,
      Clock clock,
      MunicipalityScope scope,
      NotificationMetrics metrics) {
    this.scope = scope;
    this.metrics = metrics;
    this.heartbeat = new Heartbeat(clock);
    this.notifications = notifications;
    this.outbox = outbox;
    this.directory = directory;
    this.mail = mail;
    this.mails = mails;
    this.config = config;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.clock = clock;
  }

  /** What became of one pending notification in a run. */
  public enum Outcome {
    SENT,
    UNDELIVERABLE,
    /** The mail server refused; it is tried again later, or given up after the last attempt. */
    FAILED,
    /** Another dispatcher holds it, or it was handled meanwhile. */
    SKIPPED
  }

  @Scheduled(
      identity = "notification-dispatcher",
      every = "${samspel.notification.every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    dispatchPending();
  }

  /**
   * Sends what is due now, at most one batch per municipality, each municipality's in its own scope
   * (its people's names and addresses come from its own organisation); returns each handled
   * notification's outcome.
   */
  public List<Outcome> dispatchPending() {
    return heartbeat.beat(this::dispatchEveryMunicipality);
  }

  private List<Outcome> dispatchEveryMunicipality() {
    List<Outcome> outcomes = new ArrayList<>();
    scope.eachMunicipality(municipality -> outcomes.addAll(dispatchPendingInScope()));
    return outcomes;
  }

  /**
   * When this instance's runs over every municipality ({@link #dispatchPending()}, scheduled or
   * called) last began and ended: the readiness check {@code notification-dispatcher} reads it.
   */
  public Heartbeat heartbeat() {
    return heartbeat;
  }

  private List<Outcome> dispatchPendingInScope() {
    Instant now = clock.instant();
    List<Long> due =
        QuarkusTransaction.requiringNew().call(() -> notifications.due(now, config.batchSize()));
    return due.stream().map(this::deliver).toList();
  }

  /** Claims, sends and records one notification in a transaction of its own. */
  public Outcome deliver(long id) {
    Outcome outcome;
    try {
      outcome =
          QuarkusTransaction.requiringNew()
              .call(() -> notifications.claim(id).map(this::send).orElse(Outcome.SKIPPED));
    } catch (RuntimeException e) {
      // The transaction rolled back: the notification stays pending for the next run.
      LOG.errorf(e, "Notification %d could not be handled; it stays pending", id);
      outcome = Outcome.SKIPPED;
    }
    // Counted after the commit: an outcome that rolled back is not one.
    metrics.handled(outcome);
    return outcome;
  }

  private Outcome send(PendingNotification pending) {
    Instant now = clock.instant();
    Optional<OutboxEvent> event = outbox.event(pending.eventId());
    if (event.isEmpty()) {
      return undeliverable(pending, "its event " + pending.eventId() + " is missing", now);
    }
    Optional<Person> person = directory.current().person(pending.person());
    if (person.isEmpty()) {
      return undeliverable(pending, "the person is not in the organisation", now);
    }
    Optional<String> email = person.get().email().filter(e -> !e.isBlank());
    if (email.isEmpty()) {
      return undeliverable(pending, "the person has no e-mail address", now);
    }
    Mail message =
        mails.compose(
            event.get(), pending.reason(), person.get().name(), email.get(), link(event.get()));
    try {
      mail.send(message);
    } catch (RuntimeException e) {
      int attempts = pending.attempts() + 1;
      boolean giveUp = attempts >= config.maxAttempts();
      Instant retryAt = now.plus(retryDelay(attempts));
      notifications.markAttemptFailed(pending.id(), attempts, describe(e), retryAt, giveUp);
      if (giveUp) {
        LOG.errorf(
            "Notification %d to %s for event %d failed %d times; given up: %s",
            pending.id(), pending.person(), pending.eventId(), attempts, describe(e));
      } else {
        LOG.warnf(
            "Notification %d to %s for event %d refused (attempt %d), retried at %s: %s",
            pending.id(), pending.person(), pending.eventId(), attempts, retryAt, describe(e));
      }
      return Outcome.FAILED;
    }
    notifications.markSent(pending.id(), email.get(), now);
    // The person id only: an e-mail address names the person, and logs keep identifiers (README,
    // "Logs"); the address it went to is stored with the notification.
    LOG.infof(
        "Notification %d sent to %s: %s of %s (%s)",
        pending.id(),
        pending.person(),
        event.get().type(),
        event.get().aggregateId(),
        pending.reason());
    return Outcome.SENT;
  }

  private Outcome undeliverable(PendingNotification pending, String why, Instant now) {
    LOG.warnf(
        "Notification %d to %s for event %d is undeliverable: %s",
        pending.id(), pending.person(), pending.eventId(), why);
    notifications.markUndeliverable(pending.id(), why, now);
    return Outcome.UNDELIVERABLE;
  }

  /**
   * The request's page at its municipality's address ({@code /9902/arenden/{id}}): the mail is sent
   * in the scope of the request's municipality, whose pages are the ones that know it (the unscoped
   * address is the first municipality's).
   */
  private String link(OutboxEvent event) {
    return publicUrl
        + "/"
        + scope.current().value()
        + config
            .requestPath()
            .replace("{id}", URLEncoder.encode(event.aggregateId(), StandardCharsets.UTF_8));
  }

  private Duration retryDelay(int attempts) {
    Duration delay = config.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
    return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 1000 ? message.substring(0, 1000) : message;
  }
}
