package se.samspel.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.samspel.organisation.application.ImportOrganisation.Upload;

/**
 * Uploads the Administration page has previewed and waits to have confirmed, kept in memory for
 * {@link #LIFETIME} under a random token, so that "Genomför importen" applies exactly the file the
 * preview showed without the browser sending it again. A token belongs to the administrator who
 * uploaded (their caller name); it is used once. The form that confirms carries the page's CSRF
 * token as every form does, and the revision the preview showed (a newer organisation refuses).
 *
 * <p>Held by this instance only: behind a load balancer the confirmation must reach the instance
 * that made the preview (sticky sessions), else the page asks for the file again.
 */
@ApplicationScoped
public class PendingImports {

  /** How long a preview can be confirmed. */
  static final Duration LIFETIME = Duration.ofMinutes(15);

  /** At most this many previews wait at once; the oldest is forgotten first. */
  static final int CAPACITY = 20;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Clock clock;

  public PendingImports(Clock clock) {
    this.clock = clock;
  }

  /** A previewed upload, its file's name and its owner. */
  record Pending(Upload upload, String fileName, String owner, Instant expires) {}

  /** Keeps an upload and answers the token that fetches it once. */
  String keep(Upload upload, String fileName, String owner) {
    Instant now = clock.instant();
    pending.values().removeIf(p -> p.expires().isBefore(now));
    while (pending.size() >= CAPACITY) {
      pending.entrySet().stream()
          .min(Map.Entry.comparingByValue((a, b) -> a.expires().compareTo(b.expires())))
          .ifPresent(e -> pending.remove(e.getKey()));
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    pending.put(token, new Pending(upload, fileName, owner, now.plus(LIFETIME)));
    return token;
  }

  /** The upload under a token, if it is the owner's and not expired; it is forgotten either way. */
  Optional<Pending> take(String token, String owner) {
    if (token == null) {
      return Optional.empty();
    }
    Pending found = pending.remove(token);
    if (found == null
        || found.expires().isBefore(clock.instant())
        || !found.owner().equals(owner)) {
      return Optional.empty();
    }
    return Optional.of(found);
  }
}
