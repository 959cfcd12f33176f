package se.samspel.common.http;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key, in memory. A bucket holds at most {@code permits} tokens, starts full, and
 * refills continuously at {@code permits} per period; a call takes one token or, when none is left,
 * learns how long until one is back. Time is read from the caller (monotonic nanoseconds), so the
 * arithmetic is testable without waiting.
 */
final class TokenBuckets {

  /** Above this many buckets, full ones are dropped (they are the same as no bucket). */
  private static final int TIDY_ABOVE = 10_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /**
   * Takes a token of {@code key}'s bucket at {@code nanos}.
   *
   * @return 0 when taken, else the nanoseconds until a token is back
   */
  long take(String key, RateLimit limit, long nanos) {
    double perNano = limit.permits() / (double) limit.period().toNanos();
    if (buckets.size() > TIDY_ABOVE) {
      tidy(limit, nanos);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit.permits(), nanos));
    synchronized (bucket) {
      bucket.tokens = Math.min(limit.permits(), bucket.tokens + (nanos - bucket.at) * perNano);
      bucket.at = nanos;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - bucket.tokens) / perNano);
    }
  }

  private void tidy(RateLimit limit, long nanos) {
    long refill = limit.period().toNanos();
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      Bucket b = it.next();
      if (nanos - b.at >= refill) {
        it.remove();
      }
    }
  }
}
