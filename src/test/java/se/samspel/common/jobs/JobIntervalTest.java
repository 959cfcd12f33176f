package se.samspel.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobIntervalTest {

  @Test
  void reads_the_forms_the_scheduler_reads() {
    assertThat(JobInterval.parse("30s")).contains(Duration.ofSeconds(30));
    assertThat(JobInterval.parse("5m")).contains(Duration.ofMinutes(5));
    assertThat(JobInterval.parse("1h")).contains(Duration.ofHours(1));
    assertThat(JobInterval.parse("2d")).contains(Duration.ofDays(2));
    assertThat(JobInterval.parse("PT45S")).contains(Duration.ofSeconds(45));
    assertThat(JobInterval.parse(" 10S ")).contains(Duration.ofSeconds(10));
  }

  @Test
  void off_and_disabled_mean_the_job_does_not_run_here() {
    assertThat(JobInterval.parse("off")).isEmpty();
    assertThat(JobInterval.parse("OFF")).isEmpty();
    assertThat(JobInterval.parse("disabled")).isEmpty();
  }

  @Test
  void anything_else_is_refused_with_the_forms_it_takes() {
    assertThatThrownBy(() -> JobInterval.parse("every minute"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'30s'")
        .hasMessageContaining("'every minute'");
  }
}
