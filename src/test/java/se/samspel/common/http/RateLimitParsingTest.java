package se.samspel.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The configured form of a rate limit, and the token bucket's arithmetic. */
class RateLimitParsingTest {

  @Test
  void limits_are_written_as_calls_per_period() {
    assertThat(RateLimit.parse("10/1m")).contains(new RateLimit(10, Duration.ofMinutes(1)));
    assertThat(RateLimit.parse(" 5 / 30s ")).contains(new RateLimit(5, Duration.ofSeconds(30)));
    assertThat(RateLimit.parse("100/h")).contains(new RateLimit(100, Duration.ofHours(1)));
    assertThat(RateLimit.parse("3/2d")).contains(new RateLimit(3, Duration.ofDays(2)));
    assertThat(RateLimit.parse("7/PT90S")).contains(new RateLimit(7, Duration.ofSeconds(90)));
    assertThat(RateLimit.parse("off")).isEmpty();
    for (String bad : new String[] {"", "10", "10/", "0/1m", "x/1m", "10/1w", "10/P-1D", "-1/1m"}) {
      assertThatThrownBy(() -> RateLimit.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void a_bucket_starts_full_refills_evenly_and_is_per_key() {
    TokenBuckets buckets = new TokenBuckets();
    RateLimit twoPerMinute = new RateLimit(2, Duration.ofMinutes(1));
    long t = 1_000_000_000L;
    assertThat(buckets.take("a", twoPerMinute, t)).isZero();
    assertThat(buckets.take("a", twoPerMinute, t)).isZero();
    // Empty: one token is back after 30 s.
    assertThat(buckets.take("a", twoPerMinute, t)).isEqualTo(Duration.ofSeconds(30).toNanos());
    assertThat(buckets.take("b", twoPerMinute, t)).isZero();
    long later = t + Duration.ofSeconds(10).toNanos();
    assertThat(buckets.take("a", twoPerMinute, later)).isEqualTo(Duration.ofSeconds(20).toNanos());
    long muchLater = t + Duration.ofSeconds(30).toNanos();
    assertThat(buckets.take("a", twoPerMinute, muchLater)).isZero();
    assertThat(buckets.take("a", twoPerMinute, muchLater)).isPositive();
  }
}
