package se.samspel.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedFiguresTest {

  final AtomicLong nanos = new AtomicLong();
  final AtomicInteger counts = new AtomicInteger();

  @Test
  void figures_are_counted_once_per_time_to_live_however_often_they_are_read() {
    CachedFigures<Integer> figures =
        new CachedFigures<>(Duration.ofSeconds(15), counts::incrementAndGet, nanos::get);
    assertThat(figures.get()).isEqualTo(1);
    nanos.addAndGet(Duration.ofSeconds(14).toNanos());
    assertThat(figures.get()).isEqualTo(1);
    assertThat(figures.get()).isEqualTo(1);
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(figures.get()).isEqualTo(2);
    assertThat(counts).hasValue(2);
  }

  @Test
  void a_time_to_live_of_zero_counts_on_every_read() {
    CachedFigures<Integer> figures =
        new CachedFigures<>(Duration.ZERO, counts::incrementAndGet, nanos::get);
    figures.get();
    figures.get();
    assertThat(counts).hasValue(2);
  }

  @Test
  void a_failed_count_keeps_the_last_figures_and_is_tried_again_on_the_next_read() {
    AtomicInteger calls = new AtomicInteger();
    CachedFigures<Integer> figures =
        new CachedFigures<>(
            Duration.ZERO,
            () -> {
              if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("database gone");
              }
              return calls.get();
            },
            nanos::get);
    assertThat(figures.get()).isEqualTo(1);
    assertThat(figures.get()).isEqualTo(1);
    assertThat(figures.get()).isEqualTo(3);
  }

  @Test
  void with_nothing_counted_yet_a_failure_is_the_reader_s() {
    CachedFigures<Integer> figures =
        new CachedFigures<>(
            Duration.ZERO,
            () -> {
              throw new IllegalStateException("database gone");
            },
            nanos::get);
    assertThatThrownBy(figures::get).hasMessage("database gone");
    assertThatThrownBy(() -> new CachedFigures<>(Duration.ofSeconds(-1), () -> 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
