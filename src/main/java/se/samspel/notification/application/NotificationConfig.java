package se.samspel.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/** How the notification dispatcher runs. SMTP itself is configured by quarkus.mailer.*. */
@ConfigMapping(prefix = "samspel.notification")
public interface NotificationConfig {

  /** How often the dispatcher looks for pending notifications; "off" disables it. */
  @WithDefault("5s")
  String every();

  /** How many notifications one run sends at most (the rest in the next run). */
  @WithDefault("50")
  int batchSize();

  /** After this many refusals by the mail server a notification is given up as failed. */
  @WithDefault("10")
  int maxAttempts();

  /** The wait after the first refusal; doubled after each further one, at most an hour. */
  @WithDefault("PT1M")
  Duration retryDelay();

  /**
   * The path of a request's link under samspel.public-url, {id} standing for the request id: the
   * request's page ({@code /arenden/{id}}), one address for everyone who may read the request; the
   * mail puts it under the request's municipality ({@code /9901/arenden/{id}}). A reader who is not
   * signed in is sent through the sign-in and back to it. Never the API's address, which a browser
   * shows as JSON (or a 401 problem without a bearer token). A path that does not start with one
   * "/" or has no {id} would give every mail a broken link, so Samspel does not start with one.
   */
  @WithDefault("/arenden/{id}")
  @Pattern(
      regexp = REQUEST_PATH,
      message =
          "must be a path on samspel.public-url: one / first, and the placeholder of the request id")
  String requestPath();

  /** A local path ("/" not followed by another "/" or "\\") with the request id's placeholder. */
  String REQUEST_PATH = "/(?![/\\\\])[^\\s]*\\{id\\}[^\\s]*";
}
