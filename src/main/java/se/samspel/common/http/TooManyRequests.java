package se.samspel.common.http;

import se.samspel.common.SamspelException;

/** A caller went over an endpoint's rate limit: 429 with {@code Retry-After}. */
public class TooManyRequests extends SamspelException {

  private final long retryAfterSeconds;

  public TooManyRequests(String limit, RateLimit rate, long retryAfterSeconds) {
    super(
        Kind.TOO_MANY_REQUESTS,
        "too-many-requests",
        "At most "
            + rate.permits()
            + " call(s) per "
            + rate.period()
            + " of this kind ("
            + limit
            + "); try again in "
            + retryAfterSeconds
            + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds until the caller may try again (at least 1). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
