package se.samspel.review.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How long something took, over many cases: the count, the median (the mean of the two middle
 * values when the count is even) and the 90th percentile by the nearest-rank method (the smallest
 * value at least 90 % of the cases do not exceed). Both are empty when there are no cases.
 */
public record DurationStats(int count, Optional<Duration> median, Optional<Duration> p90) {

  public static DurationStats of(Collection<Duration> durations) {
    List<Duration> sorted = new ArrayList<>(durations);
    sorted.sort(null);
    int n = sorted.size();
    if (n == 0) {
      return new DurationStats(0, Optional.empty(), Optional.empty());
    }
    Duration median =
        n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    int rank = (9 * n + 9) / 10;
    return new DurationStats(n, Optional.of(median), Optional.of(sorted.get(rank - 1)));
  }
}
