package se.samspel.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import se.samspel.support.MovableClock;

class HeartbeatTest {

  static final Duration MINUTE = Duration.ofMinutes(1);

  final MovableClock clock = new MovableClock(ZoneOffset.UTC);

  HeartbeatTest() {
    clock.setTo(Instant.parse("2026-12-01T10:00:00Z"));
  }

  @Test
  void a_job_that_has_not_run_yet_is_alive_for_three_intervals_from_the_start() {
    Heartbeat beat = new Heartbeat(clock);
    clock.advance(MINUTE.multipliedBy(3));
    assertThat(beat.isAlive(MINUTE)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(beat.isAlive(MINUTE)).isFalse();
  }

  @Test
  void a_job_that_first_runs_later_is_given_that_delay_too() {
    Heartbeat beat = new Heartbeat(clock, Duration.ofSeconds(5));
    clock.advance(MINUTE.multipliedBy(3).plusSeconds(5));
    assertThat(beat.isAlive(MINUTE)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(beat.isAlive(MINUTE)).isFalse();
  }

  @Test
  void each_finished_run_gives_it_three_more_intervals() {
    Heartbeat beat = new Heartbeat(clock);
    clock.advance(MINUTE.multipliedBy(10));
    assertThat(beat.isAlive(MINUTE)).isFalse();
    beat.beat(() -> null);
    assertThat(beat.lastFinish()).contains(clock.instant());
    assertThat(beat.isAlive(MINUTE)).isTrue();
    clock.advance(MINUTE.multipliedBy(3).plusMillis(1));
    assertThat(beat.isAlive(MINUTE)).isFalse();
  }

  @Test
  void a_run_still_going_on_is_alive_however_long_it_takes() {
    Heartbeat beat = new Heartbeat(clock);
    beat.started();
    clock.advance(Duration.ofHours(5));
    assertThat(beat.running()).isTrue();
    assertThat(beat.isAlive(MINUTE)).isTrue();
    beat.finished();
    assertThat(beat.isAlive(MINUTE)).isTrue();
    clock.advance(Duration.ofHours(1));
    assertThat(beat.isAlive(MINUTE)).isFalse();
  }

  @Test
  void a_run_that_fails_still_ends_the_run() {
    Heartbeat beat = new Heartbeat(clock);
    assertThatThrownBy(
            () ->
                beat.beat(
                    () -> {
                      throw new IllegalStateException("database gone");
                    }))
        .hasMessage("database gone");
    assertThat(beat.running()).isFalse();
    assertThat(beat.lastFinish()).isPresent();
  }

  @Test
  void readiness_is_down_only_for_an_enabled_job_that_stopped() {
    Heartbeat beat = new Heartbeat(clock);
    clock.advance(Duration.ofHours(1));
    assertThat(JobReadiness.of("sweeper", Optional.of(MINUTE), beat).getStatus())
        .isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(JobReadiness.of("sweeper", Optional.empty(), beat).getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
    beat.beat(() -> null);
    assertThat(JobReadiness.of("sweeper", Optional.of(MINUTE), beat).getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
  }
}
