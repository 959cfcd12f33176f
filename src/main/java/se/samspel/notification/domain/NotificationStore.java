package se.samspel.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery state of the outbox's recipients. Every method runs in the caller's transaction. */
public interface NotificationStore {

  /** Ids of pending recipients due at {@code now}, oldest first, at most {@code max}. */
  List<Long> due(Instant now, int max);

  /**
   * Locks one pending recipient until the caller's transaction ends; empty when it is no longer
   * pending or another transaction holds it (that one is skipped, never waited for).
   */
  Optional<PendingNotification> claim(long id);

  void markSent(long id, String email, Instant at);

  /** The mail cannot be sent at all (unknown person, no address): recorded, never retried. */
  void markUndeliverable(long id, String why, Instant at);

  /** The mail server refused: try again at {@code retryAt}, or give up ({@code FAILED}). */
  void markAttemptFailed(long id, int attempts, String error, Instant retryAt, boolean giveUp);

  /** The pending notifications of the municipality in scope (for the metrics). */
  Backlog backlog();
}
