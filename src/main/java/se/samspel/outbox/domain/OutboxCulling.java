package se.samspel.outbox.domain;

import java.time.Instant;

/**
 * Culls (gallrar) the current municipality's outbox under its retention decision: events recorded
 * before a cut-off are deleted with their notifications (who was told, at which address, whether
 * the mail went), unless one of those is still pending. Feed positions are never handed out again:
 * the highest position culled is kept, so a reader whose cursor lies below it learns from the feed
 * that it missed events ({@link #culledThrough()}).
 */
public interface OutboxCulling {

  /**
   * What one batch deleted.
   *
   * @param events events deleted from the outbox and the feed
   * @param notifications notification rows deleted with them
   */
  record Culled(int events, int notifications) {}

  /**
   * Gives every committed event its feed position first (so that a culled event cannot turn up in
   * the feed later, behind a reader's cursor), then deletes up to {@code limit} events recorded
   * before {@code recordedBefore} that have no pending notification, with their notifications, and
   * moves {@link #culledThrough()} up to the highest position deleted. Events another transaction
   * holds are skipped. Runs in the caller's transaction, except the positioning, which runs in its
   * own.
   */
  Culled cull(Instant recordedBefore, int limit);

  /** The highest feed position culled in the current municipality; 0 when none was. */
  long culledThrough();
}
