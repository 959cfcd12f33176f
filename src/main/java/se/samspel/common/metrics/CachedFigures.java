package se.samspel.common.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Figures counted in the database for gauges, counted at most once per time-to-live however often
 * they are read: every gauge of a scrape, and every Prometheus server that scrapes, share one
 * count. The first read after the time-to-live counts again, in the reading thread (a scrape), so
 * nothing is counted while no one scrapes. A count that fails keeps the previous figures and is
 * tried again on the next read.
 *
 * @param <T> the figures, e.g. a map of counts by municipality
 */
public final class CachedFigures<T> {

  private final Duration timeToLive;
  private final Supplier<T> count;
  private final LongSupplier nanoTime;
  private T figures;
  private long countedAt;
  private boolean counted;

  /**
   * @param timeToLive how long counted figures are reused ({@code 0}: count on every read)
   * @param count counts the figures (one or a few indexed count queries)
   */
  public CachedFigures(Duration timeToLive, Supplier<T> count) {
    this(timeToLive, count, System::nanoTime);
  }

  /** As above, with the monotonic time source given (tests). */
  public CachedFigures(Duration timeToLive, Supplier<T> count, LongSupplier nanoTime) {
    this.timeToLive = Objects.requireNonNull(timeToLive, "time to live is required");
    this.count = Objects.requireNonNull(count, "count is required");
    this.nanoTime = Objects.requireNonNull(nanoTime, "time source is required");
    if (timeToLive.isNegative()) {
      throw new IllegalArgumentException("time to live must not be negative");
    }
  }

  /**
   * The figures, counted now if none were counted within the time-to-live.
   *
   * @throws RuntimeException what counting threw, when no figures were ever counted
   */
  public synchronized T get() {
    long now = nanoTime.getAsLong();
    if (!counted || now - countedAt >= timeToLive.toNanos()) {
      try {
        figures = count.get();
        counted = true;
        countedAt = now;
      } catch (RuntimeException e) {
        if (!counted) {
          throw e;
        }
      }
    }
    return figures;
  }
}
